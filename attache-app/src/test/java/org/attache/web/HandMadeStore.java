package org.attache.web;

import org.attache.store.ArticleRecord;
import org.attache.store.MentionRow;
import org.attache.store.Store;
import org.attache.store.StoreWriter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores built from hand-made articles and mentions through the store's own writer (no CoreNLP): each article's text
 * is made of its sentences, and every span's offsets point into it, as the coder's would.
 */
final class HandMadeStore {
    private final List<Object[]> articles = new ArrayList<>();
    private Article current;

    /** An article being written: its text grows sentence by sentence. */
    final class Article {
        final String id;
        final String url;
        final String source;
        final String title;
        final LocalDate published;
        final StringBuilder text = new StringBuilder();
        final List<MentionRow> mentions = new ArrayList<>();
        int sentences;

        Article(String id, String url, String source, String title, LocalDate published) {
            this.id = id;
            this.url = url;
            this.source = source;
            this.title = title;
            this.published = published;
        }

        /**
         * Appends the sentence {@code "<sourceText> <trigger> <targetText><rest>"} and its event; returns this.
         * {@code targetText} null: an event without a target.
         */
        Article event(String sourceText, String sourceCode, String trigger, String targetText, String targetCode,
                      String rest, String cameo, double goldstein, String plover, String modality, LocalDate date) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            int sourceStart = start;
            text.append(sourceText).append(' ');
            int triggerStart = text.length();
            text.append(trigger);
            Integer targetStart = null;
            if (targetText != null) {
                text.append(' ');
                targetStart = text.length();
                text.append(targetText);
            }
            text.append(rest);
            int end = text.length();
            int root = Integer.parseInt(cameo.substring(0, 2));
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            mentions.add(new MentionRow(id + "-s" + sentences + "-e0", date, "article", sentences,
                    text.substring(start, end), start, end,
                    sourceText, sourceCode, sourceCode.substring(0, 3), sourceCode.length() > 3 ? sourceCode.substring(3) : null,
                    sourceStart, sourceStart + sourceText.length(), "dictionary",
                    targetText, targetCode, targetCode == null ? null : targetCode.substring(0, 3),
                    targetCode == null || targetCode.length() <= 3 ? null : targetCode.substring(3),
                    targetStart, targetStart == null ? null : targetStart + targetText.length(),
                    targetText == null ? null : "dictionary",
                    trigger, triggerStart, triggerStart + trigger.length(), cameo, "name of " + cameo,
                    cameo.substring(0, 2), quad, goldstein, plover, null, null, modality, 0.8));
            sentences++;
            return this;
        }

        /** Plain text between events. */
        Article text(String words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(words);
            sentences++;
            return this;
        }
    }

    Article article(String id, String url, String source, String title, LocalDate published) {
        current = new Article(id, url, source, title, published);
        articles.add(new Object[] {current});
        return current;
    }

    /** Writes every article into a new store at {@code db}, one transaction. */
    void write(Path db) {
        try (Store store = Store.openForWriting(db); StoreWriter writer = new StoreWriter(store)) {
            for (Object[] o : articles) {
                Article a = (Article) o[0];
                String text = a.text.toString();
                ArticleRecord record = new ArticleRecord(a.id, a.url, a.source, a.title, a.published, "header",
                        ArticleRecord.contentHash(text), text.length(), "test", LocalDateTime.of(2025, 1, 1, 0, 0),
                        a.id + ".txt", text);
                writer.add(record, a.mentions, writer.decide(record));
            }
            writer.flush();
            store.checkpoint();
        }
    }
}
