package org.attache.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many articles the paths of a run hold, when that is cheap to know (for the progress line's time left): a
 * JSONL file's non-blank lines, one article per text or HTML file, directories summed. Unknown (0) for standard
 * input and for any other kind of file.
 */
final class ArticleCount {
    private ArticleCount() {
    }

    static long of(List<String> paths) {
        long total = 0;
        for (String path : paths) {
            if (path.equals("-")) {
                return 0;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        long n = ofFile(file);
                        total += Math.max(n, 0);
                    }
                } catch (IOException | RuntimeException e) {
                    return 0;
                }
            } else {
                long n = ofFile(p);
                if (n < 0) {
                    return 0;
                }
                total += n;
            }
        }
        return total;
    }

    /** -1 when the file's kind is not counted. */
    private static long ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return nonBlankLines(file);
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xhtml")) {
            return 1;
        }
        return -1;
    }

    private static long nonBlankLines(Path file) {
        long lines = 0;
        boolean blank = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += blank ? 0 : 1;
                        blank = true;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        blank = false;
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return lines + (blank ? 0 : 1);
    }
}
