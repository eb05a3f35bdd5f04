package org.attache.events;

import java.util.List;

/** A lexicon entry matched at token {@code token}; {@code tokens} are all the tokens the trigger spans. */
public record TriggerMatch(int token, TriggerEntry entry, List<Integer> tokens) {
}
