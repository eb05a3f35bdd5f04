package org.attache.events;

import org.attache.actors.ResolvedActor;

/**
 * A 0-1 score of how likely an event is right, from how specific the trigger pattern is, how its actors were
 * resolved and how hard the sentence is to parse. The weights are a first estimate; the evaluation command is where
 * they are checked against gold data.
 */
final class ConfidenceScore {
    private static final int LONG_SENTENCE_TOKENS = 40;

    private ConfidenceScore() {
    }

    static double of(TriggerEntry entry, ResolvedActor source, ResolvedActor target, boolean targetFromSlot,
                     int sentenceTokens) {
        double score = 0.55;
        score += 0.08 * Math.min(2, entry.specificity());
        score += entry.kind() == TriggerEntry.Kind.NOUN ? -0.05 : 0.0;
        score += actorWeight(source);
        score += target == null ? -0.05 : actorWeight(target) + (targetFromSlot ? 0.05 : -0.05);
        if (sentenceTokens > LONG_SENTENCE_TOKENS) {
            score -= 0.1;
        }
        return Math.round(Math.max(0.05, Math.min(0.99, score)) * 100) / 100.0;
    }

    private static double actorWeight(ResolvedActor actor) {
        return switch (actor.method()) {
            case "dictionary" -> 0.08;
            case "carry-over" -> 0.03;
            case "context" -> 0.0;
            case "focal-country" -> -0.12;
            case "dyad" -> -0.05;
            default -> -0.1;
        };
    }
}
