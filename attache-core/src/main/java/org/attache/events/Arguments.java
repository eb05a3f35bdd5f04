package org.attache.events;

import org.attache.actors.ResolvedActor;

import java.util.List;

/**
 * The actors found for one trigger: sources and targets (lists, since compound actors are split into dyads),
 * and whether the target came from the slot the lexicon names (rather than inherited from a governing clause).
 */
public record Arguments(List<ResolvedActor> sources, List<ResolvedActor> targets, boolean targetFromSlot) {
}
