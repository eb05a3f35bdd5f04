package org.attache.pipeline;

import org.attache.ingest.Article;
import org.attache.ingest.IngestError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Order, failures, reader errors and the bound on articles in flight, with a stand-in for the coder. */
class ParallelCoderTest {

    private static Article article(int n) {
        return new Article("a" + n, null, null, null, null, "none", "text " + n, "input:" + n);
    }

    /** Uneven work so that later articles often finish before earlier ones. */
    private static String work(Article article) {
        int n = Integer.parseInt(article.id().substring(1));
        long spin = (n % 7 == 0) ? 3_000_000 : 10_000;
        long x = 0;
        for (long i = 0; i < spin; i++) {
            x += i ^ n;
        }
        if (n % 13 == 5) {
            throw new IllegalStateException("cannot code " + article.id());
        }
        return article.id() + (x == 42 ? "!" : "");
    }

    private static List<String> run(int threads, Function<Article, String> task) {
        List<String> seen = new ArrayList<>();
        try (ParallelCoder<String> coder = new ParallelCoder<>(task, threads, new ParallelCoder.Receiver<>() {
            @Override
            public void coded(Article article, String result) {
                seen.add("coded " + result);
            }

            @Override
            public void failed(Article article, Throwable failure) {
                seen.add("failed " + article.id() + ": " + failure.getMessage());
            }

            @Override
            public void error(IngestError error) {
                seen.add("error " + error.describe());
            }
        })) {
            for (int n = 0; n < 200; n++) {
                if (n % 50 == 3) {
                    coder.error(new IngestError("input", n, "malformed JSON"));
                }
                coder.article(article(n));
            }
            coder.finish();
        }
        return seen;
    }

    @Test
    void resultsComeInInputOrderWhateverTheThreads() {
        List<String> one = run(1, ParallelCoderTest::work);
        assertThat(one).hasSize(204);
        assertThat(one.get(0)).isEqualTo("coded a0");
        assertThat(one.get(3)).isEqualTo("error input:3: malformed JSON");
        assertThat(one.get(4)).isEqualTo("coded a3");
        assertThat(one).contains("failed a5: cannot code a5");
        assertThat(run(2, ParallelCoderTest::work)).isEqualTo(one);
        assertThat(run(4, ParallelCoderTest::work)).isEqualTo(one);
    }

    @Test
    void noMoreArticlesAreInFlightThanTheWindow() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> delivered = new ArrayList<>();
        try (ParallelCoder<String> coder = new ParallelCoder<>(a -> a.id(), 2, 5, new ParallelCoder.Receiver<>() {
            @Override
            public void coded(Article article, String result) {
                inFlight.decrementAndGet();
                delivered.add(result);
            }

            @Override
            public void failed(Article article, Throwable failure) {
                throw new AssertionError(failure);
            }

            @Override
            public void error(IngestError error) {
                throw new AssertionError(error.describe());
            }
        })) {
            for (int n = 0; n < 1000; n++) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                coder.article(article(n));
            }
            coder.finish();
            assertThat(inFlight.get()).isZero();
        }
        assertThat(delivered).hasSize(1000);
        // the one just handed over plus the window
        assertThat(most.get()).isLessThanOrEqualTo(6);
    }

    @Test
    void anErrorBeforeAnyArticleIsDeliveredAtOnce() {
        List<String> seen = new ArrayList<>();
        ParallelCoder<String> coder = new ParallelCoder<>(Article::id, 2, new ParallelCoder.Receiver<>() {
            @Override
            public void coded(Article article, String result) {
                seen.add(result);
            }

            @Override
            public void failed(Article article, Throwable failure) {
                seen.add("failed");
            }

            @Override
            public void error(IngestError error) {
                seen.add(error.describe());
            }
        });
        coder.error(new IngestError("missing.txt", 0, "no such file or directory"));
        assertThat(seen).containsExactly("missing.txt: no such file or directory");
        coder.close();
    }
}
