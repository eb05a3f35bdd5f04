package org.attache.nlp;

import java.time.LocalDate;

/** Parses article text into the project's sentence model. Implementations must be safe to share across threads. */
public interface SentenceParser {

    /**
     * @param text         the article text; every offset in the result refers to it
     * @param documentDate the publication date used to resolve relative time expressions, or null when unknown
     */
    ParsedDocument parse(String text, LocalDate documentDate);

    /**
     * Parses only the sentences {@code selector} chooses fully; the others keep tokens, tags and lemmas only (see
     * {@link SentenceSelector}). Parsers without cheaper stages parse everything.
     */
    default ParsedDocument parse(String text, LocalDate documentDate, SentenceSelector selector) {
        return parse(text, documentDate);
    }
}
