package org.attache.spark;

import org.attache.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One coding pipeline per executor JVM, built by the first task that needs it and shared by every task (thread) of
 * that executor afterwards: the CoreNLP models (~1.5 GB of heap) and the actor dictionaries are loaded once, not per
 * partition. A run with other {@code --actors} files (another fingerprint) builds a new one.
 */
final class ExecutorPipeline {
    private record Built(String fingerprint, Pipeline pipeline) {
    }

    private static volatile Built built;

    private ExecutorPipeline() {
    }

    static Pipeline get(ActorFiles actors) {
        Built b = built;
        if (b == null || !b.fingerprint().equals(actors.fingerprint())) {
            synchronized (ExecutorPipeline.class) {
                b = built;
                if (b == null || !b.fingerprint().equals(actors.fingerprint())) {
                    try {
                        Pipeline pipeline = actors.names().isEmpty() ? Pipeline.withBundledResources()
                                : Pipeline.withBundledResources(actors.materialise());
                        b = new Built(actors.fingerprint(), pipeline);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the --actors dictionaries", e);
                    }
                    built = b;
                }
            }
        }
        return b.pipeline();
    }
}
