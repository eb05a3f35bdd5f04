package org.attache.ingest;

/** Receives what readers produce: articles, and errors for the inputs or records that could not be read. */
public interface ArticleSink {
    void article(Article article);

    void error(IngestError error);

    /** An article that was read but is not to be coded (not English, nothing left after cleaning). */
    default void skipped(Article article, String reason) {
    }
}
