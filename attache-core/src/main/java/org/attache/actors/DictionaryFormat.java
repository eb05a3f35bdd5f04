package org.attache.actors;

import java.util.Locale;

/**
 * The formats an extra actor dictionary can be written in: Attaché's own tab-separated formats (the same as the
 * bundled files) and the TABARI/PETRARCH actor and agent dictionaries.
 */
public enum DictionaryFormat {
    /** {@code code, names, adjectives, capitals}, as the bundled {@code countries.tsv}. */
    COUNTRIES("countries"),
    /** {@code phrase, code}, as the bundled {@code seats.tsv}. */
    SEATS("seats"),
    /** {@code code, group, sector, base, names}, as the bundled {@code organisations.tsv}. */
    ORGANISATIONS("organisations"),
    /** {@code phrase, sector}, as the bundled {@code sectors.tsv}. */
    SECTORS("sectors"),
    /** {@code person} and {@code role} lines, as the bundled {@code people.txt}. */
    PEOPLE("people"),
    /** A TABARI/PETRARCH {@code .actors} dictionary: phrases, {@code +}synonyms, {@code [CODE date-date]} codes. */
    TABARI_ACTORS("tabari-actors"),
    /** A TABARI/PETRARCH {@code .agents} dictionary: {@code PHRASE {plural} [~CODE]} and {@code !MARKER!} sets. */
    TABARI_AGENTS("tabari-agents");

    private final String label;

    DictionaryFormat(String label) {
        this.label = label;
    }

    /** The name used in {@code # attache-format: NAME} header lines and in reports. */
    public String label() {
        return label;
    }

    public boolean isTabari() {
        return this == TABARI_ACTORS || this == TABARI_AGENTS;
    }

    /** The format named {@code label} ({@code organizations} and {@code actors}/{@code agents} accepted too), or null. */
    public static DictionaryFormat byLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (DictionaryFormat format : values()) {
            if (format.label.equals(l)) {
                return format;
            }
        }
        return switch (l) {
            case "organizations" -> ORGANISATIONS;
            case "actors", "tabari", "petrarch", "petrarch-actors" -> TABARI_ACTORS;
            case "agents", "petrarch-agents" -> TABARI_AGENTS;
            default -> null;
        };
    }
}
