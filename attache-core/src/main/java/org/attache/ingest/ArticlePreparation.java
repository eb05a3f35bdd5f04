package org.attache.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What every article goes through between its reader and the coder, whatever its format: the scraper's leftovers
 * are cleaned away and captions, bylines and editor's notes marked ({@link ArticleCleaner}); an undated article gets
 * the date of its dateline ({@link Datelines}); an article in another language than English is skipped
 * ({@link LanguageCheck}).
 *
 * <p>Usable on its own (e.g. by a Spark job over {@link WarcArticleReader}) or as a sink in front of another
 * ({@link #before(ArticleSink)}).
 */
public final class ArticlePreparation {
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final boolean englishOnly;

    /** Told about every article that is skipped, with the reason. */
    public interface Notices {
        void skipped(Article article, String reason);
    }

    public ArticlePreparation(boolean englishOnly) {
        this.englishOnly = englishOnly;
    }

    /** The cleaned, dated article; or null when it is skipped, after telling {@code notices} why. */
    public Article prepare(Article article, LocalDate dateReference, Notices notices) {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(article.text());
        if (cleaned.text().isBlank()) {
            notices.skipped(article, "nothing left after removing page furniture");
            return null;
        }
        List<TextSection> sections = new ArrayList<>(article.sections());
        for (TextSection found : cleaned.sections()) {
            if (sections.stream().noneMatch(known -> known.start() < found.end() && found.start() < known.end())) {
                sections.add(found);
            }
        }
        sections.sort(Comparator.comparingInt(TextSection::start));
        Article prepared = article.withText(cleaned.text(), sections);
        if (prepared.published() == null) {
            LocalDate dateline = Datelines.find(cleaned.text(), dateReference);
            if (dateline != null) {
                prepared = prepared.withPublished(dateline, "dateline");
            }
        }
        if (englishOnly) {
            String language = LanguageCheck.shared().language(cleaned.text());
            if (language != null && !language.equals("en")) {
                notices.skipped(prepared, "not English (language detected: " + language + ")");
                return null;
            }
        }
        return prepared;
    }

    /** A sink that prepares every article before handing it to {@code next}; errors pass through. */
    public ArticleSink before(ArticleSink next) {
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                Article prepared = prepare(article, null, next::skipped);
                if (prepared != null) {
                    next.article(prepared);
                }
            }

            @Override
            public void error(IngestError error) {
                next.error(error);
            }

            @Override
            public void skipped(Article article, String reason) {
                next.skipped(article, reason);
            }
        };
    }
}
