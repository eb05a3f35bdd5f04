package org.attache.cli;

import org.attache.pipeline.RunTally;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress display on stderr, redrawn every second while a run codes: articles and sentences per second,
 * events, errors, and the time left when the number of articles is known. Shown only when stderr is a terminal, so
 * logs and pipes get the closing summary alone.
 */
final class ProgressLine implements AutoCloseable {
    private final RunTally tally;
    private final PrintWriter err;
    private final String eventsNoun;
    private volatile long totalArticles;
    private final ScheduledExecutorService timer;

    private ProgressLine(RunTally tally, PrintWriter err, String eventsNoun, boolean shown) {
        this.tally = tally;
        this.err = err;
        this.eventsNoun = eventsNoun;
        this.timer = shown ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "attache-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (timer != null) {
            timer.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Starts redrawing if stderr is a terminal; otherwise does nothing. */
    static ProgressLine start(RunTally tally, PrintWriter err, String eventsNoun) {
        return new ProgressLine(tally, err, eventsNoun, stderrIsTerminal());
    }

    /** The number of articles the run will read, once known (for the time left); 0 while unknown. */
    void total(long articles) {
        this.totalArticles = articles;
    }

    /** Counts the articles of the paths on a background thread, for the time left (only when the line is shown). */
    void countInBackground(java.util.List<String> paths) {
        if (timer == null) {
            return;
        }
        Thread counter = new Thread(() -> total(ArticleCount.of(paths)), "attache-count");
        counter.setDaemon(true);
        counter.setPriority(Thread.MIN_PRIORITY);
        counter.start();
    }

    /** Clears the progress line, so that a message printed next starts on a clean line. */
    void clear() {
        if (timer != null) {
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }

    /** Prints a message line (an error) above the progress line. */
    void message(String line) {
        synchronized (err) {
            if (timer != null) {
                err.print("\r\u001b[K");
            }
            err.println(line);
            err.flush();
        }
    }

    private void draw() {
        synchronized (err) {
            err.print("\r" + line() + "\u001b[K");
            err.flush();
        }
    }

    String line() {
        double seconds = Math.max(tally.elapsedSeconds(), 1e-3);
        long articles = tally.articles();
        long errors = tally.failed() + tally.unreadable();
        String text = String.format(Locale.ROOT, "%,d articles (%.1f/s), %,d sentences (%.0f/s), %,d %s, %,d errors",
                articles, articles / seconds, tally.sentences(), tally.sentences() / seconds, tally.events(),
                eventsNoun, errors);
        long total = totalArticles;
        if (total > 0 && articles > 0 && articles < total) {
            long left = Math.round((total - articles) * seconds / articles);
            text += String.format(Locale.ROOT, ", %d%% of %,d, ETA %s", 100 * articles / total, total, duration(left));
        }
        return text;
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }

    /** Stops redrawing and clears the line, so the summary starts on a clean line. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (err) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    /** Java tells whether stdin and stdout are terminals, not stderr: Linux's /proc says where fd 2 goes. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
