package id.pantau.ingest;

/** Thrown into the readers when the user stops an ingest (Ctrl-C, SIGTERM): stop reading, keep what is stored. */
public final class IngestStopped extends RuntimeException {
    public IngestStopped() {
        super("ingest stopped on request", null, false, false);
    }
}
