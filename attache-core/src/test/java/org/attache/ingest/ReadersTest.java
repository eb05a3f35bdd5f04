package org.attache.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadersTest {

    static final class CollectingSink implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<IngestError> errors = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void error(IngestError error) {
            errors.add(error);
        }

        @Override
        public void skipped(Article article, String reason) {
            skipped.add(article.input() + ": " + reason);
        }
    }

    @Test
    void plainTextHeaderIsParsedAndKeptOutOfTheText() throws Exception {
        String content = "Title: Envoy visits Islamabad\nDate: 2018-01-16\nSource: Test Wire\nURL: https://example.org/a\n\n"
                + "Pakistan hosted a US envoy.\nShe met officials.";
        CollectingSink sink = new CollectingSink();
        new PlainTextReader().read("dir/envoy.txt", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), sink);
        assertThat(sink.errors).isEmpty();
        Article a = sink.articles.get(0);
        assertThat(a.id()).isEqualTo("envoy");
        assertThat(a.title()).isEqualTo("Envoy visits Islamabad");
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 1, 16));
        assertThat(a.dateOrigin()).isEqualTo("header");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.text()).isEqualTo("Pakistan hosted a US envoy.\nShe met officials.");
    }

    @Test
    void textWithoutHeaderIsAllBody() throws Exception {
        String content = "Pakistan Today\n\nPak-US diplomatic engagement\n\nPakistan did not expect the message.";
        CollectingSink sink = new CollectingSink();
        new PlainTextReader().read("x.txt", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), sink);
        assertThat(sink.articles.get(0).text()).isEqualTo(content);
        assertThat(sink.articles.get(0).published()).isNull();
        assertThat(sink.articles.get(0).dateOrigin()).isEqualTo("none");
    }

    @Test
    void badInputsAreReportedByNameAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 in Bogot\u00e1".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("d-good.txt"), "Pakistan hosted a US envoy.");
        Files.writeString(dir.resolve("e-lines.jsonl"), "{\"id\":\"one\",\"text\":\"Iran criticised Israel.\"}\n"
                + "{not json\n[1,2]\n{\"id\":\"four\",\"text\":\"India met Nepal.\",\"published\":\"2020-02-30\"}\n");
        CollectingSink sink = new CollectingSink();
        new InputCollector(new ByteArrayInputStream(new byte[0])).collect(List.of(dir.toString(), dir.resolve("missing.txt").toString()), sink);

        assertThat(sink.articles).extracting(Article::id).containsExactly("d-good", "one", "four");
        assertThat(sink.errors).extracting(IngestError::describe).satisfiesExactly(
                e -> assertThat(e).contains("a-binary.txt").contains("binary"),
                e -> assertThat(e).contains("b-empty.txt").contains("empty"),
                e -> assertThat(e).contains("c-latin1.txt").contains("UTF-8"),
                e -> assertThat(e).contains("e-lines.jsonl:2").contains("malformed JSON"),
                e -> assertThat(e).contains("e-lines.jsonl:3").contains("not a JSON object"),
                e -> assertThat(e).contains("e-lines.jsonl:4").contains("2020-02-30"),
                e -> assertThat(e).contains("missing.txt").contains("no such file"));
    }

    @Test
    void htmlGivesTitleDateAndParagraphsWithoutNavigation() throws Exception {
        String html = "<html><head><title>Site | Story</title><meta property=\"og:title\" content=\"Story\">"
                + "<meta property=\"article:published_time\" content=\"2023-05-04T09:00:00Z\"></head><body>"
                + "<nav><ul><li>Home</li><li>World</li></ul></nav><article><h1>Story</h1><p>Egypt hosted talks.</p>"
                + "<p>Sudan's army <b>rejected</b> the plan.</p></article><footer>(c) 2023</footer></body></html>";
        CollectingSink sink = new CollectingSink();
        new HtmlReader().read("page.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), sink);
        Article a = sink.articles.get(0);
        assertThat(a.title()).isEqualTo("Story");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(a.text()).isEqualTo("Story\nEgypt hosted talks.\nSudan's army rejected the plan.");
    }

    @Test
    void standardInputIsSniffedForJsonLines() {
        String jsonl = "{\"id\":\"s1\",\"text\":\"Chile thanked Peru.\"}\n";
        CollectingSink sink = new CollectingSink();
        new InputCollector(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8))).collect(List.of("-"), sink);
        assertThat(sink.articles).extracting(Article::id).containsExactly("s1");
    }

    @Test
    void publicationDatesInCommonLayouts() {
        assertThat(DateParsing.parseDate("2021-09-01")).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(DateParsing.parseDate("2021-09-01T23:30:00+05:00")).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(DateParsing.parseDate("Tue, 3 Jun 2008 11:05:30 GMT")).isEqualTo(LocalDate.of(2008, 6, 3));
        assertThat(DateParsing.parseDate("January 4, 2019")).isEqualTo(LocalDate.of(2019, 1, 4));
        assertThat(DateParsing.parseDate("yesterday")).isNull();
        assertThat(DateParsing.parseDate("2019-13-45")).isNull();
    }
}
