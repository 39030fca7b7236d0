package id.pantau.store;

/** The store could not be opened, migrated, read or written; the message says which and where. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
