package org.attache.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CompressedAndLargeInputTest {

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static ReadersTest.CollectingSink collect(List<String> paths) {
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new InputCollector(InputStream.nullInputStream()).collect(paths, sink);
        return sink;
    }

    private static String jsonLines(int n) {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            lines.append("{\"id\":\"line-").append(i).append("\",\"text\":\"Article ").append(i)
                    .append(": India and Nepal agreed to reopen trade routes closed since the floods, officials said.")
                    .append(" The ").append(i).append("th round of talks is planned for spring.\"}\n");
        }
        return lines.toString();
    }

    @Test
    void gzipOfEveryFormatIsRecognisedByItsMagicBytes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.jsonl.gz"), gzip(jsonLines(3)));
        Files.write(dir.resolve("b.txt.gz"), gzip("Title: Border talks\n\nChile and Peru held border talks."));
        Files.write(dir.resolve("c.gz"), gzip("<html><head><title>T</title></head><body><article><p>Kenya and"
                + " Somalia restored ties.</p></article></body></html>"));
        Path misnamed = dir.resolve("d.txt");
        Files.write(misnamed, gzip("Ghana and Togo signed a pact."));
        ReadersTest.CollectingSink sink = collect(List.of(dir.toString()));

        assertThat(sink.errors).isEmpty();
        assertThat(sink.articles).extracting(Article::text).containsExactly(
                "Article 1: India and Nepal agreed to reopen trade routes closed since the floods, officials said. The 1th round of talks is planned for spring.",
                "Article 2: India and Nepal agreed to reopen trade routes closed since the floods, officials said. The 2th round of talks is planned for spring.",
                "Article 3: India and Nepal agreed to reopen trade routes closed since the floods, officials said. The 3th round of talks is planned for spring.",
                "Chile and Peru held border talks.",
                "Kenya and Somalia restored ties.",
                "Ghana and Togo signed a pact.");
        assertThat(sink.articles.get(3).title()).isEqualTo("Border talks");
    }

    @Test
    void gzippedStandardInputIsRecognised() throws Exception {
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new InputCollector(new java.io.ByteArrayInputStream(gzip(jsonLines(2)))).collect(List.of("-"), sink);
        assertThat(sink.errors).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("line-1", "line-2");
        assertThat(sink.articles.get(0).input()).isEqualTo("<stdin>:1");
    }

    @Test
    void truncatedGzipKeepsTheArticlesBeforeAndSaysWhere(@TempDir Path dir) throws Exception {
        byte[] whole = gzip(jsonLines(2000));
        Files.write(dir.resolve("a-cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(dir.resolve("b-after.txt"), "Chile and Peru held border talks.");
        ReadersTest.CollectingSink sink = collect(List.of(dir.toString()));

        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.describe())
                .matches(".*a-cut\\.jsonl\\.gz:\\d+: truncated or damaged gzip data \\(compressed input ends at byte \\d+\\).*"));
        long line = sink.errors.get(0).line();
        List<String> ids = sink.articles.stream().map(Article::id).toList();
        assertThat(ids).hasSize((int) line - 1 + 1).startsWith("line-1", "line-2").endsWith("b-after");
        assertThat(ids.get(ids.size() - 2)).isEqualTo("line-" + (line - 1));
    }

    @Test
    void fiftyMegabyteSingleLineFilesAreRefusedWithoutReadingThemWhole(@TempDir Path dir) throws Exception {
        byte[] chunk = "Iran and Iraq talked. ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("huge.txt", "huge.jsonl")) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                if (name.endsWith(".jsonl")) {
                    out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
                }
                for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                    out.write(chunk);
                }
                if (name.endsWith(".jsonl")) {
                    out.write("\"}\n{\"id\":\"small\",\"text\":\"Chile and Peru held talks.\"}\n"
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        Files.writeString(dir.resolve("small.txt"), "Ghana and Togo signed a pact.");
        Runtime runtime = Runtime.getRuntime();
        ReadersTest.CollectingSink sink = collect(List.of(dir.toString()));

        assertThat(sink.articles).extracting(Article::id).containsExactly("small", "small");
        assertThat(sink.errors).extracting(IngestError::describe).satisfiesExactly(
                e -> assertThat(e).contains("huge.jsonl:1: line longer than 4 MB"),
                e -> assertThat(e).contains("huge.txt: larger than 4 MB"));
        assertThat(runtime.totalMemory()).isLessThan(runtime.maxMemory());
    }

    @Test
    void jsonFieldMappingReadsOtherSchemas() throws Exception {
        String line = "{\"guid\":\"g-1\",\"headline\":\"Talks\",\"body\":\"Chile and Peru held talks.\","
                + "\"meta\":{\"date\":\"2020-05-06\",\"outlet\":\"Andes Post\"}}\n[1,2]\n\"just a string\"\n";
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new JsonLinesReader(FieldMapping.parse(List.of("id=guid", "title=headline", "text=body",
                "published=meta.date", "source=meta.outlet")))
                .read("dump.jsonl", new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), sink);
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("g-1");
            assertThat(a.title()).isEqualTo("Talks");
            assertThat(a.text()).isEqualTo("Chile and Peru held talks.");
            assertThat(a.published()).isEqualTo(java.time.LocalDate.of(2020, 5, 6));
            assertThat(a.source()).isEqualTo("Andes Post");
        });
        assertThat(sink.errors).extracting(IngestError::describe)
                .containsExactly("dump.jsonl:2: not a JSON object", "dump.jsonl:3: not a JSON object");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> FieldMapping.parse(List.of("body=text"))))
                .hasMessageContaining("'body' is not an article field");
    }

    @Test
    void invalidUtf8AndBinaryNamedTxtAreRejectedByName(@TempDir Path dir) throws Exception {
        byte[] bad = "Chile and Peru held talks.\nThe second line has a bad byte: \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("a-latin1.txt"), bad);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(dir.resolve("c-good.txt"), "Ghana and Togo signed a pact.");
        ReadersTest.CollectingSink sink = collect(List.of(dir.toString()));
        assertThat(sink.articles).extracting(Article::id).containsExactly("c-good");
        assertThat(sink.errors).extracting(IngestError::describe).satisfiesExactly(
                e -> assertThat(e).startsWith(dir.resolve("a-latin1.txt") + ":2: not valid UTF-8 (byte offset 59, line 2)"),
                e -> assertThat(e).startsWith(dir.resolve("b-binary.txt") + ": binary content"));
    }
}
