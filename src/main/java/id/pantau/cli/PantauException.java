package id.pantau.cli;

/** A failure to report to the user as one line, with the exit code it maps to. */
public final class PantauException extends RuntimeException {
    private final int exitCode;

    public PantauException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public PantauException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
