package org.attache.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One phrase of an actor dictionary and what it names. Countries come in three forms (name, adjective/demonym,
 * capital); seats of power and organisations carry a full code; sector words carry only a sector; people carry
 * their dated roles, and so does a capital whose tenure is dated (see {@link CapitalTenure}).
 */
public record DictionaryEntry(Kind kind, String phrase, String country, String sector, String code,
                              List<DatedRole> roles, String origin) {

    /** NON_ACTOR: a noun for people who are no political actor ("rugby team", "striker"), whatever their country. */
    public enum Kind { COUNTRY, DEMONYM, CAPITAL, SEAT, ORGANISATION, SECTOR, PERSON, NON_ACTOR }

    public DictionaryEntry {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean namesActor() {
        return kind != Kind.SECTOR && kind != Kind.NON_ACTOR;
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

    /**
     * This entry as it reads on {@code date}: a capital with a dated tenure is its government while it is the
     * capital and a place of the country it then belongs to otherwise ("Juba" in 1995 is a city of Sudan). Every
     * other entry reads the same on every date.
     */
    public DictionaryEntry on(LocalDate date) {
        if (kind != Kind.CAPITAL || roles.isEmpty()) {
            return this;
        }
        DatedRole role = roleOn(date);
        if (role == null || role.sector() != null) {
            return role == null ? this : new DictionaryEntry(kind, phrase, role.country(), role.sector(), role.code(),
                    null, origin);
        }
        return placeOf(role.country(), role.description());
    }

    /**
     * A capital's name read as a mere place of {@code country}, with no sector: a capital outside its tenure, or a
     * name shared with a place of another country that the story is about ("Tripoli" in Lebanon).
     */
    public DictionaryEntry placeOf(String placeCountry, String why) {
        return new DictionaryEntry(kind, phrase, placeCountry, null, placeCountry, null, origin + ", " + why);
    }

    /**
     * The role that says which state a person belongs to on a date they hold no listed role: a nationality does not
     * lapse between offices or before the first. It is the national role ({@link DatedRole#isNational}) nearest to
     * {@code date}, the later one on a tie; null when the date is after the last role has ended (the dataset closes
     * roles at death) or no role is national. Callers ask {@link #roleOn} first.
     */
    public DatedRole nationalRoleNear(LocalDate date, Predicate<String> isState) {
        if (date == null || roles.stream().allMatch(r -> r.end() != null && r.end().isBefore(date))) {
            return null;
        }
        return roles.stream().filter(r -> r.isNational(isState))
                .min(Comparator.comparingLong((DatedRole r) -> r.daysFrom(date))
                        .thenComparing(DatedRole::start, Comparator.reverseOrder()))
                .orElse(null);
    }

    /** The state the person belongs to regardless of date: that of their latest national role; null when none is. */
    public String nationality(Predicate<String> isState) {
        return roles.stream().filter(r -> r.isNational(isState)).max(Comparator.comparing(DatedRole::start))
                .map(DatedRole::country).orElse(null);
    }
}
