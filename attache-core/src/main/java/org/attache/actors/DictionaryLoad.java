package org.attache.actors;

import java.util.List;

/**
 * One extra dictionary file loaded into an {@link ActorDictionary}: what was read, and which earlier phrases its
 * entries replaced ({@code replaced}: all of them; {@code conflicts}: those given a different code).
 */
public record DictionaryLoad(DictionaryImport imported, int replaced, List<DictionaryConflict> conflicts) {

    public DictionaryLoad {
        conflicts = List.copyOf(conflicts);
    }

    public ImportReport report() {
        return imported.report();
    }
}
