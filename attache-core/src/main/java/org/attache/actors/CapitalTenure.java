package org.attache.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a name is its country's capital. The countries file (capitals column) and the gazetteer write it in brackets
 * after the name or in its own column: {@code Juba (from 2011-07-09, before SDN)}, {@code Lagos (until 1991-12-11)},
 * {@code Almaty (from 1991-12-16, until 1997-12-09)}; dates are inclusive. A capital stands for its government only
 * during its tenure: a state's capital only since the state exists, a former capital no longer. Outside its tenure
 * the name is a mere place: after it, of its own country; before it, of the country it belonged to ({@code before}),
 * or, when that is unclear (Dili under Indonesian rule, Pristina under UN administration), of its own country still,
 * as news and coders name the territory by its own name.
 *
 * @param from   first day as the capital, or null (always was)
 * @param until  last day as the capital, or null (still is)
 * @param before the country the place belonged to before {@code from}, or null (its own)
 */
public record CapitalTenure(LocalDate from, LocalDate until, String before) {
    /** An undated capital: its government on every date. */
    public static final CapitalTenure ALWAYS = new CapitalTenure(null, null, null);

    public CapitalTenure {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("capital until " + until + " before it is one, from " + from);
        }
        if (before != null && from == null) {
            throw new IllegalArgumentException("'before " + before + "' needs a 'from' date");
        }
    }

    /** A name with its tenure, as split from a capitals value. */
    public record Named(String name, CapitalTenure tenure) {
    }

    public boolean dated() {
        return from != null || until != null;
    }

    /** Whether the name is the capital on {@code date}; without a date (a current article), whether it still is. */
    public boolean capitalOn(LocalDate date) {
        if (date == null) {
            return until == null;
        }
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    /** The country the place belongs to on {@code date}, given the country it is (or was) the capital of. */
    public String countryOn(LocalDate date, String country) {
        boolean earlier = date != null && from != null && date.isBefore(from);
        return earlier && before != null ? before : country;
    }

    /**
     * What the name codes as over time, as dated roles (open starts are {@link LocalDate#MIN}, as for imported
     * dictionaries): a place before its tenure, the government ({@code <country>GOV}) during it, a place after it.
     * Empty for an undated capital, whose entry is its government on every date.
     */
    public List<DatedRole> roles(String country, String origin) {
        if (!dated()) {
            return List.of();
        }
        List<DatedRole> roles = new ArrayList<>(3);
        if (from != null) {
            String earlier = countryOn(from.minusDays(1), country);
            roles.add(new DatedRole(earlier, null, LocalDate.MIN, from.minusDays(1),
                    "a place of " + earlier + " before it was the capital", origin));
        }
        roles.add(new DatedRole(country, "GOV", from == null ? LocalDate.MIN : from, until,
                "the capital: stands for the government", origin));
        if (until != null) {
            roles.add(new DatedRole(country, null, until.plusDays(1), null, "a place of " + country
                    + " since it stopped being the capital", origin));
        }
        return roles;
    }

    /**
     * Splits a capitals value, {@code Juba (from 2011-07-09, before SDN)}, into the name and its tenure; a name with
     * no brackets is an undated capital.
     *
     * @throws IllegalArgumentException when the brackets hold something else than the tenure
     */
    public static Named named(String value) {
        String text = value.strip();
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return new Named(text, ALWAYS);
        }
        return new Named(text.substring(0, open).strip(), parse(text.substring(open + 1, text.length() - 1)));
    }

    /**
     * Reads a tenure: {@code from YYYY-MM-DD}, {@code until YYYY-MM-DD} and {@code before CODE}, separated by commas
     * or semicolons, in any order; an empty text is {@link #ALWAYS}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static CapitalTenure parse(String text) {
        LocalDate from = null;
        LocalDate until = null;
        String before = null;
        for (String part : text.split("[,;]")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                continue;
            }
            if (words.length != 2) {
                throw new IllegalArgumentException("'" + part.strip() + "': expected 'from DATE', 'until DATE' or"
                        + " 'before CODE'");
            }
            switch (words[0].toLowerCase(Locale.ROOT)) {
                case "from" -> from = date(words[1]);
                case "until" -> until = date(words[1]);
                case "before" -> before = words[1];
                default -> throw new IllegalArgumentException("'" + words[0] + "': expected from, until or before");
            }
        }
        return from == null && until == null && before == null ? ALWAYS : new CapitalTenure(from, until, before);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)", e);
        }
    }
}
