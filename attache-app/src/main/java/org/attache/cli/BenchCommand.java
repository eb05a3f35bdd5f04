package org.attache.cli;

import org.attache.ingest.Article;
import org.attache.ingest.ArticlePreparation;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.JsonLinesReader;
import org.attache.nlp.ConstituencyBaseline;
import org.attache.nlp.ParsedDocument;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.CodingFailure;
import org.attache.pipeline.ParallelCoder;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.RunTally;
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
 * {@code attache bench}: codes the first N articles of a JSONL(.gz) corpus end to end, as {@code attache code} does
 * (reading, the sentence filter, parsing, coding, on N threads), and reports articles/s, sentences/s (every sentence,
 * also those the filter spared), events, start-up time, peak heap and resident memory; optionally times CoreNLP's
 * PCFG constituency parse (what PETRARCH-2 needs) on the first articles for comparison. {@code --stages} times
 * parsing and the coder apart instead, on one thread.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure coding throughput end to end (or stage by stage) on a JSONL or JSONL.gz corpus.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A .jsonl or .jsonl.gz corpus.")
    Path input;

    @Option(names = "--articles", defaultValue = "200", description = "How many articles to read (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--coder-rounds", defaultValue = "5",
            description = "How many times the coder runs over the parsed articles (default ${DEFAULT-VALUE}).")
    int coderRounds;

    @Option(names = "--threads", paramLabel = "N", description = "Articles coded at once (default: one per core).")
    int threads;

    @Option(names = "--no-sentence-filter", description = "Parse every sentence in full.")
    boolean noSentenceFilter;

    @Option(names = "--pcfg-articles", paramLabel = "N", defaultValue = "0",
            description = "Also time CoreNLP's PCFG constituency parse (PETRARCH-2's input) of the first N articles"
                    + " on as many threads, and print how much faster Attaché codes them (default: not timed).")
    int pcfgArticles;

    @Option(names = "--no-clean", description = "Code the texts as read, without the cleaning `code` and `ingest`"
            + " apply (page furniture, paragraphs a scraper repeated, captions, datelines, language).")
    boolean noClean;

    @Option(names = "--stages", description = "Time parsing and the coder separately, on one thread (the former"
            + " benchmark; --coder-rounds applies).")
    boolean stages;

    @Override
    public Integer call() throws IOException {
        return stages ? stages() : endToEnd();
    }

    private int endToEnd() throws IOException {
        int threadCount = threads > 0 ? threads : ParallelCoder.defaultThreads();
        String loadBefore = loadAverage();
        long startLoad = System.nanoTime();
        Pipeline pipeline = CodeCommand.SharedPipeline.get().withSentenceFilter(!noSentenceFilter);
        double loadSeconds = seconds(startLoad);
        double startupSeconds = (System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        RunTally tally = new RunTally();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try (ParallelCoder<CodedArticle> coder = new ParallelCoder<>(pipeline::codeCounted, threadCount,
                new ParallelCoder.Receiver<>() {
                    @Override
                    public void coded(Article article, CodedArticle result) {
                        tally.coded(result, result.events().size());
                    }

                    @Override
                    public void failed(Article article, Throwable failure) {
                        tally.failed(failure);
                        System.err.println("attache: " + article.input() + ": coding failed: "
                                + CodingFailure.describe(failure));
                    }

                    @Override
                    public void error(IngestError error) {
                        tally.unreadable(error);
                        System.err.println("attache: " + error.describe());
                    }
                })) {
            read(noClean ? coder : new ArticlePreparation(true).before(new ArticleSink() {
                @Override
                public void article(Article article) {
                    coder.article(article);
                }

                @Override
                public void error(IngestError error) {
                    coder.error(error);
                }

                @Override
                public void skipped(Article article, String reason) {
                    tally.skipped(reason);
                }
            }));
            coder.finish();
        }
        double runSeconds = seconds(start);
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        String loadAfter = loadAverage();
        System.out.printf("corpus            %s (first %d articles)%n", input, tally.articles());
        System.out.printf("threads           %d, sentence filter %s, cleaning %s%n", threadCount,
                noSentenceFilter ? "off" : "on", noClean ? "off" : "on (as code and ingest)");
        System.out.printf("start-up          %.1f s from JVM start to models loaded (loading: %.1f s)%n",
                startupSeconds, loadSeconds);
        System.out.printf("articles          %d coded, %d skipped, %d failed in %.1f s: %.2f articles/s%n",
                tally.coded(), tally.skipped(), tally.failed(), runSeconds, tally.articles() / runSeconds);
        System.out.printf("sentences         %d (%.1f%% parsed in full): %.1f sentences/s%n", tally.sentences(),
                100.0 * tally.parsedSentences() / Math.max(1, tally.sentences()), tally.sentences() / runSeconds);
        System.out.printf("events            %d (every modality): %.1f events/s%n", tally.events(),
                tally.events() / runSeconds);
        // On a shared machine the wall-clock rate depends on what else runs; CPU time says what the work costs.
        System.out.printf("CPU time          %.1f s of the process (all threads, GC included): %.1f sentences per CPU"
                + " second; on %d idle cores at most %.0f sentences/s%n", cpuSeconds, tally.sentences() / cpuSeconds,
                threadCount, Math.min(threadCount, Runtime.getRuntime().availableProcessors())
                        * tally.sentences() / cpuSeconds);
        System.out.printf("peak heap         %d MB (-Xmx %d MB)%n", peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("peak RSS          %s%n", peakRss());
        System.out.printf("machine           %d cores; load average %s at the start, %s at the end%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        if (pcfgArticles > 0) {
            pcfgBaseline(threadCount, tally.sentences() / runSeconds);
        }
        return 0;
    }

    /** Times CoreNLP's PCFG parse of the first articles, on as many threads, and compares. */
    private void pcfgBaseline(int threadCount, double attacheRate) throws IOException {
        long startLoad = System.nanoTime();
        ConstituencyBaseline baseline = new ConstituencyBaseline();
        double loadSeconds = seconds(startLoad);
        int saved = articles;
        articles = pcfgArticles;
        long[] sentences = {0};
        long start = System.nanoTime();
        try (ParallelCoder<Integer> parser = new ParallelCoder<>(a -> baseline.parse(a.text()), threadCount,
                new ParallelCoder.Receiver<>() {
                    @Override
                    public void coded(Article article, Integer result) {
                        sentences[0] += result;
                    }

                    @Override
                    public void failed(Article article, Throwable failure) {
                        System.err.println("attache: PCFG baseline: " + article.input() + ": " + failure);
                    }

                    @Override
                    public void error(IngestError error) {
                    }
                })) {
            read(parser);
            parser.finish();
        } finally {
            articles = saved;
        }
        double seconds = seconds(start);
        double rate = sentences[0] / seconds;
        System.out.printf("PCFG baseline     CoreNLP tokenize, ssplit, pos, parse (englishPCFG) of the first %d"
                + " articles, %d threads: %d sentences in %.1f s, %.1f sentences/s (loading %.1f s)%n",
                pcfgArticles, threadCount, sentences[0], seconds, rate, loadSeconds);
        System.out.printf("ratio             Attaché codes %.1f times as many sentences per second as the PCFG parse"
                + " alone%n", attacheRate / rate);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private Integer stages() throws IOException {
        List<Article> corpus = read();
        long startLoad = System.nanoTime();
        Pipeline pipeline = CodeCommand.SharedPipeline.get().withSentenceFilter(!noSentenceFilter);
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
        read(new ArticleSink() {
            @Override
            public void article(Article article) {
                corpus.add(article);
            }

            @Override
            public void error(IngestError error) {
                System.err.println("attache: " + error.describe());
            }
        });
        return corpus;
    }

    /** Streams the first {@code articles} articles of the corpus to the sink. */
    private void read(ArticleSink sink) throws IOException {
        int[] count = {0};
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(input))) {
            InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            try {
                new JsonLinesReader().read(input.toString(), in, new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        if (count[0] >= articles) {
                            throw new EnoughArticles();
                        }
                        count[0]++;
                        sink.article(article);
                    }

                    @Override
                    public void error(IngestError error) {
                        sink.error(error);
                    }
                });
            } catch (EnoughArticles stop) {
                // read as many as asked
            }
        }
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
