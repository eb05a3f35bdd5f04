package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.attache.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Codes gold sentences on a fixed pool of threads, each sentence as an article of its own, and keeps the results in
 * gold order.
 *
 * <p>Sharing one {@link Pipeline} between the threads is safe: CoreNLP's {@code StanfordCoreNLP.annotate} may be
 * called concurrently, and everything else the pipeline holds (actor dictionary and trie, trigger lexicon, codebook)
 * is built in its constructor and only read afterwards; the per-article state (the {@code ActorResolver} with its
 * carried-over names) is created inside each {@code code} call.
 */
public final class EvaluationRunner {
    /** Parsing is CPU-bound and CoreNLP's models are large: two threads, as many as the reference machine's cores. */
    public static final int DEFAULT_THREADS = 2;
    public static final int PROGRESS_EVERY = 100;

    /** Receives (sentences done, sentences in all) every {@link #PROGRESS_EVERY} sentences and at the end. */
    public interface Progress {
        void update(int done, int total);
    }

    private final Function<Article, List<CodedEvent>> coder;
    private final int threads;

    public EvaluationRunner(Function<Article, List<CodedEvent>> coder, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.coder = coder;
        this.threads = threads;
    }

    public static EvaluationRunner of(Pipeline pipeline) {
        return new EvaluationRunner(pipeline::code, DEFAULT_THREADS);
    }

    /** The article a gold sentence is coded as: its id, its date if the gold set gives one, its text. */
    public static Article article(GoldSentence sentence) {
        return new Article(sentence.id(), null, null, null, sentence.date(),
                sentence.date() == null ? "none" : "meta", sentence.text(), "gold");
    }

    public List<CodedSentence> run(List<GoldSentence> sentences, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "attache-eval");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        int total = sentences.size();
        try {
            List<Future<CodedSentence>> futures = new ArrayList<>(total);
            for (GoldSentence sentence : sentences) {
                futures.add(pool.submit(() -> {
                    CodedSentence result = codeOne(sentence);
                    synchronized (done) { // reports in order, one at a time
                        int n = done.incrementAndGet();
                        if (progress != null && (n % PROGRESS_EVERY == 0 || n == total)) {
                            progress.update(n, total);
                        }
                    }
                    return result;
                }));
            }
            List<CodedSentence> results = new ArrayList<>(total);
            for (Future<CodedSentence> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private CodedSentence codeOne(GoldSentence sentence) {
        try {
            return new CodedSentence(sentence, coder.apply(article(sentence)), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new CodedSentence(sentence, List.of(), e.toString());
        }
    }
}
