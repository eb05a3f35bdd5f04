package org.attache.cli;

import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.DateParsing;
import org.attache.ingest.IngestError;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.ParallelCoder;
import org.attache.pipeline.RunTally;
import org.attache.store.Ingester;
import org.attache.store.PipelineVersion;
import org.attache.store.Store;
import org.attache.store.StoreException;
import org.attache.store.StoreWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code attache ingest}: codes articles and stores their events, skipping what is already stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles (text, HTML, JSON lines, WARC, RSS/Atom, gzipped or not; directories, - for stdin, or"
                + " --feed URL) and store their events"
                + " in the event store. Articles already stored are skipped; an interrupted run resumes.")
public final class IngestCommand implements Callable<Integer> {
    static final int FAILED = 1;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories (read recursively) or - for standard"
            + " input: .txt, .html, .jsonl, .warc, .warc.gz, .rss/.atom, and .gz of any of these.")
    List<String> paths;

    @CommandLine.Mixin
    InputOptions inputs;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = Store.DEFAULT_PATH,
            description = "The store (a DuckDB file, created if absent; default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (resolves relative dates and dated roles).")
    String date;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Commit at least every N coded articles (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--batch-seconds", paramLabel = "S", defaultValue = "2",
            description = "... and at least every S seconds of coding (default: ${DEFAULT-VALUE}); an interrupted run"
                    + " loses at most this much work.")
    double batchSeconds;

    @Option(names = "--pipeline-version", paramLabel = "TEXT",
            description = "Record this pipeline version instead of the one computed from the coder's classes and"
                    + " resources (articles stored under another version are re-coded).")
    String pipelineVersion;

    @Option(names = {"-v", "--verbose"}, description = "One line on stderr per commit and per re-coded article.")
    boolean verbose;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles coded at once (default: one per core); what is stored is the same for any N.")
    int threads;

    @Option(names = "--no-sentence-filter",
            description = "Parse every sentence in full, also those that cannot yield an event (slower).")
    boolean noSentenceFilter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Ingester.Coder coder;

    public IngestCommand() {
        this(null);
    }

    private Ingester.Coder pipelineCoder() {
        boolean filter = !noSentenceFilter;
        return new Ingester.Coder() {
            @Override
            public List<org.attache.events.CodedEvent> code(Article article) {
                return codeCounted(article).events();
            }

            @Override
            public CodedArticle codeCounted(Article article) {
                return CodeCommand.SharedPipeline.get().withSentenceFilter(filter).codeCounted(article);
            }

            @Override
            public void warmUp() {
                CodeCommand.SharedPipeline.get();
            }
        };
    }

    /** With another coder (tests run the real command with a fast stand-in for CoreNLP); null for the pipeline. */
    public IngestCommand(Ingester.Coder coder) {
        this.coder = coder;
    }

    /** What a worker thread hands back: the article's events and counts, and how long coding it took. */
    private record Timed(CodedArticle coded, long nanos) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        inputs.validate(spec.commandLine(), paths);
        LocalDate fallbackDate = null;
        if (date != null) {
            fallbackDate = DateParsing.parseDate(date);
            if (fallbackDate == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--date '" + date + "' is not a date (use YYYY-MM-DD)");
            }
        }
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (!(batchSeconds >= 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch-seconds must not be negative");
        }
        String version = pipelineVersion != null ? pipelineVersion : PipelineVersion.current();
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Ingester.Coder articleCoder = coder != null ? coder : pipelineCoder();
        Ingester.Summary summary;
        RunTally tally = new RunTally();
        boolean[] opened = {false};
        try (Store store = Store.openForWriting(db); StoreWriter writer = new StoreWriter(store);
             ProgressLine progress = ProgressLine.start(tally, err, "mentions")) {
            opened[0] = true;
            Ingester ingester = new Ingester(writer, articleCoder, version, batch, Math.round(batchSeconds * 1000), err, verbose);
            LocalDate dateForUndated = fallbackDate;
            try (ParallelCoder<Timed> parallel = new ParallelCoder<>(article -> {
                long start = System.nanoTime();
                CodedArticle coded = articleCoder.codeCounted(article);
                return new Timed(coded, System.nanoTime() - start);
            }, threads == 0 ? ParallelCoder.defaultThreads() : threads, new ParallelCoder.Receiver<>() {
                @Override
                public void coded(Article article, Timed result) {
                    long skippedBefore = ingester.summary().skipped;
                    ingester.store(article, result.coded().events(), result.nanos());
                    if (ingester.summary().skipped > skippedBefore) {
                        tally.skipped("repeated in the input");
                    } else {
                        tally.coded(result.coded(), result.coded().events().size());
                    }
                }

                @Override
                public void failed(Article article, Throwable failure) {
                    tally.failed(failure);
                    synchronized (err) {
                        progress.clear();
                        ingester.codingFailed(article, failure, 0);
                    }
                }

                @Override
                public void error(IngestError error) {
                    tally.unreadable(error);
                    synchronized (err) {
                        progress.clear();
                        ingester.error(error);
                    }
                }
            })) {
                progress.countInBackground(paths);
                inputs.collect(paths, dateForUndated, new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        Article dated = article.published() == null && dateForUndated != null
                                ? article.withPublished(dateForUndated, "cli") : article;
                        if (ingester.needsCoding(dated)) {
                            parallel.article(dated);
                        } else {
                            tally.skipped("already stored");
                        }
                    }

                    @Override
                    public void error(IngestError error) {
                        parallel.error(error);
                    }

                    @Override
                    public void skipped(Article article, String reason) {
                        tally.skipped(reason);
                    }
                }, err);
                parallel.finish();
            }
            summary = ingester.finish();
        } catch (StoreException e) {
            err.println("attache: " + e.getMessage());
            if (opened[0]) {
                err.println("attache: stopped; what was committed before stays stored, and running the same command"
                        + " again resumes");
            }
            err.flush();
            return FAILED;
        }
        err.println(summary.describe());
        err.println("attache: " + tally.describe("mentions"));
        err.flush();
        return summary.failedInputs > 0 ? FAILED : 0;
    }
}
