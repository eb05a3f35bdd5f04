package org.attache.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads one gold set into {@link GoldSentence}s, in file order. */
public interface GoldReader {

    /**
     * @param in   the file's text
     * @param name the file's name, for error messages
     * @throws GoldFormatException when the text is not in the reader's format
     */
    List<GoldSentence> read(Reader in, String name) throws IOException;

    default List<GoldSentence> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }
}
