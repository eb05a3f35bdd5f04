package org.attache.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * An HTML page: the title and publication date from {@code <meta>} and Open Graph tags, the text from the
 * paragraphs of {@code <article>} (or of the body when there is none), one paragraph a line. Navigation, scripts,
 * headers and footers are dropped.
 */
public final class HtmlReader implements ArticleReader {

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        String html = TextDecoder.decode(in.readAllBytes());
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe, template").remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        StringBuilder text = new StringBuilder();
        Elements blocks = root.select("p, h1, h2, h3, li, blockquote");
        if (blocks.isEmpty()) {
            text.append(root.text());
        }
        for (Element block : blocks) {
            if (!block.select("p, li").isEmpty() && !block.tagName().equals("p")) {
                continue; // a container: its own paragraphs are listed separately
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        String body = text.toString().strip();
        if (body.isEmpty()) {
            throw new InputRejectedException("HTML page has no text");
        }
        String title = firstNonBlank(meta(page, "og:title"), page.title());
        String url = firstNonBlank(meta(page, "og:url"), linkHref(page, "canonical"));
        String source = meta(page, "og:site_name");
        String dateText = firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
                meta(page, "pubdate"), meta(page, "dc.date"));
        LocalDate date = DateParsing.parseDate(dateText);
        String id = ArticleIds.fromInputName(inputName);
        sink.article(new Article(id, source, url, title, date, date == null ? "none" : "metadata", body, inputName));
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String linkHref(Document page, String rel) {
        Element e = page.selectFirst("link[rel=" + rel + "]");
        return e == null ? null : e.attr("href");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
