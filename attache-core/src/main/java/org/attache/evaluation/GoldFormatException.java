package org.attache.evaluation;

/** A gold file that does not have the expected format; the message names the file and, where known, the line. */
public final class GoldFormatException extends RuntimeException {
    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
