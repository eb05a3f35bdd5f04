package org.attache.pipeline;

import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Codes the articles a reader produces on a pool of threads and hands the results on in input order, as a
 * single-threaded run would: the output is the same whatever the number of threads.
 *
 * <p>At most {@code window} articles are in flight (being coded or waiting for an earlier one to finish); when the
 * window is full the reader's thread waits for the oldest, so memory stays constant however long the input is and a
 * fast reader cannot run ahead of the coders. Results are delivered on the reader's thread, so the receiver (a
 * printer, the store writer) needs no locking. Reader errors keep their place in the sequence too.
 *
 * <p>With one thread there is no pool: each article is coded on the caller's thread as it arrives.
 *
 * @param <R> what coding one article gives
 */
public final class ParallelCoder<R> implements ArticleSink, AutoCloseable {

    /** Receives, in input order, every article's outcome and every reader error. */
    public interface Receiver<R> {
        void coded(Article article, R result);

        /** Coding the article threw; the run goes on with the next article. */
        void failed(Article article, Throwable failure);

        void error(IngestError error);
    }

    /** The default thread count: every core the JVM may use. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private final Function<Article, R> task;
    private final Receiver<R> receiver;
    private final int window;
    private final ExecutorService pool;
    private final ArrayDeque<Slot<R>> inFlight = new ArrayDeque<>();

    /** One position in the output sequence: an article being coded, or a reader error waiting its turn. */
    private record Slot<R>(Article article, Future<Outcome<R>> outcome, IngestError error) {
    }

    private record Outcome<R>(R result, Throwable failure) {
    }

    /**
     * @param threads how many articles are coded at once (at least 1)
     * @param window  how many articles may be in flight at once (at least {@code threads}); more smooths out uneven
     *                article lengths, each costs one article's text and parse in memory
     */
    public ParallelCoder(Function<Article, R> task, int threads, int window, Receiver<R> receiver) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.task = task;
        this.receiver = receiver;
        this.window = Math.max(window, threads);
        AtomicInteger numbers = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "attache-coder-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A window of four articles per thread: enough to keep every thread busy behind one long article. */
    public ParallelCoder(Function<Article, R> task, int threads, Receiver<R> receiver) {
        this(task, threads, 4 * threads, receiver);
    }

    @Override
    public void article(Article article) {
        if (pool == null) {
            deliver(article, run(article));
            return;
        }
        while (inFlight.size() >= window) {
            deliverOldest();
        }
        inFlight.add(new Slot<>(article, pool.submit(() -> run(article)), null));
        while (!inFlight.isEmpty() && isDone(inFlight.peekFirst())) {
            deliverOldest();
        }
    }

    @Override
    public void error(IngestError error) {
        if (inFlight.isEmpty()) {
            receiver.error(error);
        } else {
            inFlight.add(new Slot<>(null, null, error));
        }
    }

    /** Waits for every article in flight and delivers the rest of the results. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    /**
     * Stops the threads. Articles still in flight are dropped, not delivered: after a failure (a store that cannot
     * write) nothing more should reach the receiver; a run that ends normally calls {@link #finish} first.
     */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        inFlight.clear();
    }

    private Outcome<R> run(Article article) {
        try {
            return new Outcome<>(task.apply(article), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome<>(null, e);
        }
    }

    private static boolean isDone(Slot<?> slot) {
        return slot.error() != null || slot.outcome().isDone();
    }

    private void deliverOldest() {
        Slot<R> slot = inFlight.pollFirst();
        if (slot.error() != null) {
            receiver.error(slot.error());
            return;
        }
        Outcome<R> outcome;
        try {
            outcome = slot.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding " + slot.article().input(), e);
        } catch (ExecutionException e) {
            outcome = new Outcome<>(null, e.getCause()); // an Error other than a stack overflow
        }
        deliver(slot.article(), outcome);
    }

    private void deliver(Article article, Outcome<R> outcome) {
        if (outcome.failure() == null) {
            receiver.coded(article, outcome.result());
        } else {
            receiver.failed(article, outcome.failure());
        }
    }
}
