package org.attache.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths of time such as {@code 7d}, {@code 12w}, {@code 6m}, {@code 1y}: the period ending on a given day. */
final class Periods {
    private static final Pattern LENGTH = Pattern.compile("(\\d{1,4})([dwmy])");

    private Periods() {
    }

    /** The first day of the period of this length that ends on {@code last} (both days included). */
    static LocalDate start(String name, String length, LocalDate last) {
        Matcher m = LENGTH.matcher(length.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new BadRequest(name + " '" + length + "' is not a length like 7d, 30d, 12w, 6m or 1y");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> last.minusDays(n - 1L);
            case "w" -> last.minusWeeks(n).plusDays(1);
            case "m" -> last.minusMonths(n).plusDays(1);
            default -> last.minusYears(n).plusDays(1);
        };
    }
}
