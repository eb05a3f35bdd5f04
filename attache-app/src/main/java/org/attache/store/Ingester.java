package org.attache.store;

import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.attache.ingest.IngestError;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.CodingFailure;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Codes articles and stores them: articles already stored as they are are skipped before coding (so a re-run after an
 * interruption resumes where the last commit ended); the others are coded and committed in batches of at most
 * {@code batchArticles} articles or {@code batchMillis} of coding, whichever comes first. A failing input is named on
 * stderr and the others go on; a failing store ends the run with a {@link StoreException}.
 */
public final class Ingester {
    /** Codes one article: every event, whatever its modality. */
    @FunctionalInterface
    public interface Coder {
        List<CodedEvent> code(Article article);

        /** The events with the article's sentence counts (for the progress line and the summary's rates). */
        default CodedArticle codeCounted(Article article) {
            return new CodedArticle(code(article), 0, 0);
        }

        /** Loads what coding needs (models), so that its time is not counted as coding. */
        default void warmUp() {
        }
    }

    /** Counts for the closing summary. */
    public static final class Summary {
        public int stored;
        public int replaced;
        public int skipped;
        public int failedInputs;
        public long mentions;
        public long newEvents;
        public long joinedEvents;
        public long codingNanos;
        public long storeNanos;
        public long startupNanos;
        public int commits;
        public int copies;

        public String describe() {
            StringBuilder text = new StringBuilder("attache: stored ").append(stored).append(" article")
                    .append(stored == 1 ? "" : "s");
            if (replaced > 0) {
                text.append(" (").append(replaced).append(" re-coded, their old mentions replaced)");
            }
            text.append(", ").append(mentions).append(" mention").append(mentions == 1 ? "" : "s").append(": ")
                    .append(newEvents).append(" new event").append(newEvents == 1 ? "" : "s").append(", ")
                    .append(joinedEvents).append(" reported again");
            if (copies > 0) {
                text.append("; ").append(copies).append(" syndicated cop").append(copies == 1 ? "y" : "ies")
                        .append(" (events counted as further mentions)");
            }
            if (skipped > 0) {
                text.append("; ").append(skipped).append(" already stored, skipped");
            }
            if (failedInputs > 0) {
                text.append("; ").append(failedInputs).append(" input").append(failedInputs == 1 ? "" : "s")
                        .append(" failed");
            }
            text.append(String.format(Locale.ROOT, "; coding %.1f s, store %.1f s", codingNanos / 1e9, storeNanos / 1e9));
            if (startupNanos > 0) {
                text.append(String.format(Locale.ROOT, " (and %.1f s loading the models)", startupNanos / 1e9));
            }
            return text.toString();
        }
    }

    private final StoreWriter writer;
    private final Coder coder;
    private final String pipelineVersion;
    private final int batchArticles;
    private final long batchNanos;
    private final PrintWriter err;
    private final boolean verbose;
    private final Summary summary = new Summary();
    private final List<String> pendingReplacements = new ArrayList<>();
    private long batchStarted;
    private boolean warm;
    private int pendingStored;
    private int pendingReplaced;

    public Ingester(StoreWriter writer, Coder coder, String pipelineVersion, int batchArticles, long batchMillis,
                    PrintWriter err, boolean verbose) {
        this.writer = writer;
        this.coder = coder;
        this.pipelineVersion = pipelineVersion;
        this.batchArticles = Math.max(1, batchArticles);
        this.batchNanos = Math.max(0, batchMillis) * 1_000_000L;
        this.err = err;
        this.verbose = verbose;
    }

    /** Codes and stores one article on this thread (or skips it when it is stored already). */
    public void article(Article article) {
        if (!needsCoding(article)) {
            return;
        }
        long codeStart = System.nanoTime();
        List<CodedEvent> events;
        try {
            events = coder.code(article);
        } catch (RuntimeException e) {
            codingFailed(article, e, System.nanoTime() - codeStart);
            return;
        }
        store(article, events, System.nanoTime() - codeStart);
    }

    /**
     * Whether the article needs coding: false when it is stored already as it is (counted as skipped), so a resumed
     * run passes over stored articles without coding them. Loads the coder's models before the first article that
     * does (their time is counted apart).
     */
    public boolean needsCoding(Article article) {
        long storeStart = System.nanoTime();
        ArticleRecord record = ArticleRecord.of(article, pipelineVersion, LocalDateTime.now(ZoneOffset.UTC));
        StoreWriter.Decision decision = writer.decide(record);
        summary.storeNanos += System.nanoTime() - storeStart;
        if (decision.action() == StoreWriter.Action.SKIP) {
            summary.skipped++;
            return false;
        }
        if (!warm) {
            long startupStart = System.nanoTime();
            warm = true;
            try {
                coder.warmUp();
            } catch (RuntimeException e) {
                // coding reports it, article by article
            }
            summary.startupNanos += System.nanoTime() - startupStart;
        }
        return true;
    }

    /** Coding the article (on any thread) failed: it is named on stderr and nothing of it is stored. */
    public void codingFailed(Article article, Throwable failure, long codingNanos) {
        summary.codingNanos += codingNanos;
        summary.failedInputs++;
        err.println("attache: " + article.input() + ": coding failed: " + CodingFailure.describe(failure));
        err.flush();
    }

    /**
     * Stores the events of an article that {@link #needsCoding} let through and that was coded, possibly on another
     * thread. Calls come in input order; the store is asked again, so that an article repeated in the input and
     * stored meanwhile by this run is skipped, not stored twice.
     */
    public void store(Article article, List<CodedEvent> events, long codingNanos) {
        summary.codingNanos += codingNanos;
        long storeStart = System.nanoTime();
        ArticleRecord record = ArticleRecord.of(article, pipelineVersion, LocalDateTime.now(ZoneOffset.UTC));
        StoreWriter.Decision decision = writer.decide(record);
        if (decision.action() == StoreWriter.Action.SKIP) {
            summary.skipped++;
            summary.storeNanos += System.nanoTime() - storeStart;
            return;
        }
        List<MentionRow> mentions = new ArrayList<>(events.size());
        for (CodedEvent event : events) {
            mentions.add(MentionRow.of(event));
        }
        if (writer.pendingArticles() == 0) {
            batchStarted = System.nanoTime();
        }
        int before = writer.pendingArticles();
        writer.add(record, mentions, decision);
        if (writer.pendingArticles() > before) {
            if (decision.action() == StoreWriter.Action.REPLACE) {
                pendingReplaced++;
                if (verbose) {
                    pendingReplacements.add(article.input() + ": " + decision.reason() + "; re-coded");
                }
            }
            pendingStored++;
        }
        summary.storeNanos += System.nanoTime() - storeStart;
        if (writer.pendingArticles() >= batchArticles || System.nanoTime() - batchStarted >= batchNanos) {
            commit();
        }
    }

    public void error(IngestError error) {
        summary.failedInputs++;
        err.println("attache: " + error.describe());
        err.flush();
    }

    /** Commits what is buffered and returns the run's counts. */
    public Summary finish() {
        commit();
        return summary;
    }

    private void commit() {
        if (writer.pendingArticles() == 0) {
            return;
        }
        long start = System.nanoTime();
        StoreWriter.BatchResult result;
        try {
            result = writer.flush();
        } finally {
            summary.storeNanos += System.nanoTime() - start;
        }
        summary.commits++;
        summary.stored += pendingStored;
        summary.replaced += pendingReplaced;
        summary.mentions += result.mentions();
        summary.newEvents += result.newEvents();
        summary.joinedEvents += result.joinedEvents();
        summary.copies += result.copies();
        if (verbose) {
            for (String line : pendingReplacements) {
                err.println("attache: " + line);
            }
            err.println("attache ingest: committed " + result.articles() + " article" + (result.articles() == 1 ? "" : "s")
                    + " (" + result.mentions() + " mentions); " + summary.stored + " stored in this run");
            err.flush();
        }
        pendingReplacements.clear();
        pendingStored = 0;
        pendingReplaced = 0;
    }

    public Summary summary() {
        return summary;
    }
}
