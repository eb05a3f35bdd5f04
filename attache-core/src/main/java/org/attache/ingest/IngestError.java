package org.attache.ingest;

/** An input, or one record of it, that could not be read; {@code line} is 0 when the whole input failed. */
public record IngestError(String input, long line, String reason) {

    /** One line for stderr, naming the input and where in it the problem is. */
    public String describe() {
        return line > 0 ? input + ":" + line + ": " + reason : input + ": " + reason;
    }
}
