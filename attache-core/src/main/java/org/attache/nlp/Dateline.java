package org.attache.nlp;

/**
 * A news dateline at the start of a sentence: "BAGHDAD —", "CUCUTA, Colombia —", "SEOUL, July 12 —". It says where
 * the story was filed, not who acted.
 */
public final class Dateline {
    private static final int MAX_TOKENS = 10;

    private Dateline() {
    }

    /** The index of the dash that ends the sentence's dateline, or -1 when the sentence has none. */
    public static int dashIndex(ParsedSentence sentence) {
        if (sentence.size() <= 2 || !isAllCaps(sentence.token(0).word())) {
            return -1;
        }
        for (int i = 1; i < Math.min(sentence.size(), MAX_TOKENS); i++) {
            String word = sentence.token(i).word();
            if (word.equals("—") || word.equals("--") || word.equals("-") || word.equals("–")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAllCaps(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).count() > 1
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
