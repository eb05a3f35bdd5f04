package org.attache.cli;

import org.attache.actors.ActorDictionary;
import org.attache.events.CodedEvent;
import org.attache.events.Modality;
import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.DateParsing;
import org.attache.ingest.IngestError;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.CodingFailure;
import org.attache.pipeline.ParallelCoder;
import org.attache.pipeline.Pipeline;
import org.attache.pipeline.RunTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code attache code}: reads articles and prints their events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code the political events of news articles (text, HTML, JSON lines, WARC, RSS/Atom, gzipped or not;"
                + " directories, - for stdin, or --feed URL).")
public final class CodeCommand implements Callable<Integer> {
    static final int SOME_INPUTS_FAILED = 1;

    enum Format { table, jsonl, tsv }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories (read recursively) or - for standard"
            + " input: .txt, .html, .jsonl, .warc, .warc.gz, .rss/.atom, and .gz of any of these.")
    List<String> paths;

    @CommandLine.Mixin
    InputOptions inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, jsonl or tsv (default: table on a terminal, jsonl otherwise).")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (resolves relative dates and dated roles).")
    String date;

    @Option(names = "--all-modalities",
            description = "Also print negated, hypothetical, future and reported events, with their modality.")
    boolean allModalities;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An extra actor dictionary (Attaché's own format or TABARI/PETRARCH); repeatable, later files"
                    + " override earlier ones and the bundled dictionaries.")
    List<Path> actorFiles;

    @Option(names = "--verbose", description = "With --actors: list every skipped dictionary line, note and conflict.")
    boolean verbose;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles coded at once (default: one per core); the output is the same for any N.")
    int threads;

    @Option(names = "--no-sentence-filter",
            description = "Parse every sentence in full, also those that cannot yield an event (slower; to check what"
                    + " the filter changes).")
    boolean noSentenceFilter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.validate(spec.commandLine(), paths);
        List<Path> actors = ActorFiles.normalise(actorFiles);
        if (!actors.isEmpty()) {
            try {
                ActorFiles.report(SharedPipeline.dictionary(actors), err, verbose);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--actors: " + e.getMessage());
            }
        }
        LocalDate fallbackDate = null;
        if (date != null) {
            fallbackDate = DateParsing.parseDate(date);
            if (fallbackDate == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--date '" + date + "' is not a date (use YYYY-MM-DD)");
            }
        }
        Format chosen = format != null ? format : (System.console() != null ? Format.table : Format.jsonl);
        EventPrinter printer = switch (chosen) {
            case jsonl -> new JsonLinesPrinter(out);
            case tsv -> new TsvPrinter(out);
            case table -> new TablePrinter(out);
        };
        RunSummary summary = new RunSummary();
        LocalDate dateForUndated = fallbackDate;
        boolean filter = !noSentenceFilter;
        RunTally tally = new RunTally();
        try (ProgressLine progress = ProgressLine.start(tally, err, "events");
             ParallelCoder<CodedArticle> coder = new ParallelCoder<>(
                     article -> SharedPipeline.get(actors).withSentenceFilter(filter).codeCounted(article),
                     threadCount(), new ParallelCoder.Receiver<>() {
                         @Override
                         public void coded(Article article, CodedArticle result) {
                             tally.coded(result, print(article, result, printer, summary));
                         }

                         @Override
                         public void failed(Article article, Throwable failure) {
                             summary.failedInputs++;
                             tally.failed(failure);
                             progress.message("attache: " + article.input() + ": coding failed: "
                                     + CodingFailure.describe(failure));
                         }

                         @Override
                         public void error(IngestError error) {
                             summary.failedInputs++;
                             tally.unreadable(error);
                             progress.message("attache: " + error.describe());
                         }
                     })) {
            progress.countInBackground(paths);
            inputs.collect(paths, dateForUndated, new ArticleSink() {
                @Override
                public void article(Article article) {
                    coder.article(article.published() == null && dateForUndated != null
                            ? article.withPublished(dateForUndated, "cli") : article);
                }

                @Override
                public void error(IngestError error) {
                    coder.error(error);
                }

                @Override
                public void skipped(Article article, String reason) {
                    tally.skipped(reason);
                }
            }, err);
            coder.finish();
        }
        printer.finish();
        out.flush();
        err.println(summary.describe(allModalities));
        err.println("attache: " + tally.describe(allModalities ? "events" : "events printed"));
        err.flush();
        return summary.failedInputs > 0 ? SOME_INPUTS_FAILED : 0;
    }

    private int threadCount() {
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return threads == 0 ? ParallelCoder.defaultThreads() : threads;
    }

    /** Prints the article's events (asserted ones only, unless --all-modalities) and returns how many it printed. */
    private long print(Article article, CodedArticle result, EventPrinter printer, RunSummary summary) {
        long printed = 0;
        summary.articles++;
        for (CodedEvent event : result.events()) {
            if (event.modality() == Modality.ASSERTED || allModalities) {
                printer.print(article, event);
                summary.printed++;
                printed++;
            } else {
                summary.hidden++;
            }
        }
        return printed;
    }

    /** Counts for the one-line summary on stderr. */
    static final class RunSummary {
        int articles;
        int printed;
        int hidden;
        int failedInputs;

        String describe(boolean allModalities) {
            String text = "attache: coded " + articles + " article" + (articles == 1 ? "" : "s") + ", "
                    + printed + " event" + (printed == 1 ? "" : "s");
            if (!allModalities && hidden > 0) {
                text += " (" + hidden + " negated/hypothetical/future/reported not shown; use --all-modalities)";
            }
            if (failedInputs > 0) {
                text += "; " + failedInputs + " input" + (failedInputs == 1 ? "" : "s") + " failed";
            }
            return text;
        }
    }

    /**
     * One pipeline per process: the CoreNLP models take seconds to load and are shared by every command. A run with
     * other {@code --actors} files than the pipeline was built with gets a new one, built with those files.
     */
    static final class SharedPipeline {
        private record Built(List<Path> actorFiles, Pipeline pipeline) {
        }

        private record Loaded(List<Path> actorFiles, ActorDictionary dictionary) {
        }

        private static volatile Built instance;
        private static Loaded loaded;

        static Pipeline get() {
            return get(List.of());
        }

        /** The pipeline with these extra actor dictionaries (absolute paths, in order) over the bundled ones. */
        static Pipeline get(List<Path> actorFiles) {
            Built b = instance;
            if (b == null || !b.actorFiles().equals(actorFiles)) {
                synchronized (SharedPipeline.class) {
                    b = instance;
                    if (b == null || !b.actorFiles().equals(actorFiles)) {
                        Pipeline p;
                        if (actorFiles.isEmpty()) {
                            p = Pipeline.withBundledResources();
                        } else {
                            try {
                                p = Pipeline.withBundledResources(dictionary(actorFiles));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        b = new Built(actorFiles, p);
                        instance = b;
                    }
                }
            }
            return b.pipeline();
        }

        /** The bundled actor dictionary with these files loaded over it (kept for the pipeline built next). */
        static synchronized ActorDictionary dictionary(List<Path> actorFiles) throws IOException {
            if (loaded == null || !loaded.actorFiles().equals(actorFiles)) {
                loaded = new Loaded(actorFiles, ActorDictionary.bundledWith(actorFiles));
            }
            return loaded.dictionary();
        }
    }
}
