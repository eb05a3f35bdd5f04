package org.attache.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrupt inputs in the input set (a bad JSON line, a truncated JSONL.gz file, a truncated WARC.gz file, a binary
 * file, an empty file, a missing path) end up in OUTPUT/errors with their input, position and reason; the job succeeds and codes everything else,
 * the articles before the truncation included. Running it again over the same output replaces it: same rows, no
 * duplicates.
 */
class CorruptInputTest {
    private static final String MEETING = "Pakistan's foreign minister met the US ambassador in Islamabad on Tuesday.";
    private static final String AID = "The United States suspended military aid to Pakistan on Monday.";
    private static final String TALKS = "Japan's prime minister met South Korea's president in Tokyo on Friday.";

    @TempDir
    Path work;

    @Test
    void badRecordsGoToTheErrorOutputAndTheJobSucceeds() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("good.jsonl"), line("good-1", MEETING, "2024-03-12") + "\n"
                + "{\"id\": \"broken\", \"text\": \"unterminated\n"
                + line("good-3", AID, "2018-09-03") + "\n");
        byte[] gz = gzip(line("gz-1", TALKS, "2023-03-17") + "\n" + line("gz-2", AID, "2018-09-04") + "\n"
                + noise(60_000) + "\n"); // far beyond the readers' buffers, as a cut in a big file is
        Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length - 1500)); // cut inside the noise
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(in.resolve("binary.txt"), binary);
        Files.write(in.resolve("empty.jsonl"), new byte[0]);
        writeWarc(in.resolve("crawl.warc.gz"), "https://warc.example/delhi", "");
        Path cutWarc = writeWarc(in.resolve("cut.warc.gz"), "https://warc.example/first", noise(60_000));
        byte[] warcBytes = Files.readAllBytes(cutWarc);
        Files.write(cutWarc, Arrays.copyOf(warcBytes, warcBytes.length - 20_000)); // inside the second record
        Path out = work.resolve("out");

        String log = run(in, out);
        assertThat(log).contains("6 errors");

        List<JsonNode> errors = errors(out);
        assertThat(errors).extracting(e -> name(e) + ":" + e.get("position").asLong() + ":" + e.get("stage").asText())
                .containsExactlyInAnyOrder("binary.txt:0:read", "cut.jsonl.gz:3:read", "cut.warc.gz:0:read",
                        "empty.jsonl:0:read", "good.jsonl:2:read", "missing:0:list");
        assertThat(reason(errors, "good.jsonl")).startsWith("malformed JSON");
        assertThat(reason(errors, "cut.jsonl.gz")).contains("ends abruptly in line 3").contains("Unexpected end of ZLIB");
        assertThat(reason(errors, "binary.txt")).isEqualTo("binary content, not text");
        assertThat(reason(errors, "empty.jsonl")).isEqualTo("empty input");
        assertThat(reason(errors, "missing")).isEqualTo("no such file or directory");
        assertThat(reason(errors, "cut.warc.gz")).startsWith("truncated record #2 at byte");

        List<String> coded = articlesWithEvents(out);
        assertThat(coded).containsExactlyInAnyOrder("https://corrupt.example/good-1", "https://corrupt.example/good-3",
                "https://corrupt.example/gz-1", "https://corrupt.example/gz-2", "https://warc.example/delhi",
                "https://warc.example/first");

        // a rerun over the same output (as after a failed attempt) replaces it: nothing doubles
        long mentions = count(out, "mentions");
        long events = count(out, "events");
        run(in, out);
        assertThat(count(out, "mentions")).isEqualTo(mentions);
        assertThat(count(out, "events")).isEqualTo(events);
        assertThat(errors(out)).hasSize(6);
    }

    private String run(Path in, Path out) {
        StringWriter err = new StringWriter();
        int status = new CommandLine(new AttacheSpark()).setErr(new PrintWriter(err))
                .execute("code", "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--partitions", "3",
                        "--input", in.toUri().toString(), work.resolve("missing").toUri().toString(),
                        "--output", out.toUri().toString());
        assertThat(status).as(err.toString()).isZero();
        return err.toString();
    }

    private static String line(String id, String text, String date) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"published\": \"" + date
                + "\", \"url\": \"https://corrupt.example/" + id + "\"}";
    }

    /** A WARC.gz as Common Crawl News writes it (gzip member per record): a news page, then one more page. */
    private static Path writeWarc(Path file, String url, String secondPageText) throws Exception {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            writer.write(page(url, "<p>India's foreign minister met Nepal's prime minister in Kathmandu on"
                    + " Monday.</p>"));
            if (!secondPageText.isEmpty()) {
                writer.write(page(url + "-2", "<p>" + secondPageText + "</p>"));
            }
        }
        return file;
    }

    private static WarcResponse page(String url, String body) throws IOException {
        byte[] html = ("<html><head><title>News</title><meta property=\"article:published_time\""
                + " content=\"2020-03-02\"></head><body><article>" + body + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(url)
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build()).build();
    }

    /** Letters that do not compress much, so the cut falls after the first lines' compressed bytes. */
    private static String noise(int length) {
        java.util.Random random = new java.util.Random(3);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static List<JsonNode> errors(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("errors"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                for (String l : Files.readAllLines(f)) {
                    if (!l.isBlank()) {
                        errors.add(json.readTree(l));
                    }
                }
            }
        }
        return errors;
    }

    private static String name(JsonNode error) {
        String input = error.get("input").asText();
        return input.substring(input.lastIndexOf('/') + 1);
    }

    private static String reason(List<JsonNode> errors, String file) {
        return errors.stream().filter(e -> name(e).equals(file)).findFirst().orElseThrow().get("reason").asText();
    }

    private static List<String> articlesWithEvents(Path out) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT article_url FROM " + parquet(out, "mentions"))) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static long count(Path out, String level) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + parquet(out, level))) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String parquet(Path out, String level) {
        return "read_parquet('" + out.resolve(level).toAbsolutePath() + "/**/*.parquet', hive_partitioning = true)";
    }
}
