package org.attache.spark;

import org.apache.spark.sql.SparkSession;
import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.JsonLinesReader;
import org.attache.nlp.ParsedDocument;
import org.attache.pipeline.Pipeline;
import org.attache.store.PipelineVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/**
 * {@code attache-spark bench}: the job's throughput in local mode with one and with two cores on the first N articles
 * of a JSONL(.gz) corpus, and the single-machine pipeline (one thread, no Spark) on the same articles, back to back in
 * one JVM with the models loaded before any timing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput of the Spark job in local[1] and local[2] (or --masters) against the single-machine"
                + " pipeline, on the first N articles of a JSONL or JSONL.gz corpus.")
public final class SparkBenchCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A .jsonl or .jsonl.gz corpus.")
    Path input;

    @Option(names = "--articles", defaultValue = "2000", description = "How many articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]",
            description = "Spark masters to time, in order (default: ${DEFAULT-VALUE}).")
    List<String> masters;

    @Option(names = "--no-baseline", description = "Skip the single-machine pipeline run.")
    boolean noBaseline;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        Path work = Files.createTempDirectory("attache-spark-bench-");
        Path corpus = work.resolve("input").resolve("articles.jsonl");
        Files.createDirectories(corpus.getParent());
        List<String> lines = firstLines();
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        out.printf("corpus            %s: first %d articles%n", input, lines.size());

        long loadStart = System.nanoTime();
        Pipeline pipeline = ExecutorPipeline.get(ActorFiles.NONE); // local mode: the executors' pipeline
        out.printf("start-up          %.1f s (models and dictionaries, once per JVM)%n", seconds(loadStart));

        if (!noBaseline) {
            // prepared (cleaned, dated, English only) as the job prepares them, so both code the same text
            org.attache.ingest.ArticlePreparation preparation = new org.attache.ingest.ArticlePreparation(true);
            List<Article> parsedArticles = articles(lines).stream()
                    .map(a -> preparation.prepare(a, null, (skipped, reason) -> { }))
                    .filter(java.util.Objects::nonNull).toList();
            long sentences = 0;
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            for (Article a : parsedArticles) {
                ParsedDocument d = pipeline.parse(a);
                sentences += d.sentences().size();
                pipeline.codeParsed(a, d);
            }
            double s = seconds(start);
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            out.printf(Locale.ROOT, "single machine    1 thread, no Spark: %.1f s, %.2f articles/s, %.1f sentences/s;"
                    + " CPU %.1f s: %.1f sentences per CPU-second%n", s, parsedArticles.size() / s, sentences / s, cpu,
                    sentences / cpu);
        }
        String version = PipelineVersion.current();
        for (String master : masters) {
            SparkSession spark = SparkSessions.start("attache-spark bench", master,
                    Map.of("spark.ui.enabled", "false"));
            int cores = spark.sparkContext().defaultParallelism();
            long cpuStart = cpuNanos();
            try {
                CodingJob job = new CodingJob(List.of(corpus.getParent().toUri().toString()),
                        work.resolve("out-" + cores).toUri().toString(), List.of(), null, version, 0);
                CodingJob.Summary r = job.run(spark);
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                out.printf(Locale.ROOT, "%-17s %d core%s: %.1f s, %.2f articles/s, %.1f sentences/s (%.1f per core);"
                                + " CPU %.1f s: %.1f sentences per CPU-second; %d mentions, %d events, %d errors%n",
                        master, cores, cores == 1 ? "" : "s", r.seconds(), r.coded() / r.seconds(),
                        r.sentences() / r.seconds(), r.sentences() / r.seconds() / cores, cpu, r.sentences() / cpu,
                        r.mentions(), r.events(), r.errorCount());
            } finally {
                spark.stop();
            }
        }
        return 0;
    }

    private List<String> firstLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(input)) {
            InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while (lines.size() < articles && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static List<Article> articles(List<String> lines) throws IOException {
        List<Article> list = new ArrayList<>();
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        new JsonLinesReader().read("bench", new ByteArrayInputStream(bytes), new ArticleSink() {
            @Override
            public void article(Article article) {
                list.add(article);
            }

            @Override
            public void error(IngestError error) {
                System.err.println("attache-spark: " + error.describe());
            }
        });
        return list;
    }

    /** CPU time of the whole JVM (all threads, Spark's included): what a saturated machine cannot inflate. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
