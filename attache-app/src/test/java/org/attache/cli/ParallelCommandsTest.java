package org.attache.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** code and ingest give the same output whatever --threads, and their summaries account for every article. */
class ParallelCommandsTest {
    private static final Path SAMPLES = Path.of("..", "examples", "articles");

    @Test
    void codeWritesTheSameEventsInTheSameOrderOnOneAndOnTwoThreads() {
        CliRun one = CliRun.run("code", "--format", "jsonl", "--all-modalities", "--threads", "1", SAMPLES.toString());
        CliRun two = CliRun.run("code", "--format", "jsonl", "--all-modalities", "--threads", "2", SAMPLES.toString());
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.records()).hasSizeGreaterThan(60);
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.err()).contains("29 articles: 29 coded (").contains(", 0 skipped, 0 failed; ");
    }

    @Test
    void ingestStoresTheSameOnOneAndOnTwoThreadsAndCountsEveryArticle(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Date: 2022-03-0" + (1 + i % 9)
                    + "\nURL: https://wire.example/" + i + "\n\nReport " + i + ": USA>PAK:042 and PAK>IND:" + (i % 2 == 0 ? "111" : "190"));
        }
        Files.write(in.resolve("b-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        String[] csv = new String[2];
        for (int threads = 1; threads <= 2; threads++) {
            String db = dir.resolve("store-" + threads + ".duckdb").toString();
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = StubCoderIngest.commandLine().setOut(new java.io.PrintWriter(out, true))
                    .setErr(new java.io.PrintWriter(err, true))
                    .execute("--db", db, "--threads", String.valueOf(threads), in.toString());
            assertThat(code).as(err.toString()).isEqualTo(IngestCommand.FAILED);
            assertThat(err.toString()).contains("stored 40 articles")
                    .contains("40 articles: 40 coded (40 with events), 0 skipped, 0 failed; 1 inputs or records not read");
            Path exported = dir.resolve("events-" + threads + ".csv");
            CliRun export = CliRun.run("export", "--format", "csv", "--out", exported.toString(), "--db", db);
            assertThat(export.exitCode()).as(export.err()).isZero();
            csv[threads - 1] = Files.readString(exported);
        }
        assertThat(csv[0].lines().count()).as("events, one line each after the header").isGreaterThan(5);
        assertThat(csv[1]).isEqualTo(csv[0]);
    }
}
