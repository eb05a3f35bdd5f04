package org.attache.cli;

import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.FeedFetcher;
import org.attache.ingest.FieldMapping;
import org.attache.ingest.IngestError;
import org.attache.ingest.IngestLimits;
import org.attache.ingest.InputCollector;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The input options {@code code} and {@code ingest} share: JSON field mapping, feeds, cleaning and language. */
final class InputOptions {

    @Option(names = "--field", paramLabel = "FIELD=NAME",
            description = "For JSON lines of another schema: read an article field from another member, e.g."
                    + " --field text=body --field published=meta.date (fields: id, text, title, published, url,"
                    + " source). Repeatable.")
    List<String> fields;

    @Option(names = "--feed", paramLabel = "URL",
            description = "Fetch an RSS/Atom feed and code the pages its entries link to. Repeatable.")
    List<String> feeds;

    @Option(names = "--feed-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Give up on a feed or page after this long (default: ${DEFAULT-VALUE}).")
    double feedTimeoutSeconds;

    @Option(names = "--feed-delay", paramLabel = "SECONDS", defaultValue = "1",
            description = "Wait at least this long between two requests to the same host, or the Crawl-delay of its"
                    + " robots.txt if longer (default: ${DEFAULT-VALUE}).")
    double feedDelaySeconds;

    @Option(names = "--ignore-robots-txt",
            description = "Fetch feed pages even where the site's robots.txt disallows it (for sites you run).")
    boolean ignoreRobotsTxt;

    @Option(names = "--all-languages",
            description = "Also code articles that are not in English (skipped by default, with a notice).")
    boolean allLanguages;

    @Option(names = "--no-clean",
            description = "Keep the text as read: no removal of page furniture or repeated paragraphs, no marking"
                    + " of captions, bylines and editor's notes, no date from the dateline.")
    boolean noClean;

    /** Counts of what was read but not passed on. */
    static final class Skipped {
        int notEnglish;
        int empty;
    }

    /** Checks the options; call before any work is done. */
    void validate(CommandLine commandLine, List<String> paths) {
        if ((paths == null || paths.isEmpty()) && (feeds == null || feeds.isEmpty())) {
            throw new CommandLine.ParameterException(commandLine, "name a PATH (file, directory or -) or a --feed URL");
        }
        try {
            FieldMapping.parse(fields);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--field " + e.getMessage());
        }
        if (!(feedTimeoutSeconds > 0) || !(feedDelaySeconds >= 0)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--feed-timeout must be positive and --feed-delay not negative");
        }
    }

    /**
     * Reads every path and feed into {@code sink}, after cleaning and language checks; each skipped article gets a
     * one-line notice on {@code err}, and the counts are returned for the summary.
     */
    Skipped collect(List<String> paths, LocalDate dateReference, ArticleSink sink, PrintWriter err) {
        Skipped skipped = new Skipped();
        ArticleSink noticing = new ArticleSink() {
            @Override
            public void article(Article article) {
                sink.article(article);
            }

            @Override
            public void error(IngestError error) {
                sink.error(error);
            }

            @Override
            public void skipped(Article article, String reason) {
                if (reason.startsWith("not English")) {
                    skipped.notEnglish++;
                } else {
                    skipped.empty++;
                }
                err.println("attache: " + article.input() + ": skipped, " + reason);
                err.flush();
                sink.skipped(article, reason);
            }
        };
        InputCollector collector = new InputCollector(System.in, new InputCollector.Options(
                FieldMapping.parse(fields), !noClean, !allLanguages, dateReference));
        collector.collect(paths == null ? List.of() : paths, noticing);
        if (feeds != null) {
            FeedFetcher.Settings settings = new FeedFetcher.Settings(
                    Duration.ofMillis(Math.round(feedTimeoutSeconds * 1000)),
                    Duration.ofMillis(Math.round(feedDelaySeconds * 1000)), IngestLimits.MAX_PAGE_BYTES,
                    FeedFetcher.Settings.DEFAULT.userAgent());
            FeedFetcher fetcher = new FeedFetcher(ignoreRobotsTxt ? settings.ignoringRobotsTxt() : settings);
            ArticleSink prepared = collector.prepared(noticing);
            for (String feed : feeds) {
                fetcher.fetch(feed, prepared);
            }
        }
        if (skipped.notEnglish > 0 || skipped.empty > 0) {
            err.println("attache: skipped " + skipped.notEnglish + " non-English article"
                    + (skipped.notEnglish == 1 ? "" : "s") + (skipped.empty > 0 ? " and " + skipped.empty
                    + " without article text" : "") + (skipped.notEnglish > 0
                    ? " (use --all-languages to code other languages)" : ""));
            err.flush();
        }
        return skipped;
    }
}
