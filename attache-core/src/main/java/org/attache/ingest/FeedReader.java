package org.attache.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds (Rome): each entry becomes an article of its full content when the feed carries
 * it, else of its summary, dated by the entry's publication (or update) date. To read the pages the entries link to,
 * see {@link FeedFetcher}.
 */
public final class FeedReader implements ArticleReader {

    /** One entry of a feed, as far as Attaché uses it. */
    public record Entry(String link, String title, LocalDate published, String html, String feedTitle) {
    }

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        List<Entry> entries = entries(PlainTextReader.readCapped(in, IngestLimits.MAX_PAGE_BYTES));
        int index = 0;
        for (Entry entry : entries) {
            index++;
            String text = entry.html() == null ? "" : HtmlArticleExtractor.paragraphText(Jsoup.parseBodyFragment(entry.html()).body());
            String where = inputName + "#" + index;
            if (text.isBlank()) {
                sink.error(new IngestError(inputName, 0, "entry " + index + " (" + entry.link() + ") has no text"));
                continue;
            }
            String id = entry.link() != null ? ArticleIds.fromText(entry.link())
                    : ArticleIds.fromInputName(inputName) + "-" + index;
            sink.article(new Article(id, entry.feedTitle(), entry.link(), entry.title(), entry.published(),
                    entry.published() == null ? "none" : "meta", text, where));
        }
    }

    /**
     * The entries of a feed document.
     *
     * @throws InputRejectedException when the document is not a feed Rome can read
     */
    public static List<Entry> entries(byte[] document) throws IOException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new java.io.ByteArrayInputStream(document)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputRejectedException("not a readable RSS/Atom feed: " + firstLine(e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String html = null;
            for (SyndContent content : entry.getContents()) {
                if (content.getValue() != null && !content.getValue().isBlank()) {
                    html = content.getValue();
                    break;
                }
            }
            if (html == null && entry.getDescription() != null) {
                html = entry.getDescription().getValue();
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            String link = entry.getLink() != null ? entry.getLink().strip() : entry.getUri();
            entries.add(new Entry(link, entry.getTitle() == null ? null : entry.getTitle().strip(), published, html,
                    feed.getTitle()));
        }
        return entries;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
