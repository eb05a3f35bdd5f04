package org.attache.cli;

import com.sun.net.httpserver.HttpServer;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code attache ingest} over every input kind at once: mapped JSON, a cut gzip, another language, a feed. */
class IngestFormatsCommandTest {

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void mappedJsonFeedsOtherLanguagesAndBrokenInputsInOneRun(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-dump.jsonl"),
                "{\"guid\":\"d-1\",\"body\":\"CHL>PER:042 Chile and Peru held talks.\",\"meta\":{\"date\":\"2020-05-06\"}}\n"
                        + "[\"not\",\"an\",\"object\"]\n");
        Files.writeString(in.resolve("b-french.txt"), "Le gouvernement français a annoncé mardi une nouvelle réforme"
                + " des retraites, malgré les grèves qui paralysent le pays depuis plusieurs semaines et l'opposition"
                + " des syndicats. FRA>DEU:042");
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            many.append("{\"guid\":\"z-").append(i).append("\",\"body\":\"IND>NPL:036 India and Nepal talk, round ")
                    .append(i).append(".\"}\n");
        }
        byte[] whole = gzip(many.toString());
        Files.write(in.resolve("c-cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/feed.xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gulf Wire</title>"
                        + "<link>" + base + "</link><description>d</description>"
                        + "<item><title>Pact</title><link>" + base + "/p/1</link><pubDate>Mon, 04 May 2020 08:00:00 GMT</pubDate></item>"
                        + "<item><title>Down</title><link>" + base + "/p/500</link></item></channel></rss>";
                case "/p/1" -> "<html><body><article><p>GHA>TGO:057 Ghana and Togo signed a pact.</p></article></body></html>";
                case "/robots.txt" -> "User-agent: *\nDisallow: /private/\n";
                default -> null;
            };
            byte[] bytes = (body == null ? "error" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 500 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        StringWriter err = new StringWriter();
        int exit;
        String db = dir.resolve("store.duckdb").toString();
        try {
            exit = StubCoderIngest.commandLine().setErr(new PrintWriter(err, true)).setOut(new PrintWriter(new StringWriter()))
                    .execute("--db", db, "--field", "id=guid", "--field", "text=body", "--field", "published=meta.date",
                            "--feed", base + "/feed.xml", "--feed-delay", "0", in.toString());
        } finally {
            server.stop(0);
        }

        String log = err.toString();
        assertThat(exit).as(log).isEqualTo(IngestCommand.FAILED);
        assertThat(log).contains(in.resolve("a-dump.jsonl") + ":2: not a JSON object")
                .contains("b-french.txt: skipped, not English (language detected: fr)")
                .contains("skipped 1 non-English article")
                .containsPattern("attache: [\\d,]+ articles: [\\d,]+ coded \\([\\d,]+ with events\\), 1 skipped \\(1 not English\\)")
                .containsPattern("c-cut\\.jsonl\\.gz:\\d+: truncated or damaged gzip data \\(compressed input ends at byte \\d+\\)")
                .contains(base + "/p/500: page not fetched: HTTP 500");
        try (Store store = Store.openForReading(Path.of(db))) {
            long cut = store.count("SELECT count(*) FROM articles WHERE article_id LIKE 'z-%'");
            assertThat(cut).isBetween(100L, 2999L);
            assertThat(store.count("SELECT count(*) FROM articles")).isEqualTo(cut + 2);
            assertThat(store.count("SELECT count(*) FROM articles WHERE article_id = 'd-1' AND date_origin = 'meta'"
                    + " AND published = DATE '2020-05-06'")).isEqualTo(1);
            assertThat(store.count("SELECT count(*) FROM articles WHERE url = '" + base + "/p/1'"
                    + " AND published = DATE '2020-05-04' AND outlet = 'Gulf Wire'")).isEqualTo(1);
            assertThat(store.count("SELECT count(*) FROM articles WHERE text_length > 0 AND article_id LIKE 'b-french%'"))
                    .isZero();
        }
    }
}
