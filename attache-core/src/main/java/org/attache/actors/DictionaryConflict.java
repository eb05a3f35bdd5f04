package org.attache.actors;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A phrase an extra dictionary gives a different code than an earlier file (or the bundled dictionaries) did: the
 * later entry replaces the earlier one.
 */
public record DictionaryConflict(DictionaryEntry earlier, DictionaryEntry later) {

    public String phrase() {
        return later.phrase();
    }

    /** "PHRASE": EARLIER-CODES (origin) replaced by LATER-CODES (origin). */
    public String describe() {
        return "\"" + later.phrase() + "\": " + codes(earlier) + " (" + earlier.origin() + ") replaced by "
                + codes(later) + " (" + later.origin() + ")";
    }

    /**
     * What an entry codes, independent of where it came from: the code (or the sector of a sector word), and for a
     * person (or a capital whose tenure is dated) every role with its dates. Two entries conflict when these differ.
     */
    public static String codes(DictionaryEntry entry) {
        if (entry.kind() == DictionaryEntry.Kind.PERSON || !entry.roles().isEmpty()) {
            return entry.roles().stream().map(DictionaryConflict::role).collect(Collectors.joining(", ", "[", "]"));
        }
        if (entry.kind() == DictionaryEntry.Kind.SECTOR) {
            return "~" + entry.sector();
        }
        if (entry.code() != null) {
            return entry.code();
        }
        return entry.sector() == null ? entry.country() : entry.country() + entry.sector();
    }

    private static String role(DatedRole role) {
        return role.code() + " " + date(role.start()) + ".." + (role.end() == null ? "" : date(role.end()));
    }

    static String date(LocalDate date) {
        return date.equals(LocalDate.MIN) ? "" : date.toString();
    }
}
