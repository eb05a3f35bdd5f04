package org.attache.ingest;

/**
 * How much of an input one article may take. Readers stream and stop at these caps, so memory stays bounded
 * whatever an input's size (a 50 MB single-line file, a gzip bomb); a longer article is reported and skipped.
 */
public final class IngestLimits {
    /** One plain-text article or one JSON line: far beyond any news article (a long one is ~100 KB). */
    public static final int MAX_ARTICLE_BYTES = 4 * 1024 * 1024;
    /** One HTML page (file, WARC record or fetched page), markup included. */
    public static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private IngestLimits() {
    }

    static String megabytes(int bytes) {
        return (bytes >> 20) + " MB";
    }
}
