package org.attache.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence could name a single day, the only kind of time expression the coder uses (an event's date):
 * a month or weekday name, a relative day ("yesterday", "this morning"), a named day ("Independence Day",
 * "Christmas"), or a number written as a date ("2019-03-12", "12/3/2019"). Sentences without any of these are spared
 * SUTime, which costs as much as the rest of named-entity recognition.
 */
public final class DayCues {
    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "noon",
            "midnight", "day", "days", "eve", "overnight",
            "christmas", "easter", "thanksgiving", "halloween", "hanukkah", "passover", "nowruz", "ramadan", "eid");
    /** Digits joined by "-", "/" or "." ("2019-03-12", "12/3/2019", "12.03.2019"), or eight digits (20190312). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?|\\d{8}");

    private DayCues() {
    }

    public static boolean mayNameDay(ParsedSentence sentence) {
        for (Token token : sentence.tokens()) {
            if (isCue(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this word could be part of an expression naming a day. */
    public static boolean isCue(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
        }
        return WORDS.contains(word) || NUMERIC_DATE.matcher(word).matches();
    }
}
