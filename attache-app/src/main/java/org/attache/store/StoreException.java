package org.attache.store;

/** A store operation failed; the message is meant for the user (one line, naming the store or the input). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
