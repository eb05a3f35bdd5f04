package org.attache.cli;

import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** attache ingest with the real pipeline on tiny articles: storing, idempotence, re-coding, syndication, bad inputs. */
class IngestCommandTest {
    private static final String BODY = "Poland accused Russia of attacking Ukraine.";

    @Test
    void ingestStoresOnceRecodesOnANewVersionAndCountsSyndicatedCopies(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-wire.txt"), "Date: 2022-03-02\nSource: Wire\nURL: https://wire.example/1\n\n"
                + BODY);
        Files.writeString(in.resolve("b-reprint.txt"), "Date: 2022-03-02\nSource: Blog\n"
                + "URL: https://blog.example/copy\n\n" + BODY);
        Files.writeString(in.resolve("c-other.txt"), "Date: 2022-03-03\nURL: https://wire.example/2\n\n"
                + "Germany condemned Russia for the invasion of Ukraine.");
        Files.write(in.resolve("d-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        String db = dir.resolve("store.duckdb").toString();

        CliRun first = CliRun.run("ingest", "--db", db, in.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(IngestCommand.FAILED);
        assertThat(first.err().lines().filter(l -> l.startsWith("attache: ") && l.contains("d-binary.txt")))
                .singleElement().satisfies(l -> assertThat(l).contains("binary"));
        assertThat(first.err()).contains("stored 3 articles");
        long mentions;
        try (Store store = Store.openForReading(Path.of(db))) {
            mentions = store.count("SELECT count(*) FROM mentions");
            assertThat(mentions).isGreaterThanOrEqualTo(3);
            // the reprint's accusation is the wire's accusation reported again
            assertThat(store.count("SELECT num_articles FROM events WHERE source_code LIKE 'POL%'"
                    + " AND target_code LIKE 'RUS%' AND root = '11'")).isEqualTo(2);
            assertThat(store.count("SELECT num_sources FROM events WHERE source_code LIKE 'POL%'"
                    + " AND target_code LIKE 'RUS%' AND root = '11'")).isEqualTo(2);
            assertThat(store.count("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL")).isEqualTo(1);
        }

        Files.delete(in.resolve("d-binary.txt"));
        CliRun again = CliRun.run("ingest", "--db", db, in.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("stored 0 articles").contains("3 already stored, skipped");

        CliRun recoded = CliRun.run("ingest", "--db", db, "--pipeline-version", "lexicon-2", "--verbose", in.toString());
        assertThat(recoded.exitCode()).as(recoded.err()).isZero();
        assertThat(recoded.err()).contains("stored 3 articles (3 re-coded").contains("pipeline version changed");
        try (Store store = Store.openForReading(Path.of(db))) {
            assertThat(store.count("SELECT count(*) FROM articles")).isEqualTo(3);
            assertThat(store.count("SELECT count(*) FROM articles WHERE pipeline_version = 'lexicon-2'")).isEqualTo(3);
            assertThat(store.count("SELECT count(*) FROM mentions")).isEqualTo(mentions);
            assertThat(store.count("SELECT sum(num_mentions) FROM events")).isEqualTo(mentions);
        }

        CliRun query = CliRun.run("query", "events", "--actor", "POL", "--format", "csv", "--db", db);
        assertThat(query.exitCode()).as(query.err()).isZero();
        assertThat(query.out()).contains(",POL,RUS,").contains("Poland accused Russia");
    }

    @Test
    void aBadDateOptionIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.run("ingest", "--db", dir.resolve("x.duckdb").toString(), "--date", "16/01/2018", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--date '16/01/2018' is not a date");
    }
}
