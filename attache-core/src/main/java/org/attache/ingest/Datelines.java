package org.attache.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date an article states at its top: a wire dateline ("KABUL, Jan. 25 (Reuters) -",
 * "TEHRAN, March 3, 2020 (IRNA) —") or a date line of its own ("Friday, January 4, 2019", "4 January 2019",
 * "2019-01-04"). Only the first lines are looked at: a date further down is what the article is about, not when it
 * was written. A dateline without a year is placed in the year that puts it closest before the reference date
 * (e.g. the crawl date); without a reference it is not used.
 */
public final class Datelines {
    /** How far into the text a dateline may start. */
    private static final int HEAD_CHARS = 600;
    private static final int HEAD_LINES = 6;

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May"
            + "|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    /** PLACE, Month Day[, Year] (Agency) - */
    private static final Pattern WIRE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{L} .'/-]{1,60},\\s+" + WEEKDAY + MONTH
            + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:]");
    private static final Pattern MONTH_FIRST = Pattern.compile("^(?:\\p{Lu}[\\p{L} .'-]{1,40},\\s+)?" + WEEKDAY + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("^(?:\\p{Lu}[\\p{L} .'-]{1,40},\\s+)?" + WEEKDAY
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})\\s*$");

    private Datelines() {
    }

    /** The date of the article's dateline, or null when its first lines carry none. */
    public static LocalDate find(String text, LocalDate reference) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        int lines = 0;
        for (String raw : head.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            LocalDate date = dateOfLine(line, reference);
            if (date != null) {
                return date;
            }
            if (++lines >= HEAD_LINES) {
                break;
            }
        }
        return null;
    }

    private static LocalDate dateOfLine(String line, LocalDate reference) {
        Matcher m = WIRE.matcher(line);
        if (m.find()) {
            Integer month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (m.group(3) != null) {
                return date(Integer.parseInt(m.group(3)), month, day);
            }
            return reference == null || month == null ? null : closestBefore(reference, month, day);
        }
        m = MONTH_FIRST.matcher(line);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_FIRST.matcher(line);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(line);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return null;
    }

    private static LocalDate closestBefore(LocalDate reference, int month, int day) {
        LocalDate candidate = date(reference.getYear(), month, day);
        if (candidate != null && candidate.isAfter(reference.plusDays(1))) {
            candidate = date(reference.getYear() - 1, month, day);
        }
        return candidate;
    }

    private static Integer month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key);
        return index < 0 ? null : index / 3 + 1;
    }

    private static LocalDate date(int year, Integer month, int day) {
        if (month == null || year < 1900 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
