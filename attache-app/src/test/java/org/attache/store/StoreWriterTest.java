package org.attache.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.asserted;
import static org.attache.store.Fixtures.count;

/** The writer on a real DuckDB file: idempotence, atomic re-coding, deduplication, migrations. */
class StoreWriterTest {
    private static final LocalDate D = LocalDate.of(2024, 3, 12);
    private static final String TEXT = "Pakistan's foreign minister met the US ambassador on Tuesday.";

    @Test
    void freshStoreHasEveryMigrationRecordedOnce(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(count(store, "SELECT count(*) FROM schema_version")).isEqualTo(Schema.MIGRATIONS.size());
        }
        try (Store again = Store.openForWriting(dir.resolve("test.duckdb"))) {
            assertThat(count(again, "SELECT count(*) FROM schema_version")).isEqualTo(Schema.MIGRATIONS.size());
        }
        try (Store reading = Store.openForReading(dir.resolve("test.duckdb"))) {
            assertThat(reading.schemaVersion()).isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void anOlderStoreIsMigratedWithItsDataKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            Schema.migrate(c, "old", 2);
            s.execute("INSERT INTO articles VALUES (1, 'url:https://x.org/1', 'a', 'https://x.org/1', 'X', 'X', 'T',"
                    + " DATE '2024-03-12', 'header', 'h', 10, 'v1', TIMESTAMP '2024-03-12 10:00:00', 'a.txt', NULL, 1)");
            s.execute("INSERT INTO mentions VALUES (1, 1, 1, 'a-s0-e1', DATE '2024-03-12', 'article', 0,"
                    + " 'Pakistan met the US.', 0, 20, 'Pakistan', 'PAK', 'PAK', NULL, 0, 8, 'dictionary', 'the US',"
                    + " 'USA', 'USA', NULL, 13, 19, 'dictionary', 'met', 9, 12, '040', 'Consult', '04', 1, 1.0,"
                    + " 'CONSULT', NULL, NULL, 'asserted', 0.8)");
            s.execute("INSERT INTO events VALUES (1, 'PAK', 'PAK', NULL, 'USA', 'USA', NULL, '04', 'asserted',"
                    + " DATE '2024-03-12', DATE '2024-03-12', DATE '2024-03-12', '040', 1, 1.0, 'CONSULT', 'met', 1, 1,"
                    + " 1, DATE '2024-03-12', DATE '2024-03-12', 1, 0.8, TIMESTAMP '2024-03-12 10:00:00',"
                    + " TIMESTAMP '2024-03-12 10:00:00')");
        }
        try (Store store = Store.openForReading(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(count(store, "SELECT count(*) FROM events WHERE sentence_text = 'Pakistan met the US.'"
                    + " AND url = 'https://x.org/1' AND cameo_name = 'Consult'")).isEqualTo(1);
        }
        try (Store store = Store.openForWriting(file)) {
            ArticleRecord b = article("b", "https://y.org/1", "Y", D, "Pakistan met the US.", "v1");
            Fixtures.write(store, Map.of(b, List.of(asserted("b-e1", "PAK", "USA", "040", D, 1.0))));
            assertThat(count(store, "SELECT num_articles FROM events")).isEqualTo(2);
        }
    }

    @Test
    void aStoreFromANewerAttacheIsRefused(@TempDir Path dir) throws Exception {
        try (Store store = Fixtures.open(dir); Statement s = store.connection().createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (999, 'from the future', TIMESTAMP '2030-01-01 00:00:00')");
        }
        assertThatThrownBy(() -> Store.openForWriting(dir.resolve("test.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining("schema version 999");
    }

    @Test
    void theSameArticleTwiceAddsNothing(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            ArticleRecord a = article("a", "https://x.org/1", "X", D, TEXT, "v1");
            Fixtures.write(store, Map.of(a, List.of(asserted("a-s0-e1", "PAKGOV", "USAGOV", "040", D, 1.0))));
            try (StoreWriter writer = new StoreWriter(store)) {
                assertThat(writer.decide(a).action()).isEqualTo(StoreWriter.Action.SKIP);
                // the same text without URL is the same article too
                ArticleRecord sameTextNoUrl = article("a-copy", null, null, D, TEXT + "  ", "v1");
                assertThat(writer.decide(sameTextNoUrl).action()).isEqualTo(StoreWriter.Action.SKIP);
                // the same URL with edited text is re-coded
                ArticleRecord edited = article("a", "https://x.org/1", "X", D, TEXT + " Updated.", "v1");
                assertThat(writer.decide(edited).reason()).isEqualTo("text changed");
            }
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM mentions")).isEqualTo(1);
        }
    }

    @Test
    void aNewPipelineVersionReplacesTheArticlesMentionsAndFixesTheCounts(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            ArticleRecord v1 = article("a", "https://x.org/1", "X", D, TEXT, "v1");
            ArticleRecord copy = article("b", "https://y.org/1", "Y", D, TEXT, "v1");
            Map<ArticleRecord, List<MentionRow>> batch = new LinkedHashMap<>();
            batch.put(v1, List.of(asserted("a-s0-e1", "PAKGOV", "USAGOV", "040", D, 1.0),
                    asserted("a-s0-e2", "USA", "PAK", "111", D, -2.0)));
            batch.put(copy, List.of(asserted("b-s0-e1", "PAKGOV", "USAGOV", "040", D, 1.0)));
            Fixtures.write(store, batch);
            assertThat(count(store, "SELECT num_articles FROM events WHERE cameo = '040'")).isEqualTo(2);

            ArticleRecord v2 = article("a", "https://x.org/1", "X", D, TEXT, "v2");
            try (StoreWriter writer = new StoreWriter(store)) {
                StoreWriter.Decision d = writer.decide(v2);
                assertThat(d.action()).isEqualTo(StoreWriter.Action.REPLACE);
                assertThat(d.reason()).isEqualTo("pipeline version changed");
                writer.add(v2, List.of(asserted("a-s0-e1", "PAKGOV", "USAGOV", "042", D, 1.9)), d);
                StoreWriter.BatchResult r = writer.flush();
                assertThat(r.replaced()).isEqualTo(1);
                assertThat(r.removedEvents()).isEqualTo(1); // the 111 event had no other report
            }
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(2);
            assertThat(count(store, "SELECT count(*) FROM mentions WHERE article = (SELECT id FROM articles"
                    + " WHERE article_id = 'a')")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM articles WHERE pipeline_version = 'v2'")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(1);
            assertThat(count(store, "SELECT num_mentions FROM events")).isEqualTo(2);
            assertThat(count(store, "SELECT num_articles FROM events")).isEqualTo(2);
            assertThat(count(store, "SELECT sum(num_mentions) FROM events"))
                    .isEqualTo(count(store, "SELECT count(*) FROM mentions"));
        }
    }

    @Test
    void aFailingBatchStoresNothingAndKeepsTheOldMentions(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            ArticleRecord v1 = article("a", "https://x.org/1", "X", D, TEXT, "v1");
            Fixtures.write(store, Map.of(v1, List.of(asserted("a-s0-e1", "PAKGOV", "USAGOV", "040", D, 1.0))));
            ArticleRecord v2 = article("a", "https://x.org/1", "X", D, TEXT, "v2");
            ArticleRecord other = article("c", "https://x.org/2", "X", D, "Other text.", "v2");
            MentionRow good = asserted("a-s0-e1", "PAKGOV", "USAGOV", "042", D, 1.9);
            MentionRow broken = new MentionRow("c-s0-e1", D, "article", 0, "s", 0, 1, "x", "USA", "USA", null, 0, 1,
                    "dictionary", null, null, null, null, null, null, null, "t", 0, 1, null, null, "04", 1, 1.0,
                    null, null, null, "asserted", 0.5); // no CAMEO code: the database refuses the row
            try (StoreWriter writer = new StoreWriter(store)) {
                writer.add(v2, List.of(good), writer.decide(v2));
                writer.add(other, List.of(broken), writer.decide(other));
                assertThatThrownBy(writer::flush).isInstanceOf(StoreException.class)
                        .hasMessageContaining("nothing of them was stored");
                // the writer is usable afterwards
                writer.add(other, List.of(asserted("c-s0-e1", "USA", "PAK", "111", D, -2)), writer.decide(other));
                writer.flush();
            }
            assertThat(count(store, "SELECT count(*) FROM articles WHERE pipeline_version = 'v1'")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM mentions WHERE cameo = '040'")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM mentions WHERE cameo = '042'")).isZero();
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(2);
            assertThat(count(store, "SELECT sum(num_mentions) FROM events")).isEqualTo(2);
        }
    }

    @Test
    void codesFirstSeenInAFailedBatchAreStoredWithTheNextBatchThatHasThem(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            ArticleRecord a = article("a", "https://x.org/1", "X", D, TEXT, "v1");
            ArticleRecord b = article("b", "https://x.org/2", "X", D, "Other text.", "v1");
            MentionRow firstOfItsCode = asserted("a-s0-e1", "PAKGOV", "USAGOV", "042", D, 1.9);
            MentionRow broken = new MentionRow("b-s0-e1", D, "article", 0, "s", 0, 1, "x", "USA", "USA", null, 0, 1,
                    "dictionary", null, null, null, null, null, null, null, "t", 0, 1, null, null, "04", 1, 1.0,
                    null, null, null, "asserted", 0.5); // no CAMEO code: the database refuses the row
            try (StoreWriter writer = new StoreWriter(store)) {
                writer.add(a, List.of(firstOfItsCode), writer.decide(a));
                writer.add(b, List.of(broken), writer.decide(b));
                assertThatThrownBy(writer::flush).isInstanceOf(StoreException.class);
                writer.add(a, List.of(firstOfItsCode), writer.decide(a));
                writer.flush();
            }
            // the mention's code, actors and sentence rows were rolled back with the first batch and written again
            assertThat(count(store, "SELECT count(*) FROM mentions WHERE cameo = '042' AND source_code = 'PAKGOV'"
                    + " AND target_code = 'USAGOV' AND sentence_text IS NOT NULL")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM mentions_compact")).isEqualTo(1);
        }
    }

    @Test
    void syndicatedCopiesAreMentionsOfTheSameEvents(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            ArticleRecord wire = article("wire", "https://wire.example/story", "Wire", D, TEXT, "v1");
            ArticleRecord reprint = article("blog", "https://blog.example/reprint", "Blog", D.plusDays(1), TEXT, "v1");
            Fixtures.write(store, Map.of(wire, List.of(asserted("w-e1", "PAKGOV", "USAGOV", "040", D, 1.0),
                    asserted("w-e2", "USA", "PAK", "1041", D, -5.0))));
            // the reprint's coder dates the meeting from the reprint's own date, one day later: still within the window
            Fixtures.write(store, Map.of(reprint, List.of(asserted("b-e1", "PAKGOV", "USAGOV", "040", D.plusDays(1), 1.0),
                    asserted("b-e2", "USA", "PAK", "104", D.plusDays(1), -5.0))));
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(2);
            assertThat(count(store, "SELECT copy_of FROM articles WHERE article_id = 'blog'"))
                    .isEqualTo(count(store, "SELECT id FROM articles WHERE article_id = 'wire'"));
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(2);
            assertThat(count(store, "SELECT min(num_articles) FROM events")).isEqualTo(2);
            assertThat(count(store, "SELECT min(num_sources) FROM events")).isEqualTo(2);
            assertThat(count(store, "SELECT count(*) FROM events WHERE first_seen = ? AND last_seen = ?", D,
                    D.plusDays(1))).isEqualTo(2);
        }
    }

    @Test
    void eventsFurtherApartThanTheWindowOrOfAnotherRootOrModalityStaySeparate(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            Map<ArticleRecord, List<MentionRow>> batch = new LinkedHashMap<>();
            batch.put(article("a", null, "X", D, "one", "v1"), List.of(
                    asserted("a1", "USA", "PAK", "040", D, 1.0),
                    asserted("a2", "USA", "PAK", "040", D.plusDays(2), 1.0),     // outside ±1 day
                    asserted("a3", "USA", "PAK", "111", D, -2.0),                // another root
                    asserted("a4", "PAK", "USA", "040", D, 1.0),                 // the other direction
                    Fixtures.mention("a5", "USA", "PAK", "040", D, "negated", 1.0, "met"),
                    asserted("a6", "USA", null, "040", D, 1.0),                  // no target
                    asserted("a7", "USA", "PAK", "040", null, 1.0)));            // no date: its own event
            batch.put(article("b", null, "Y", D, "two", "v1"), List.of(
                    asserted("b1", "USA", "PAK", "043", D.minusDays(1), 2.8),    // same root, within the window
                    asserted("b2", "USA", null, "040", D, 1.0),
                    asserted("b3", "USA", "PAK", "040", null, 1.0)));
            Fixtures.write(store, batch);
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(8);
            assertThat(count(store, "SELECT num_mentions FROM events WHERE source_code = 'USA' AND target_code = 'PAK'"
                    + " AND root = '04' AND modality = 'asserted' AND event_date = ?", D)).isEqualTo(2);
            assertThat(count(store, "SELECT num_mentions FROM events WHERE target_code = ''")).isEqualTo(2);
            assertThat(count(store, "SELECT count(*) FROM events WHERE event_date IS NULL")).isEqualTo(2);
        }
    }

    @Test
    void compatibleCodesAndSimilarTriggersArePreferred() {
        assertThat(EventClusters.compatible("040", "042")).isTrue();
        assertThat(EventClusters.compatible("1041", "104")).isTrue();
        assertThat(EventClusters.compatible("042", "043")).isFalse();
        assertThat(EventClusters.compatible("111", "042")).isFalse();
        assertThat(EventClusters.similarity("held talks", "talks")).isEqualTo(0.5);
    }
}
