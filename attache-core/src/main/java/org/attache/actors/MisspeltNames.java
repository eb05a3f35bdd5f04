package org.attache.actors;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names and demonyms one typing slip away from a known one ("Afganistan", "Ethopia", "Phillipines"): a
 * wire story's misspelling should not lose its actor. A word is read as a known name only when exactly one name is
 * within one edit (a letter left out, added, changed, or two neighbours swapped), both are at least
 * {@value #MIN_LENGTH} letters long and they begin with the same letter; short names are too close to each other
 * ("Niger", "Nigeria") to guess. Lookups go through a deletion index, so each costs a few hash probes.
 */
final class MisspeltNames {
    static final int MIN_LENGTH = 6;

    /** Every name and every string one deletion from it, to the names it came from. */
    private final Map<String, Set<String>> byDeletion = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    MisspeltNames(Collection<String> knownNames) {
        for (String name : knownNames) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.length() < MIN_LENGTH || !lower.chars().allMatch(Character::isLetter)) {
                continue;
            }
            names.add(lower);
            for (String key : withOneDeletion(lower)) {
                byDeletion.computeIfAbsent(key, k -> new HashSet<>()).add(lower);
            }
        }
    }

    /** The one known name (lower case) the word is a slip of, or null: for a known name itself, null too. */
    String correct(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_LENGTH || names.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Set<String> found = new HashSet<>();
        for (String key : withOneDeletion(lower)) {
            for (String name : byDeletion.getOrDefault(key, Set.of())) {
                if (name.charAt(0) == lower.charAt(0) && oneEditApart(name, lower)) {
                    found.add(name);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Set<String> withOneDeletion(String word) {
        Set<String> keys = new HashSet<>();
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }

    /** Optimal string alignment distance of exactly one (the deletion index also finds some at two). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (a.length() == b.length()) {
            boolean substituted = a.substring(prefix + 1).equals(b.substring(prefix + 1));
            boolean swapped = prefix + 1 < a.length() && a.charAt(prefix) == b.charAt(prefix + 1)
                    && a.charAt(prefix + 1) == b.charAt(prefix) && a.substring(prefix + 2).equals(b.substring(prefix + 2));
            return substituted || swapped;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }
}
