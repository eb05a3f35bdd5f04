package org.attache.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a cap of one line: a longer line is skipped to its end and reported
 * as too long, so a huge single-line input costs no more memory than the cap.
 */
final class BoundedLineReader {
    /** Returned for a line longer than the cap (its content is dropped). */
    static final String TOO_LONG = new String("<line too long>");

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #TOO_LONG}, or null at the end of the input. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return tooLong ? TOO_LONG : stripCarriageReturn(line);
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                    line.trimToSize();
                }
            }
            if (position < limit) {
                position++; // the newline
                return tooLong ? TOO_LONG : stripCarriageReturn(line);
            }
        }
    }

    private static String stripCarriageReturn(StringBuilder line) {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    }
}
