package org.attache.cli;

import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.DateParsing;
import org.attache.ingest.IngestError;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Ingester.Coder coder;

    public IngestCommand() {
        this(new Ingester.Coder() {
            @Override
            public List<org.attache.events.CodedEvent> code(Article article) {
                return CodeCommand.SharedPipeline.get().code(article);
            }

            @Override
            public void warmUp() {
                CodeCommand.SharedPipeline.get();
            }
        });
    }

    /** With another coder (tests run the real command with a fast stand-in for CoreNLP). */
    public IngestCommand(Ingester.Coder coder) {
        this.coder = coder;
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
        Ingester.Summary summary;
        boolean[] opened = {false};
        try (Store store = Store.openForWriting(db); StoreWriter writer = new StoreWriter(store)) {
            opened[0] = true;
            Ingester ingester = new Ingester(writer, coder, version, batch, Math.round(batchSeconds * 1000), err, verbose);
            LocalDate dateForUndated = fallbackDate;
            inputs.collect(paths, fallbackDate, new ArticleSink() {
                @Override
                public void article(Article article) {
                    Article dated = article.published() == null && dateForUndated != null
                            ? article.withPublished(dateForUndated, "cli") : article;
                    ingester.article(dated);
                }

                @Override
                public void error(IngestError error) {
                    ingester.error(error);
                }
            }, err);
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
        err.flush();
        return summary.failedInputs > 0 ? FAILED : 0;
    }
}
