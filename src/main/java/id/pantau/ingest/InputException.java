package id.pantau.ingest;

/** An input that cannot be read, with a reason worded for the user. */
public final class InputException extends Exception {
    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
