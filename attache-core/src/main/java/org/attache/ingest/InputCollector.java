package org.attache.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns the paths a user names into articles: files, directories (recursively, in name order) and "-" for
 * standard input. Gzip is recognised by its magic bytes, whatever the name. The reader is chosen by extension
 * (without ".gz"), else by the first bytes of the (decompressed) content. Every article then goes through
 * {@link ArticlePreparation}. A failing input is reported to the sink and the others are still read.
 */
public final class InputCollector {
    private static final int SNIFF_BYTES = 512;

    /** How inputs are read: the JSON field mapping, and what is done to each article before the sink sees it. */
    public record Options(FieldMapping fields, boolean clean, boolean englishOnly, LocalDate dateReference) {
        public static final Options DEFAULT = new Options(FieldMapping.DEFAULT, true, true, null);
    }

    private final InputStream stdin;
    private final Options options;
    private final ArticlePreparation preparation;

    public InputCollector(InputStream stdin) {
        this(stdin, Options.DEFAULT);
    }

    public InputCollector(InputStream stdin, Options options) {
        this.stdin = stdin;
        this.options = options;
        this.preparation = new ArticlePreparation(options.englishOnly());
    }

    public void collect(List<String> paths, ArticleSink sink) {
        ArticleSink prepared = prepared(sink);
        for (String path : paths) {
            if (path.equals("-")) {
                read("<stdin>", "", new BufferedInputStream(stdin), prepared);
                continue;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                for (Path file : filesUnder(p, prepared)) {
                    readFile(file, prepared);
                }
            } else if (Files.exists(p)) {
                readFile(p, prepared);
            } else {
                prepared.error(new IngestError(path, 0, "no such file or directory"));
            }
        }
    }

    /** The sink articles go to after preparation (cleaning, dateline, language), when the options ask for it. */
    public ArticleSink prepared(ArticleSink sink) {
        if (!options.clean() && !options.englishOnly()) {
            return sink;
        }
        ArticlePreparation effective = options.clean() ? preparation : null;
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                Article ready = effective != null
                        ? effective.prepare(article, options.dateReference(), sink::skipped)
                        : englishOnly(article);
                if (ready != null) {
                    sink.article(ready);
                }
            }

            private Article englishOnly(Article article) {
                String language = LanguageCheck.shared().language(article.text());
                if (language != null && !language.equals("en")) {
                    sink.skipped(article, "not English (language detected: " + language + ")");
                    return null;
                }
                return article;
            }

            @Override
            public void error(IngestError error) {
                sink.error(error);
            }

            @Override
            public void skipped(Article article, String reason) {
                sink.skipped(article, reason);
            }
        };
    }

    private static List<Path> filesUnder(Path directory, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> isArticleFile(f.getFileName().toString()))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.error(new IngestError(directory.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isArticleFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") || readerFor(name, FieldMapping.DEFAULT) != null;
    }

    private void readFile(Path file, ArticleSink sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read(file.toString(), file.getFileName().toString(), in, sink);
        } catch (IOException e) {
            sink.error(new IngestError(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads one input; {@code in} must support mark/reset. */
    public void read(String inputName, String fileName, InputStream in, ArticleSink sink) {
        CountingInputStream compressed = null;
        try {
            String name = fileName.toLowerCase(Locale.ROOT);
            InputStream content = in;
            if (isGzip(in) && !name.endsWith(".warc.gz") && !gzippedWarc(in)) {
                compressed = new CountingInputStream(in);
                content = new BufferedInputStream(new GZIPInputStream(compressed, 65536), 65536);
                name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            }
            ArticleReader reader = readerFor(name, options.fields());
            if (reader == null) {
                reader = sniff(head(content), options.fields());
            }
            reader.read(inputName, content, sink);
        } catch (InputRejectedException e) {
            sink.error(new IngestError(inputName, e.line(), compressed != null && isTruncation(e.getCause())
                    ? truncatedGzip(compressed) : e.getMessage()));
        } catch (IOException e) {
            sink.error(new IngestError(inputName, 0, compressed != null && isTruncation(e)
                    ? truncatedGzip(compressed) : "cannot read: " + e.getMessage()));
        }
    }

    private static boolean isTruncation(Throwable e) {
        return e instanceof EOFException || e instanceof ZipException;
    }

    private static String truncatedGzip(CountingInputStream compressed) {
        return "truncated or damaged gzip data (compressed input ends at byte " + compressed.count()
                + "); the articles before this point were read";
    }

    private static boolean isGzip(InputStream in) throws IOException {
        byte[] magic = peek(in, 2);
        return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    }

    /** A WARC.gz under another name: jwarc reads it itself, record by record. */
    private static boolean gzippedWarc(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES * 8);
        try {
            byte[] first = new GZIPInputStream(in, SNIFF_BYTES).readNBytes(5);
            return new String(first, StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        } finally {
            in.reset();
        }
    }

    private static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] bytes = in.readNBytes(n);
        in.reset();
        return bytes;
    }

    private static byte[] head(InputStream in) throws IOException {
        return peek(in, SNIFF_BYTES);
    }

    static ArticleReader readerFor(String fileName, FieldMapping fields) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return new PlainTextReader();
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return new HtmlReader();
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLinesReader(fields);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return new WarcArticleReader();
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return new FeedReader();
        }
        return null;
    }

    /** The reader for content of unknown name, by its first bytes. */
    static ArticleReader sniff(byte[] head, FieldMapping fields) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/") || (head.length > 1 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b)) {
            return new WarcArticleReader();
        }
        String trimmed = start.replaceFirst("^\uFEFF|^\u00ef\u00bb\u00bf", "").stripLeading();
        if (trimmed.startsWith("{")) {
            return new JsonLinesReader(fields);
        }
        if (trimmed.startsWith("<")) {
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return new FeedReader();
            }
            return new HtmlReader();
        }
        return new PlainTextReader();
    }
}
