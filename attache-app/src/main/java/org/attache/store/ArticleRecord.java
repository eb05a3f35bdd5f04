package org.attache.store;

import org.attache.ingest.Article;
import org.attache.ingest.TextFingerprint;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What the store keeps of an article: its metadata, content hash, the pipeline version that coded it, its text and the
 * text's fingerprint (both null when the article came without its text, e.g. from a Parquet import; the mentions keep
 * their sentences either way). {@link #key()} is its identity in the store: the URL when it has one, else the content
 * hash. The fingerprint finds syndicated copies with slightly different text.
 */
public record ArticleRecord(String articleId, String url, String source, String title, LocalDate published,
                            String dateOrigin, String contentHash, int textLength, String pipelineVersion,
                            LocalDateTime codedAt, String input, String text, TextFingerprint fingerprint)
        implements java.io.Serializable {

    /** An article whose text is not at hand. */
    public ArticleRecord(String articleId, String url, String source, String title, LocalDate published,
                         String dateOrigin, String contentHash, int textLength, String pipelineVersion,
                         LocalDateTime codedAt, String input) {
        this(articleId, url, source, title, published, dateOrigin, contentHash, textLength, pipelineVersion, codedAt,
                input, null, null);
    }

    /** An article with its text, fingerprinted. */
    public ArticleRecord(String articleId, String url, String source, String title, LocalDate published,
                         String dateOrigin, String contentHash, int textLength, String pipelineVersion,
                         LocalDateTime codedAt, String input, String text) {
        this(articleId, url, source, title, published, dateOrigin, contentHash, textLength, pipelineVersion, codedAt,
                input, text, text == null ? null : TextFingerprint.of(text));
    }

    public static ArticleRecord of(Article article, String pipelineVersion, LocalDateTime codedAt) {
        return new ArticleRecord(article.id(), blankToNull(article.url()), blankToNull(article.source()),
                article.title(), article.published(), article.dateOrigin(), contentHash(article.text()),
                article.text().length(), pipelineVersion, codedAt, article.input(), article.text());
    }

    /** 'url:' + the URL (fragment removed), or 'sha256:' + the content hash for an article without URL. */
    public String key() {
        return url != null ? "url:" + normaliseUrl(url) : "sha256:" + contentHash;
    }

    /** The source name, else the URL's host (without "www."): what NumSources counts. */
    public String outlet() {
        if (source != null) {
            return source;
        }
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URI: no outlet
            }
        }
        return null;
    }

    /** SHA-256 (hex) of the text with every whitespace run collapsed to one space and the ends trimmed. */
    public static String contentHash(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String normaliseUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        return u;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
