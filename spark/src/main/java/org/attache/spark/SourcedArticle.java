package org.attache.spark;

import org.attache.ingest.Article;
import org.attache.store.ArticleRecord;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An article as read, with its place in ingest order and its store identity. {@code order} packs the input file's
 * index and the article's sequence number in that file ({@link Ordering}); {@code key} and {@code contentHash} are the
 * store's ({@link ArticleRecord#key()}, {@link ArticleRecord#contentHash(String)}).
 */
record SourcedArticle(long order, String key, String contentHash, String id, String source, String url, String title,
                      LocalDate published, String dateOrigin, String text, String input) implements Serializable {

    static SourcedArticle of(long order, Article a) {
        String hash = ArticleRecord.contentHash(a.text());
        String key = new ArticleRecord(a.id(), blankToNull(a.url()), null, null, null, null, hash, 0, null, null, null)
                .key();
        return new SourcedArticle(order, key, hash, a.id(), a.source(), a.url(), a.title(), a.published(),
                a.dateOrigin(), a.text(), a.input());
    }

    Article article() {
        return new Article(id, source, url, title, published, dateOrigin, text, input);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
