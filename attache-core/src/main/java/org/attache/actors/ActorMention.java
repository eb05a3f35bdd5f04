package org.attache.actors;

import java.util.List;

/** Tokens [startToken, endToken) of a sentence matched one or more dictionary entries. */
public record ActorMention(int startToken, int endToken, List<DictionaryEntry> entries) {

    public boolean contains(int token) {
        return token >= startToken && token < endToken;
    }

    public DictionaryEntry first(DictionaryEntry.Kind kind) {
        for (DictionaryEntry e : entries) {
            if (e.kind() == kind) {
                return e;
            }
        }
        return null;
    }

    /** The entry that names a country: its name, else a demonym, a capital or a seat of its power; or null. */
    public DictionaryEntry firstCountryLike() {
        for (DictionaryEntry.Kind kind : List.of(DictionaryEntry.Kind.COUNTRY, DictionaryEntry.Kind.DEMONYM,
                DictionaryEntry.Kind.CAPITAL, DictionaryEntry.Kind.SEAT)) {
            DictionaryEntry entry = first(kind);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    public boolean has(DictionaryEntry.Kind kind) {
        return first(kind) != null;
    }
}
