package org.attache.events;

import org.attache.actors.ResolvedActor;
import org.attache.nlp.ParsedSentence;

/**
 * An event's confidence: the probability that it is right, from the bundled {@link ConfidenceModel} (logistic
 * weights fitted on the PLOVER gold records with {@code attache eval --calibrate}) applied to its
 * {@link ConfidenceFeatures}. Rounded to two decimals.
 */
final class ConfidenceScore {
    private ConfidenceScore() {
    }

    static ConfidenceFeatures features(TriggerEntry entry, ResolvedActor source, ResolvedActor target,
                                       boolean targetFromSlot, ParsedSentence sentence, int trigger, CameoCode code) {
        return new ConfidenceFeatures(entry.objectNoun() != null, entry.particle() != null,
                entry.kind() == TriggerEntry.Kind.NOUN, source.method(), target == null ? null : target.method(),
                target != null && targetFromSlot, sentence.size(), code.isVerbal(), inSubordinateClause(sentence, trigger));
    }

    /** "Somalia, which attacked...", "after the army shelled...": a relative or adverbial clause on the way up. */
    static boolean inSubordinateClause(ParsedSentence sentence, int trigger) {
        int node = trigger;
        for (int depth = 0; depth < 12 && node >= 0; depth++) {
            String rel = sentence.relation(node);
            if (rel.equals("acl:relcl") || rel.equals("advcl")) {
                return true;
            }
            node = sentence.head(node);
        }
        return false;
    }

    static double of(ConfidenceFeatures features) {
        double p = ConfidenceModel.bundled().probability(features);
        return Math.round(Math.max(0.01, Math.min(0.99, p)) * 100) / 100.0;
    }
}
