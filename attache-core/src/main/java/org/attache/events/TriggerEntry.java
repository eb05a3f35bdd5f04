package org.attache.events;

import java.util.List;
import java.util.Set;

/**
 * One trigger of the lexicon: a verb (optionally with a required particle/preposition or a required object noun)
 * or an event noun, its CAMEO code, where its target is found, and flags that change how it is framed.
 */
public record TriggerEntry(Kind kind, String lemma, String particle, String objectNoun, String code,
                           List<String> targetSlots, Set<String> flags, String origin) {

    public enum Kind { VERB, NOUN }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Light verbs and particles narrow the sense, so such entries are preferred and more certain. */
    public int specificity() {
        return (particle != null ? 1 : 0) + (objectNoun != null ? 2 : 0);
    }
}
