package org.attache.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarcArticleReaderTest {

    /** What Common Crawl News writes: a request and a response per page, some responses not usable HTML. */
    static Path writeNewsWarc(Path file, WarcCompression compression) throws Exception {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            writer.write(new WarcRequest.Builder("https://news.example/kabul")
                    .body(new HttpRequest.Builder("GET", "/kabul").build()).build());
            writer.write(response("https://news.example/kabul", 200, MediaType.HTML_UTF8, page(
                    "Envoy meets Taliban", "2019-01-25", "<p>The US envoy met Taliban negotiators in Doha.</p>")));
            writer.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}));
            writer.write(response("https://news.example/gone", 404, MediaType.HTML_UTF8,
                    page("Not found", null, "<p>Nothing here.</p>")));
            writer.write(response("https://news.example/tehran", 200, MediaType.parse("text/html; charset=windows-1252"),
                    page("Caf\u00e9 talks", null, "<p>Iran criticised the caf\u00e9 summit.</p>")
                            .clone()));
            writer.write(response("https://news.example/delhi", 200, MediaType.HTML_UTF8, page(
                    "India and Nepal", "2020-03-02T08:00:00Z", "<p>India met Nepal over the border.</p>")));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, MediaType type, byte[] body) throws Exception {
        byte[] payload = type.parameters().containsKey("charset") && type.parameters().get("charset").equals("windows-1252")
                ? new String(body, StandardCharsets.UTF_8).getBytes("windows-1252") : body;
        return new WarcResponse.Builder(url)
                .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, payload).build())
                .build();
    }

    private static byte[] page(String title, String date, String body) {
        String meta = date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "\">";
        return ("<html><head><title>" + title + "</title>" + meta + "</head><body><nav>Home | World</nav><article>"
                + body + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void responseRecordsWithHtmlBecomeArticles(@TempDir Path dir) throws Exception {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path file = writeNewsWarc(dir.resolve("news" + (compression == WarcCompression.GZIP ? ".warc.gz" : ".warc")),
                    compression);
            ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
            try (InputStream in = Files.newInputStream(file)) {
                new WarcArticleReader().read(file.toString(), in, sink);
            }
            assertThat(sink.errors).isEmpty();
            assertThat(sink.articles).extracting(Article::url).containsExactly(
                    "https://news.example/kabul", "https://news.example/tehran", "https://news.example/delhi");
            Article kabul = sink.articles.get(0);
            assertThat(kabul.title()).isEqualTo("Envoy meets Taliban");
            assertThat(kabul.text()).isEqualTo("The US envoy met Taliban negotiators in Doha.");
            assertThat(kabul.published()).isEqualTo(LocalDate.of(2019, 1, 25));
            assertThat(kabul.input()).startsWith(file + "@");
            assertThat(sink.articles.get(1).text()).isEqualTo("Iran criticised the caf\u00e9 summit.");
            assertThat(sink.articles.get(2).published()).isEqualTo(LocalDate.of(2020, 3, 2));
            assertThat(sink.articles).extracting(Article::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void truncatedRecordIsReportedWithItsOffsetAndEarlierArticlesAreKept(@TempDir Path dir) throws Exception {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path whole = writeNewsWarc(dir.resolve("whole-" + compression), compression);
            byte[] bytes = Files.readAllBytes(whole);
            byte[] cut = Arrays.copyOf(bytes, bytes.length - 60);
            ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
            new WarcArticleReader().read("cut.warc", new ByteArrayInputStream(cut), sink);

            assertThat(sink.articles).extracting(Article::url)
                    .containsExactly("https://news.example/kabul", "https://news.example/tehran");
            assertThat(sink.errors).hasSize(1);
            String error = sink.errors.get(0).describe();
            assertThat(error).startsWith("cut.warc: truncated record").containsPattern("at byte \\d+");
        }
    }

    @Test
    void collectorChoosesTheWarcReaderByExtensionAndContent(@TempDir Path dir) throws Exception {
        Path file = writeNewsWarc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        ReadersTest.CollectingSink fromDirectory = new ReadersTest.CollectingSink();
        new InputCollector(InputStream.nullInputStream()).collect(List.of(dir.toString()), fromDirectory);
        assertThat(fromDirectory.articles).hasSize(3);

        ReadersTest.CollectingSink fromStdin = new ReadersTest.CollectingSink();
        new InputCollector(Files.newInputStream(file)).collect(List.of("-"), fromStdin);
        assertThat(fromStdin.errors).isEmpty();
        assertThat(fromStdin.articles).hasSize(3);
    }
}
