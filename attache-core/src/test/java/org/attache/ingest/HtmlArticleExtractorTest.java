package org.attache.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorTest {
    private static final Path WEB = Path.of("..", "examples", "articles", "web");

    private static Article read(String name, String html) throws Exception {
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new InputCollector(InputStream.nullInputStream()).read(name, name,
                new java.io.BufferedInputStream(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))), sink);
        assertThat(sink.errors).isEmpty();
        assertThat(sink.articles).hasSize(1);
        return sink.articles.get(0);
    }

    @Test
    void bundledWebPagesKeepTheStoryAndDropTheSite() throws Exception {
        String html = Files.readString(WEB.resolve("armenia-azerbaijan-talks.html"));
        Article article = read("armenia-azerbaijan-talks.html", html);

        assertThat(article.title()).isEqualTo("Armenia and Azerbaijan end Washington talks without a peace deal");
        assertThat(article.url()).isEqualTo("https://example.org/samples/web/armenia-azerbaijan-talks");
        assertThat(article.source()).isEqualTo("Attaché Sample Wire");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(article.dateOrigin()).isEqualTo("meta");
        assertThat(article.text()).contains("The foreign ministers of Armenia and Azerbaijan held talks")
                .contains("Armenian and Azerbaijani troops exchanged fire along their shared border")
                .doesNotContain("Related stories").doesNotContain("Privacy").doesNotContain("All rights reserved")
                .doesNotContain("window.dataLayer").doesNotContain("Politics");
        int byline = article.text().indexOf("By Attaché Sample Wire staff");
        assertThat(byline).isNotNegative();
        assertThat(article.sectionAt(byline)).isEqualTo("byline");
        assertThat(article.sectionAt(article.text().indexOf("The foreign ministers"))).isEqualTo("body");
    }

    @Test
    void everyBundledPageYieldsItsParagraphs() throws Exception {
        try (var pages = Files.list(WEB)) {
            for (Path page : pages.sorted().toList()) {
                String html = Files.readString(page);
                Article article = read(page.toString(), html);
                for (org.jsoup.nodes.Element p : org.jsoup.Jsoup.parse(html).select("article p:not(.byline)")) {
                    assertThat(article.text()).as(page.toString()).contains(p.text());
                }
            }
        }
    }

    @Test
    void jsonLdAndCaptionsWithoutArticleTags() throws Exception {
        String html = "<html><head><title>Site | Page</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Harbour Times\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Port strike spreads\",\"datePublished\":\"2024-02-07T10:00:00+01:00\","
                + "\"url\":\"https://harbour.example/strike\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"}}]}"
                + "</script><script>var tracking = 'Share on Facebook';</script></head><body>"
                + "<div class=menu><a href=/>Home</a> <a href=/world>World</a></div>"
                + "<div class=content><figure><img src=a.jpg><figcaption>Dock workers march in Rotterdam on Tuesday."
                + " (AP Photo/Jan Smit)</figcaption></figure>"
                + "<p>Dock workers in three more Dutch cities walked out on Wednesday, the union said, widening a strike"
                + " that has closed the country's largest port for a week.</p>"
                + "<p>The transport minister called on both sides to return to talks and said the government would not"
                + " intervene in the dispute over pay and working hours.</p>"
                + "<p>Employers accused the union of holding the economy hostage and rejected its demand for a 12 percent"
                + " raise, calling it unaffordable for an industry already hit by falling trade.</p></div>"
                + "<div class=footer>Contact us</div></body></html>";
        Article article = read("strike.html", html);
        assertThat(article.title()).isEqualTo("Port strike spreads");
        assertThat(article.url()).isEqualTo("https://harbour.example/strike");
        assertThat(article.source()).isEqualTo("Harbour Times");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(article.text()).contains("walked out on Wednesday").doesNotContain("tracking");
        int caption = article.text().indexOf("Dock workers march");
        assertThat(caption).isNotNegative();
        assertThat(article.sectionAt(caption)).isEqualTo("caption");
        assertThat(article.sectionAt(article.text().indexOf("walked out on Wednesday"))).isEqualTo("body");
    }

    @Test
    void aPageDeclaringAnotherCharsetIsDecodedWithIt(@TempDir Path dir) throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><article>"
                + "<p>Le pr\u00e9sident met the Peruvian envoy \u2013 talks went well.</p></article></body></html>";
        Files.write(dir.resolve("a-cp1252.html"), html.getBytes("windows-1252"));
        Files.write(dir.resolve("b-undeclared.html"), html.replace("windows-1252", "utf-8").getBytes("windows-1252"));
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new InputCollector(InputStream.nullInputStream()).collect(List.of(dir.toString()), sink);
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Caf\u00e9");
            assertThat(a.text()).isEqualTo("Le pr\u00e9sident met the Peruvian envoy \u2013 talks went well.");
        });
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.describe())
                .contains("b-undeclared.html").contains("not valid UTF-8"));
    }

    @Test
    void hundredThousandNestedTagsAreReadWithoutOverflow(@TempDir Path dir) throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000));
        html.append("<p>Deep inside, Peru and Chile signed a border accord on Monday.</p>");
        html.append("</div>".repeat(100_000)).append("<script>").append("x=1;".repeat(50_000)).append("</script></body></html>");
        Path file = dir.resolve("nested.html");
        Files.writeString(file, html);
        Files.writeString(dir.resolve("plain.txt"), "Chile and Peru signed an accord.");
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new InputCollector(InputStream.nullInputStream()).collect(List.of(dir.toString()), sink);

        assertThat(sink.errors).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("nested", "plain");
        assertThat(sink.articles.get(0).text()).isEqualTo("Deep inside, Peru and Chile signed a border accord on Monday.");
    }
}
