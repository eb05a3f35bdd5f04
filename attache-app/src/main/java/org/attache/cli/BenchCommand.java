package org.attache.cli;

import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.JsonLinesReader;
import org.attache.nlp.ParsedDocument;
import org.attache.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code attache bench}: times the stages on the first N articles of a JSONL(.gz) corpus: parsing (CoreNLP) and
 * coding (actors and events on the parsed sentences), reported separately, with peak heap and resident memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure parsing and coding throughput on a JSONL or JSONL.gz corpus.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A .jsonl or .jsonl.gz corpus.")
    Path input;

    @Option(names = "--articles", defaultValue = "200", description = "How many articles to read (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--coder-rounds", defaultValue = "5",
            description = "How many times the coder runs over the parsed articles (default ${DEFAULT-VALUE}).")
    int coderRounds;

    @Override
    public Integer call() throws IOException {
        List<Article> corpus = read();
        long startLoad = System.nanoTime();
        Pipeline pipeline = CodeCommand.SharedPipeline.get();
        double loadSeconds = seconds(startLoad);

        long parseStart = System.nanoTime();
        List<ParsedDocument> parsed = new ArrayList<>(corpus.size());
        long sentences = 0;
        for (Article article : corpus) {
            ParsedDocument document = pipeline.parse(article);
            parsed.add(document);
            sentences += document.sentences().size();
        }
        double parseSeconds = seconds(parseStart);

        for (int i = 0; i < corpus.size(); i++) {
            pipeline.codeParsed(corpus.get(i), parsed.get(i)); // warm-up
        }
        long events = 0;
        long codeStart = System.nanoTime();
        for (int round = 0; round < coderRounds; round++) {
            for (int i = 0; i < corpus.size(); i++) {
                events += pipeline.codeParsed(corpus.get(i), parsed.get(i)).size();
            }
        }
        double codeSeconds = seconds(codeStart);
        long codedSentences = sentences * coderRounds;

        System.out.printf("corpus            %s (first %d articles, %d sentences)%n", input, corpus.size(), sentences);
        System.out.printf("start-up          %.1f s (models and dictionaries)%n", loadSeconds);
        System.out.printf("parse (CoreNLP)   %.1f s: %.1f articles/s, %.1f sentences/s%n", parseSeconds,
                corpus.size() / parseSeconds, sentences / parseSeconds);
        System.out.printf("coder only        %.2f s for %d sentences: %.0f sentences/s, %.0f events/s%n", codeSeconds,
                codedSentences, codedSentences / codeSeconds, events / codeSeconds);
        System.out.printf("end to end        %.1f sentences/s (parse + code, one thread)%n",
                sentences / (parseSeconds + codeSeconds / coderRounds));
        System.out.printf("peak heap         %d MB%n", peakHeapBytes() >> 20);
        System.out.printf("peak RSS          %s%n", peakRss());
        return 0;
    }

    private List<Article> read() throws IOException {
        List<Article> corpus = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(input))) {
            InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try {
                new JsonLinesReader().read(input.toString(), in, new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        if (corpus.size() >= articles) {
                            throw new EnoughArticles();
                        }
                        corpus.add(article);
                    }

                    @Override
                    public void error(IngestError error) {
                        System.err.println("attache: " + error.describe());
                    }
                });
            } catch (EnoughArticles stop) {
                // read as many as asked
            }
        }
        return corpus;
    }

    /** Stops the reader once enough articles are read. */
    private static final class EnoughArticles extends RuntimeException {
        EnoughArticles() {
            super(null, null, false, false);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }
}
