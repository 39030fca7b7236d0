package id.pantau.cli;

/** Pantau's documented exit codes. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug: run again with --stacktrace and report it). */
    public static final int SOFTWARE = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The run finished, but some inputs were rejected (see `pantau docs rejected`). */
    public static final int SOME_REJECTED = 3;
    /** Nothing usable: every input was rejected, or the requested item does not exist. */
    public static final int NOT_FOUND = 4;
    /** The data store could not be opened, read or written. */
    public static final int STORE = 5;
    /** An output file could not be written. */
    public static final int IO = 6;
    /**
     * Stopped by Ctrl-C or SIGTERM after committing what was done (the process itself then exits with the
     * shell's 130 or 143; this code is returned when the stop is requested in-process).
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
