package org.attache.nlp;

import java.time.LocalDate;

/** Parses article text into the project's sentence model. Implementations must be safe to share across threads. */
public interface SentenceParser {

    /**
     * @param text         the article text; every offset in the result refers to it
     * @param documentDate the publication date used to resolve relative time expressions, or null when unknown
     */
    ParsedDocument parse(String text, LocalDate documentDate);
}
