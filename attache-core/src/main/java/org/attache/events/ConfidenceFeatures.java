package org.attache.events;

import java.util.List;

/**
 * What an event's confidence is computed from: how specific the trigger pattern is, how its actors were resolved,
 * whether the target came from the lexicon's slot, how long (hard to parse) the sentence is, and whether the event
 * is a verbal one (which needs an addressee and is more often a reading of someone's words), and whether the trigger
 * sits in a relative or adverbial clause (background to the sentence's news more often than the news). Kept on each event so
 * that the evaluation can fit the weights ({@code attache eval --calibrate}).
 */
public record ConfidenceFeatures(boolean lightVerb, boolean particle, boolean noun, String sourceMethod,
                                 String targetMethod, boolean targetFromSlot, int sentenceTokens, boolean verbal,
                                 boolean subordinate) {
    static final int LONG_SENTENCE_TOKENS = 40;

    /** The names of {@link #vector()}'s components, in order; the model file names its weights by them. */
    public static final List<String> NAMES = List.of("intercept", "light_verb", "particle", "noun_trigger",
            "source_named", "source_weak", "no_target", "target_named", "target_weak", "target_from_slot",
            "long_sentence", "verbal", "subordinate_clause");

    public double[] vector() {
        return new double[] {1, bit(lightVerb), bit(particle), bit(noun), bit(named(sourceMethod)),
                bit(weak(sourceMethod)), bit(targetMethod == null), bit(named(targetMethod)), bit(weak(targetMethod)),
                bit(targetFromSlot), bit(sentenceTokens > LONG_SENTENCE_TOKENS), bit(verbal), bit(subordinate)};
    }

    /** A dictionary name or a name carried over from earlier in the article. */
    private static boolean named(String method) {
        return "dictionary".equals(method) || "carry-over".equals(method);
    }

    /** A guess from context: the article's focal country, the last dyad, a pronoun. */
    private static boolean weak(String method) {
        return method != null && !named(method) && !"context".equals(method);
    }

    private static double bit(boolean value) {
        return value ? 1 : 0;
    }
}
