package org.attache.events;

import org.attache.actors.ResolvedActor;

/**
 * An event's confidence: the probability that it is right, from the bundled {@link ConfidenceModel} (logistic
 * weights fitted on the PLOVER gold records with {@code attache eval --calibrate}) applied to its
 * {@link ConfidenceFeatures}. Rounded to two decimals.
 */
final class ConfidenceScore {
    private ConfidenceScore() {
    }

    static ConfidenceFeatures features(TriggerEntry entry, ResolvedActor source, ResolvedActor target,
                                       boolean targetFromSlot, int sentenceTokens, CameoCode code) {
        return new ConfidenceFeatures(entry.objectNoun() != null, entry.particle() != null,
                entry.kind() == TriggerEntry.Kind.NOUN, source.method(), target == null ? null : target.method(),
                target != null && targetFromSlot, sentenceTokens, code.isVerbal());
    }

    static double of(ConfidenceFeatures features) {
        double p = ConfidenceModel.bundled().probability(features);
        return Math.round(Math.max(0.01, Math.min(0.99, p)) * 100) / 100.0;
    }
}
