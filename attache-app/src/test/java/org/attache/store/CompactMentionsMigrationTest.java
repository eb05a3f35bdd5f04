package org.attache.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.asserted;
import static org.attache.store.Fixtures.count;

/** Schema version 7 moves a store's mentions into the compact tables; the view shows every row as it was. */
class CompactMentionsMigrationTest {
    private static final String MENTION = "INSERT INTO mentions VALUES (%d, %d, 1, 'r%1$d', DATE '2024-03-12', 'article',"
            + " %d, %s, 0, 20, 'Pakistan', %s, 'dictionary', %s, 'met', 9, 12, %s, 'asserted', 0.8, %s)";
    private static final String PAKISTAN = "'PAK', 'PAK', NULL, 0, 8";
    private static final String NO_TARGET = "NULL, NULL, NULL, NULL, NULL, NULL, NULL";
    private static final String CONSULT = "'040', 'Consult', '04', 1, 1.0, 'CONSULT', NULL, NULL";
    private static final String NO_PLACE = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";

    @Test
    void everyStoredMentionReadsTheSameAfterTheMigration(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v6.duckdb");
        List<List<Object>> before;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            Schema.migrate(c, "v6", 6);
            String sentence = "'Pakistan met the US.'";
            // two mentions of one sentence; one without target; a code whose Goldstein score a codebook changed;
            // a place; a sentence without text; the same sentence index in another article
            s.execute(MENTION.formatted(1, 1, 0, sentence, PAKISTAN, "'the US', 'USA', 'USA', NULL, 13, 19, 'dictionary'",
                    CONSULT, NO_PLACE));
            s.execute(MENTION.formatted(2, 1, 0, sentence, PAKISTAN, NO_TARGET, CONSULT,
                    "'Islamabad', 'Islamabad', 'capital', 'PAK', 33.69, 73.06, 21, 30"));
            s.execute(MENTION.formatted(3, 1, 1, "NULL", PAKISTAN, "'the US', 'USAGOV', 'USA', 'GOV', 13, 19, 'dyad'",
                    "'040', 'Consult', '04', 1, 1.5, 'CONSULT', 'mode', 'context'", NO_PLACE));
            s.execute(MENTION.formatted(4, 2, 0, "'Another text.'", "'PAKGOV', 'PAK', 'GOV', 0, 8", NO_TARGET,
                    CONSULT, "NULL, NULL, 'country', 'PAK', NULL, NULL, NULL, NULL"));
            before = rows(s, "SELECT * FROM mentions ORDER BY id");
        }
        try (Store store = Store.openForWriting(file)) {
            try (Statement s = store.connection().createStatement()) {
                assertThat(rows(s, "SELECT * FROM mentions ORDER BY id")).isEqualTo(before);
            }
            assertThat(count(store, "SELECT count(*) FROM sentences")).isEqualTo(3);
            assertThat(count(store, "SELECT count(*) FROM event_codes")).isEqualTo(2);
            assertThat(count(store, "SELECT count(*) FROM actor_codes")).isEqualTo(4);
            assertThat(count(store, "SELECT count(*) FROM places")).isEqualTo(2);

            // the writer goes on from the migrated ids
            ArticleRecord b = article("b", "https://y.org/1", "Y", java.time.LocalDate.of(2024, 3, 12),
                    "Pakistan met the US.", "v1");
            Fixtures.write(store, Map.of(b, List.of(asserted("b-e1", "PAK", "USA", "040", b.published(), 1.0))));
            assertThat(count(store, "SELECT count(*) FROM mentions")).isEqualTo(5);
            assertThat(count(store, "SELECT count(DISTINCT id) FROM sentences")).isEqualTo(4);
        }
    }

    private static List<List<Object>> rows(Statement s, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            List<Object> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(r.getMetaData().getColumnName(i));
            }
            rows.add(names);
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
