package org.attache.actors;

/**
 * An actor found for a nominal of a sentence, covering tokens [startToken, endToken). {@code method} says how it
 * was found: "dictionary", "context" (an unknown name given a country and title from its noun phrase),
 * "carry-over" (an earlier full mention of the same name) or "pronoun".
 */
public record ResolvedActor(Actor actor, int startToken, int endToken, String method) {
}
