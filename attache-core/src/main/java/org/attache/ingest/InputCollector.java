package org.attache.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths a user names into articles: files, directories (recursively, in name order) and "-" for
 * standard input. The reader is chosen by extension, or by content for standard input. A failing input is reported
 * to the sink and the others are still read.
 */
public final class InputCollector {
    private static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private final InputStream stdin;

    public InputCollector(InputStream stdin) {
        this.stdin = stdin;
    }

    public void collect(List<String> paths, ArticleSink sink) {
        for (String path : paths) {
            if (path.equals("-")) {
                readStandardInput(sink);
                continue;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                for (Path file : filesUnder(p, sink)) {
                    readFile(file, sink);
                }
            } else if (Files.exists(p)) {
                readFile(p, sink);
            } else {
                sink.error(new IngestError(path, 0, "no such file or directory"));
            }
        }
    }

    private static List<Path> filesUnder(Path directory, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> readerFor(f.getFileName().toString()) != null)
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.error(new IngestError(directory.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
        return files;
    }

    private static void readFile(Path file, ArticleSink sink) {
        String name = file.toString();
        ArticleReader reader = readerFor(file.getFileName().toString());
        if (reader == null) {
            reader = new PlainTextReader();
        }
        try {
            if (Files.size(file) > MAX_INPUT_BYTES && !(reader instanceof JsonLinesReader)
                    && !(reader instanceof WarcArticleReader)) {
                sink.error(new IngestError(name, 0, "larger than " + (MAX_INPUT_BYTES >> 20) + " MB; not read"));
                return;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                reader.read(name, in, sink);
            }
        } catch (InputRejectedException e) {
            sink.error(new IngestError(name, e.line(), e.getMessage()));
        } catch (IOException e) {
            sink.error(new IngestError(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    private void readStandardInput(ArticleSink sink) {
        try {
            byte[] bytes = stdin.readAllBytes();
            ArticleReader reader = sniff(bytes);
            reader.read("<stdin>", new java.io.ByteArrayInputStream(bytes), sink);
        } catch (InputRejectedException e) {
            sink.error(new IngestError("<stdin>", e.line(), e.getMessage()));
        } catch (IOException e) {
            sink.error(new IngestError("<stdin>", 0, "cannot read: " + e.getMessage()));
        }
    }

    static ArticleReader readerFor(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return new PlainTextReader();
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return new HtmlReader();
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLinesReader();
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return new WarcArticleReader();
        }
        return null;
    }

    private static ArticleReader sniff(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (startsWith(bytes, "WARC/") || (bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b)) {
            return new WarcArticleReader();
        }
        if (i < bytes.length && bytes[i] == '{') {
            return new JsonLinesReader();
        }
        if (i < bytes.length && bytes[i] == '<') {
            return new HtmlReader();
        }
        return new PlainTextReader();
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
