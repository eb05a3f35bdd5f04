package org.attache.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.LocalDate;

/**
 * Turns a parsed HTML page into an article: the title, canonical URL, source and publication date from
 * {@code <meta>} and Open Graph tags, the text from the paragraphs of {@code <article>} (or of the body when there
 * is none), one paragraph a line. Shared by every reader that meets HTML (files, WARC records, fetched pages).
 */
public final class HtmlArticleExtractor {

    /**
     * @param fallbackUrl the address the page was fetched from, used when the page names no canonical URL
     * @return the article, or null when the page has no text
     */
    public Article extract(Document page, String id, String inputName, String fallbackUrl) {
        String title = firstNonBlank(meta(page, "og:title"), page.title());
        String url = firstNonBlank(meta(page, "og:url"), linkHref(page, "canonical"), fallbackUrl);
        String source = meta(page, "og:site_name");
        String dateText = firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
                meta(page, "pubdate"), meta(page, "dc.date"));
        LocalDate date = DateParsing.parseDate(dateText);
        String body = bodyText(page);
        if (body.isEmpty()) {
            return null;
        }
        return new Article(id, source, url, title, date, date == null ? "none" : "metadata", body, inputName);
    }

    private static String bodyText(Document page) {
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
        return text.toString().strip();
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
