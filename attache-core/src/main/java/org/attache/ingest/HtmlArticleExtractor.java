package org.attache.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a parsed HTML page into an article. The title, canonical URL, source and publication date come from
 * {@code <meta>}, Open Graph and JSON-LD ({@code NewsArticle} and kin); the text is the page's main content as
 * Readability4J (a port of Mozilla's Readability) finds it, one paragraph a line, with photo captions
 * ({@code <figcaption>}) and bylines ({@code class/rel/itemprop="author|byline"}) marked as such. When Readability
 * finds nothing (or the page is too deeply nested for its recursive walk) the paragraphs of {@code <article>}, else
 * of the body, are taken with navigation, scripts, headers, footers and asides removed.
 *
 * <p>Shared by every reader that meets HTML: files, WARC records, pages linked from feeds.
 */
public final class HtmlArticleExtractor {
    /** Readability walks the tree recursively; deeper pages are hostile or broken and get the iterative fallback. */
    private static final int MAX_READABILITY_DEPTH = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "div", "section", "article", "main", "td", "th", "tr", "br", "pre", "dd", "dt", "caption",
            "header", "footer", "aside", "ul", "ol", "table", "figure", "hr");
    private static final String BYLINE_SELECTOR = "[class~=(?i)byline|author],[rel=author],[itemprop=author]";

    /**
     * @param fallbackUrl the address the page was fetched from, used when the page names no canonical URL
     * @return the article, or null when the page has no text
     */
    public Article extract(Document page, String id, String inputName, String fallbackUrl) {
        JsonNode ld = newsArticleJsonLd(page);
        String title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), ld(ld, "headline"),
                page.title());
        String url = firstNonBlank(linkHref(page, "canonical"), meta(page, "og:url"), ld(ld, "url"), fallbackUrl);
        String source = firstNonBlank(meta(page, "og:site_name"), ld(ld, "publisher/name"),
                meta(page, "application-name"));
        String dateText = firstNonBlank(meta(page, "article:published_time"), ld(ld, "datePublished"),
                itemprop(page, "datePublished"), meta(page, "date"), meta(page, "pubdate"), meta(page, "dc.date"),
                meta(page, "dc.date.issued"), meta(page, "parsely-pub-date"), meta(page, "sailthru.date"),
                timePubdate(page));
        LocalDate date = DateParsing.parseDate(dateText);

        Paragraphs body = mainContent(page, url);
        if (onlyTitle(body.text(), title, page.title())) {
            return null;
        }
        return new Article(id, source, url, title, date, date == null ? "none" : "meta", body.text(), inputName,
                body.sections());
    }

    /** Nothing but the page's title (Readability offers the title when a page has no content). */
    private static boolean onlyTitle(String text, String... titles) {
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            boolean isTitle = false;
            for (String title : titles) {
                isTitle |= title != null && stripped.equalsIgnoreCase(title.strip());
            }
            if (!stripped.isEmpty() && !isTitle) {
                return false;
            }
        }
        return true;
    }

    /** Text and marked sections of a content element. */
    record Paragraphs(String text, List<TextSection> sections) {
    }

    private static Paragraphs mainContent(Document page, String url) {
        Paragraphs fromReadability = null;
        if (depth(page) <= MAX_READABILITY_DEPTH) {
            Document copy = page.clone();
            copy.select("script, style, noscript, template").remove();
            try {
                net.dankito.readability4j.Article found = new Readability4J(url == null ? "" : url, copy).parse();
                Element content = found.getArticleContent();
                if (content != null) {
                    fromReadability = withByline(paragraphs(content), found.getByline());
                }
            } catch (RuntimeException readabilityFailed) {
                // a page Readability cannot handle: the fallback below still gets its paragraphs
            }
        }
        if (fromReadability != null && !fromReadability.text().isBlank()) {
            return fromReadability;
        }
        Document copy = page.clone();
        copy.select("script, style, noscript, nav, header, footer, aside, form, iframe, template").remove();
        Element root = copy.selectFirst("article");
        return paragraphs(root != null ? root : copy.body());
    }

    /** Readability takes the byline out of the content; it is put back in front, marked as such. */
    private static Paragraphs withByline(Paragraphs body, String byline) {
        if (byline == null || byline.isBlank() || body.text().isBlank()) {
            return body;
        }
        String line = byline.strip().replaceAll("\\s+", " ");
        if (body.text().contains(line)) {
            return body;
        }
        int shift = line.length() + 1;
        List<TextSection> sections = new ArrayList<>();
        sections.add(new TextSection(0, line.length(), TextSection.Role.BYLINE));
        for (TextSection s : body.sections()) {
            sections.add(new TextSection(s.start() + shift, s.end() + shift, s.role()));
        }
        return new Paragraphs(line + "\n" + body.text(), sections);
    }

    /** The text of an element, one block a line, walking the tree without recursion. */
    public static String paragraphText(Element root) {
        return paragraphs(root).text();
    }

    static Paragraphs paragraphs(Element root) {
        StringBuilder text = new StringBuilder();
        List<TextSection> sections = new ArrayList<>();
        Set<Element> marked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        marked.addAll(root.select("figcaption"));
        marked.addAll(root.select(BYLINE_SELECTOR));
        int[] sectionStart = {-1};
        Element[] open = {null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String words = t.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
                    if (text.length() == 0 || endsWithBreak(text) || text.charAt(text.length() - 1) == ' ') {
                        words = words.stripLeading();
                    }
                    text.append(words);
                } else if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        lineBreak(text);
                    }
                    if (open[0] == null && marked.contains(e)) {
                        open[0] = e;
                        sectionStart[0] = text.length();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        lineBreak(text);
                    }
                    if (open[0] == e) {
                        int end = text.length();
                        while (end > sectionStart[0] && Character.isWhitespace(text.charAt(end - 1))) {
                            end--;
                        }
                        if (end > sectionStart[0]) {
                            TextSection.Role role = e.normalName().equals("figcaption")
                                    ? TextSection.Role.CAPTION : TextSection.Role.BYLINE;
                            sections.add(new TextSection(sectionStart[0], end, role));
                        }
                        open[0] = null;
                    }
                }
            }
        }, root);
        String result = text.toString();
        int end = result.length();
        while (end > 0 && Character.isWhitespace(result.charAt(end - 1))) {
            end--;
        }
        return new Paragraphs(result.substring(0, end), sections);
    }

    private static boolean endsWithBreak(StringBuilder text) {
        return text.charAt(text.length() - 1) == '\n';
    }

    private static void lineBreak(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        if (text.length() > 0 && !endsWithBreak(text)) {
            text.append('\n');
        }
    }

    private static int depth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), page);
        return max[0];
    }

    /** The first JSON-LD object of a news or article type (also inside an {@code @graph}), or null. */
    private static JsonNode newsArticleJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                JsonNode found = findArticle(root);
                if (found != null) {
                    return found;
                }
            } catch (Exception malformedJsonLd) {
                // pages often carry broken JSON-LD; the meta tags may still say what is needed
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        String types = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
        if (types.contains("article") || types.contains("posting") || types.contains("report")) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static String ld(JsonNode ld, String path) {
        if (ld == null) {
            return null;
        }
        JsonNode value = ld.at("/" + path);
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isValueNode() ? value.asText() : null;
    }

    private static String meta(Document page, String name) {
        for (Element e : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static String itemprop(Document page, String name) {
        Element e = page.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        return firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
    }

    private static String timePubdate(Document page) {
        Element e = page.selectFirst("time[pubdate][datetime]");
        return e == null ? null : e.attr("datetime");
    }

    private static String linkHref(Document page, String rel) {
        Element e = page.selectFirst("link[rel=" + rel + "]");
        return e == null ? null : e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
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
