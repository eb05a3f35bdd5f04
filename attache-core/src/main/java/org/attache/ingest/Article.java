package org.attache.ingest;

import java.time.LocalDate;

/**
 * One news article as read from an input. {@code published} may be null when the input names no date;
 * {@code dateOrigin} says where the date came from ("metadata", "header", "command-line", or "none").
 */
public record Article(String id, String source, String url, String title, LocalDate published, String dateOrigin,
                      String text, String input) {

    public Article withPublished(LocalDate date, String origin) {
        return new Article(id, source, url, title, date, origin, text, input);
    }
}
