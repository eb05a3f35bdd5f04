package org.attache.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits dictionary phrases the way the parser splits text (possessive "'s" and a plural's "'" apart, hyphenated words whole), and
 * normalises tokens on both sides so that "Pakistan’s" and "Pakistan's" meet.
 */
public final class PhraseTokens {
    private PhraseTokens() {
    }

    public static List<String> split(String phrase) {
        List<String> tokens = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = normalise(word);
            if (w.length() > 2 && w.endsWith("'s")) {
                tokens.add(w.substring(0, w.length() - 2));
                tokens.add("'s");
            } else if (w.length() > 2 && w.endsWith("s'")) {
                // plural possessive: "Kurdistan Workers' Party" is parsed as "Workers" + "'"
                tokens.add(w.substring(0, w.length() - 1));
                tokens.add("'");
            } else if (w.length() > 1 && (w.endsWith(",") || w.endsWith(";"))) {
                tokens.add(w.substring(0, w.length() - 1));
            } else {
                tokens.add(w);
            }
        }
        return tokens;
    }

    public static String normalise(String token) {
        return token.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /**
     * Whether the text's casing is compatible with the dictionary's: a capitalised dictionary word ("Turkey") needs
     * a capitalised token, and a short all-capitals abbreviation ("US", "UN") needs the exact letters, so "us" and
     * "turkey" are not taken for countries.
     */
    public static boolean caseCompatible(String dictionaryWord, String textWord) {
        if (dictionaryWord.isEmpty() || textWord.isEmpty()) {
            return true;
        }
        boolean allCaps = dictionaryWord.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && dictionaryWord.chars().anyMatch(Character::isLetter);
        if (allCaps && dictionaryWord.length() <= 5) {
            return textWord.replace('’', '\'').equals(dictionaryWord);
        }
        if (Character.isUpperCase(dictionaryWord.charAt(0))) {
            return Character.isUpperCase(textWord.charAt(0)) || !Character.isLetter(textWord.charAt(0));
        }
        return true;
    }
}
