package org.attache.events;

import org.attache.resources.BundledLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trigger lexicon from the bundled {@code triggers.tsv}: verbs, phrasal verbs ({@code pull +out}), light-verb
 * constructions ({@code hold =talk}) and event nouns, each with a CAMEO code, target slots and flags.
 */
public final class TriggerLexicon {
    private final Map<String, List<TriggerEntry>> verbs = new HashMap<>();
    private final Map<String, List<TriggerEntry>> nouns = new HashMap<>();
    private final List<TriggerEntry> entries = new ArrayList<>();

    public static TriggerLexicon bundled(CameoCodebook codebook) {
        TriggerLexicon lexicon = new TriggerLexicon();
        BundledLines.forEach("/org/attache/events/triggers.tsv",
                (line, origin) -> lexicon.add(parse(line, origin, codebook)));
        return lexicon;
    }

    static TriggerEntry parse(String line, String origin, CameoCodebook codebook) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 5) {
            throw new IllegalStateException(origin + ": expected 5 tab-separated columns (kind, pattern, cameo, target, flags)");
        }
        TriggerEntry.Kind kind = switch (cols[0].strip()) {
            case "verb" -> TriggerEntry.Kind.VERB;
            case "noun" -> TriggerEntry.Kind.NOUN;
            default -> throw new IllegalStateException(origin + ": kind must be verb or noun, not '" + cols[0] + "'");
        };
        String[] pattern = cols[1].strip().split("\\s+");
        String lemma = TriggerFinder.withoutHyphens(pattern[0]);
        String particle = null;
        String objectNoun = null;
        for (int i = 1; i < pattern.length; i++) {
            if (pattern[i].startsWith("+")) {
                particle = pattern[i].substring(1);
            } else if (pattern[i].startsWith("=")) {
                objectNoun = TriggerFinder.withoutHyphens(pattern[i].substring(1));
            } else {
                throw new IllegalStateException(origin + ": pattern word '" + pattern[i] + "' needs + or =");
            }
        }
        String code = cols[2].strip();
        if (!codebook.contains(code)) {
            throw new IllegalStateException(origin + ": unknown CAMEO code " + code);
        }
        List<String> slots = cols[3].strip().equals("-") ? List.of() : List.of(cols[3].strip().split("\\s*,\\s*"));
        Set<String> flags = cols[4].strip().equals("-") ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(cols[4].strip().split("\\s*,\\s*")));
        return new TriggerEntry(kind, lemma, particle, objectNoun, code, slots, Set.copyOf(flags), origin);
    }

    public void add(TriggerEntry entry) {
        (entry.kind() == TriggerEntry.Kind.VERB ? verbs : nouns)
                .computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
        entries.add(entry);
    }

    public List<TriggerEntry> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<TriggerEntry> nouns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public List<TriggerEntry> entries() {
        return entries;
    }
}
