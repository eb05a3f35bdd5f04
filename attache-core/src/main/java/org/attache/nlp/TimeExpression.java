package org.attache.nlp;

import java.time.LocalDate;

/**
 * A temporal expression over tokens [startToken, endToken). {@code value} is the TIMEX3 value as produced by the
 * parser (e.g. "2018-01-01", "2020-03", "PRESENT_REF"); {@code date} is set only when the value names one day.
 */
public record TimeExpression(int startToken, int endToken, String value, LocalDate date) {

    public boolean contains(int tokenIndex) {
        return tokenIndex >= startToken && tokenIndex < endToken;
    }
}
