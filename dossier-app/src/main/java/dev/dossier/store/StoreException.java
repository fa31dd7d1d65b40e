package dev.dossier.store;

/** The store could not do what was asked: a database file that cannot be opened or written. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
