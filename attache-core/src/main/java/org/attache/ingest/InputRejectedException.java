package org.attache.ingest;

/** The whole input is unusable; the message says why in words a user understands. */
public class InputRejectedException extends RuntimeException {
    private final long line;

    public InputRejectedException(String message) {
        this(message, 0);
    }

    public InputRejectedException(String message, long line) {
        super(message);
        this.line = line;
    }

    public InputRejectedException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
