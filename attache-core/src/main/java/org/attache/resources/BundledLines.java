package org.attache.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a bundled data file line by line, skipping blank lines and '#' comments, and names each line
 * "file:line" so that a bad entry is reported where it is.
 */
public final class BundledLines {

    /** Receives one data line and where it is ("triggers.tsv:42"). */
    public interface LineHandler {
        void line(String line, String origin);
    }

    private BundledLines() {
    }

    public static void forEach(String resource, LineHandler handler) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = BundledLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    handler.line(line, fileName + ":" + number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
