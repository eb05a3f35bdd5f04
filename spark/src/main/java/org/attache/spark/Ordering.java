package org.attache.spark;

/**
 * Ingest order as one long, so that a distributed run can restore the order {@code attache ingest} reads in: the input
 * file's index (22 bits), the article's sequence number in its file (29 bits) and the mention's index in its article
 * (12 bits). Mention ids, event ids and the deduplication's tie-breaks all follow this order.
 */
final class Ordering {
    static final int MAX_FILES = 1 << 22;
    static final long MAX_ARTICLES_PER_FILE = 1L << 29;
    static final int MAX_MENTIONS_PER_ARTICLE = 1 << 12;

    private Ordering() {
    }

    static long article(int fileIndex, long sequence) {
        if (fileIndex < 0 || fileIndex >= MAX_FILES || sequence < 0 || sequence >= MAX_ARTICLES_PER_FILE) {
            throw new IllegalArgumentException("file " + fileIndex + ", article " + sequence + " out of range");
        }
        return ((long) fileIndex << 41) | (sequence << 12);
    }

    static long mention(long articleOrder, int index) {
        if (index < 0 || index >= MAX_MENTIONS_PER_ARTICLE) {
            throw new IllegalArgumentException("mention " + index + " out of range");
        }
        return articleOrder | index;
    }
}
