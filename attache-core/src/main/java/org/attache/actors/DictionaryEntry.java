package org.attache.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One phrase of an actor dictionary and what it names. Countries come in three forms (name, adjective/demonym,
 * capital); seats of power and organisations carry a full code; sector words carry only a sector; people carry
 * their dated roles.
 */
public record DictionaryEntry(Kind kind, String phrase, String country, String sector, String code,
                              List<DatedRole> roles, String origin) {

    public enum Kind { COUNTRY, DEMONYM, CAPITAL, SEAT, ORGANISATION, SECTOR, PERSON }

    public DictionaryEntry {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean namesActor() {
        return kind != Kind.SECTOR;
    }

    /**
     * The role held on {@code date}; without a date, the most recent role (an article with no date is assumed to be
     * current). Null when the person held no listed role on that date.
     */
    public DatedRole roleOn(LocalDate date) {
        if (date == null) {
            return roles.stream().max(Comparator.comparing(DatedRole::start)).orElse(null);
        }
        // On a handover day both roles hold; the one that starts that day is the news.
        return roles.stream().filter(r -> r.heldOn(date)).max(Comparator.comparing(DatedRole::start)).orElse(null);
    }
}
