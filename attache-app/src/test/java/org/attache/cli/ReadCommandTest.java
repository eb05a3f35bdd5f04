package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code attache read}: what the coder is given, after reading, cleaning and dating. */
class ReadCommandTest {

    @Test
    void seedsAreCleanedAndTheirSectionsMarked() throws Exception {
        Path blog = SharedData.require("seeds/003_965ce79273424c25.txt");
        Path editorial = SharedData.require("seeds/000_098fdc8fca238d34.txt");
        CliRun run = CliRun.run("read", blog.toString(), editorial.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> articles = run.records();
        assertThat(articles).hasSize(2);

        JsonNode reprint = articles.get(0);
        String raw = Files.readString(blog);
        String text = reprint.get("text").asText();
        assertThat(text).hasSameSizeAs(raw).doesNotContain("Read more").doesNotContain("Post a Comment")
                .doesNotContain("Response to");
        assertThat(reprint.get("sections")).extracting(s -> s.get("role").asText())
                .containsExactly("caption", "editor_note");
        assertThat(reprint.at("/sections/0/start").asInt()).isZero();
        assertThat(reprint.at("/sections/0/text").asText()).endsWith(", File");
        assertThat(reprint.at("/sections/1/start").asInt()).isEqualTo(raw.indexOf("WNU Editor:"));
        assertThat(reprint.at("/sections/1/text").asText()).endsWith("have been a flood.");
        assertThat(reprint.get("date_source").asText()).isEqualTo("none");

        assertThat(articles.get(1).get("text").asText()).doesNotContain("Exit mobile version");
    }

    @Test
    void warcRecordsAndATruncatedRecord(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 1; i <= 3; i++) {
                String html = "<html><head><title>Story " + i + "</title></head><body><article><p>KABUL, Jan. 2" + i
                        + " (Reuters) - Afghan and Pakistani officials met in Kabul on border trade, round " + i
                        + ".</p></article></body></html>";
                writer.write(new WarcResponse.Builder("https://news.example/" + i)
                        .date(java.time.Instant.parse("2019-02-01T00:00:00Z"))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                                html.getBytes(StandardCharsets.UTF_8)).build())
                        .build());
            }
        }
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));
        Files.delete(warc);

        CliRun run = CliRun.run("read", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.records()).extracting(r -> r.get("url").asText())
                .containsExactly("https://news.example/1", "https://news.example/2");
        assertThat(run.records()).extracting(r -> r.get("published").asText() + " " + r.get("date_source").asText())
                .containsExactly("2019-01-21 dateline", "2019-01-22 dateline");
        assertThat(run.err()).containsPattern("cut\\.warc\\.gz: truncated record #3 at byte \\d+");
        assertThat(run.err()).contains("read 2 articles");
    }
}
