package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.store.ArticleRecord;
import org.attache.store.Fixtures;
import org.attache.store.MentionRow;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** attache query on a store built from hand-made events: series, spikes and their drivers, listings, bad arguments. */
class StoreQueryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;

    /**
     * USA -> PAK: a calm year of cooperation (two meetings and an aid pledge a month, 2023), then in January 2024 a
     * burst of accusations and a strike, the strike reported by five outlets. PAK -> USA: a few replies.
     */
    @BeforeAll
    static void buildStore() {
        db = dir.resolve("query.duckdb").toString();
        Map<ArticleRecord, List<MentionRow>> batch = new LinkedHashMap<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate d = LocalDate.of(2023, month, 10);
            batch.put(Fixtures.article("calm-" + month, "https://x.org/calm/" + month, "X", d, "calm " + month, "v1"),
                    List.of(Fixtures.asserted("c" + month + "-1", "USAGOV", "PAKGOV", "040", d, 1.0),
                            Fixtures.asserted("c" + month + "-2", "USAGOV", "PAKGOV", "042", d.plusDays(5), 1.9),
                            Fixtures.asserted("c" + month + "-3", "USA", "PAK", month % 3 == 0 ? "111" : "033",
                                    d.plusDays(9), month % 3 == 0 ? -2.0 : 5.2)));
        }
        LocalDate crisis = LocalDate.of(2024, 1, 15);
        batch.put(Fixtures.article("crisis", "https://x.org/crisis", "X", crisis, "crisis", "v1"), List.of(
                Fixtures.asserted("k1", "USAGOV", "PAKGOV", "112", crisis, -2.0),
                Fixtures.asserted("k2", "USAGOV", "PAKGOV", "1123", crisis.plusDays(4), -4.4),
                Fixtures.asserted("k3", "USA", "PAK", "130", crisis.plusDays(8), -4.4),
                Fixtures.asserted("k4", "USAMIL", "PAK", "190", crisis.plusDays(12), -10.0)));
        for (int i = 0; i < 4; i++) {
            batch.put(Fixtures.article("strike-" + i, "https://outlet" + i + ".org/strike", "Outlet " + i, crisis,
                    "strike report", "v1"), List.of(Fixtures.asserted("s" + i, "USAMIL", "PAK", "190",
                    crisis.plusDays(12), -10.0)));
        }
        batch.put(Fixtures.article("reply", "https://x.org/reply", "X", crisis, "reply", "v1"), List.of(
                Fixtures.asserted("r1", "PAKGOV", "USAGOV", "111", crisis.plusDays(13), -2.0)));
        try (Store store = Store.openForWriting(Path.of(db))) {
            Fixtures.write(store, batch);
        }
    }

    @Test
    void monthlySeriesHasQuadCountsNetIndexAndAnExplainedConflictSpike() throws Exception {
        CliRun run = CliRun.run("query", "dyad", "USA", "PAK", "--by", "month", "--format", "json", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        JsonNode periods = doc.get("periods");
        assertThat(periods).hasSize(13);
        JsonNode march = periods.get(2);
        assertThat(march.get("period").asText()).isEqualTo("2023-03");
        assertThat(march.get("events").asInt()).isEqualTo(3);
        assertThat(march.get("verbal_coop").asInt()).isEqualTo(2);
        assertThat(march.get("verbal_conflict").asInt()).isEqualTo(1);
        assertThat(march.get("goldstein_sum").asDouble()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(march.get("net").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

        JsonNode january = periods.get(12);
        assertThat(january.get("period").asText()).isEqualTo("2024-01");
        assertThat(january.get("events").asInt()).isEqualTo(4); // the strike is one event reported five times
        assertThat(january.get("mentions").asInt()).isEqualTo(8);
        assertThat(january.get("net").asDouble()).isEqualTo(-1.0);
        assertThat(january.get("z_net").asDouble()).isLessThan(-2);
        assertThat(january.get("spike").asText()).startsWith("conflict");
        JsonNode top = january.get("drivers").get(0);
        assertThat(top.get("cameo").asText()).isEqualTo("190");
        assertThat(top.get("num_mentions").asInt()).isEqualTo(5);
        assertThat(top.get("num_sources").asInt()).isEqualTo(5);
        assertThat(top.get("sentence").asText()).startsWith("The sentence of");
        for (int i = 0; i < 12; i++) {
            assertThat(periods.get(i).get("spike").isNull()).isTrue();
        }
    }

    @Test
    void bothDirectionsTablesAndCsv() {
        CliRun table = CliRun.run("query", "dyad", "usa", "pak", "--both-directions", "--from", "2024-01-01",
                "--db", db);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("USA <-> PAK").contains("2024-01  5 ");

        CliRun csv = CliRun.run("query", "dyad", "USAGOV", "PAKGOV", "--by", "week", "--format", "csv",
                "--from", "2024-01-01", "--to", "2024-01-31", "--db", db);
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("period,events,verbal_coop");
        assertThat(lines).hasSize(1 + 5); // the five ISO weeks that start 2024-01-01 .. 2024-01-29
        assertThat(lines.get(3)).startsWith("2024-01-15,2,"); // 1123 on the 15th, 112 on the 19th
    }

    @Test
    void eventsAndTopDyads() throws Exception {
        CliRun events = CliRun.run("query", "events", "--actor", "PAK", "--root", "19", "--format", "json", "--db", db);
        assertThat(events.exitCode()).as(events.err()).isZero();
        JsonNode list = JSON.readTree(events.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("num_articles").asInt()).isEqualTo(5);

        CliRun top = CliRun.run("query", "top-dyads", "--period", "30d", "--format", "csv", "--db", db);
        assertThat(top.exitCode()).as(top.err()).isZero();
        List<String> lines = top.out().lines().toList();
        assertThat(lines.get(1)).startsWith("USA,PAK,4,8,");
        assertThat(lines.get(2)).startsWith("PAK,USA,1,1,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void badArgumentsGetAClearMessageAndExitTwo() {
        assertUsageError(List.of("query", "dyad", "QQQ", "PAK", "--db", db), "unknown actor code 'QQQ'");
        assertUsageError(List.of("query", "dyad", "US", "PAK", "--db", db), "SOURCE 'US' is not an actor code");
        assertUsageError(List.of("query", "dyad", "USA' OR '1'='1", "PAK", "--db", db), "is not an actor code");
        assertUsageError(List.of("query", "dyad", "USA", "PAK", "--from", "2024-13-01", "--db", db),
                "--from '2024-13-01' is not a date");
        assertUsageError(List.of("query", "dyad", "USA", "PAK", "--from", "2024-02-01", "--to", "2024-01-01",
                "--db", db), "--from 2024-02-01 is after --to 2024-01-01");
        assertUsageError(List.of("query", "dyad", "USA", "PAK", "--by", "year", "--db", db), "--by");
        assertUsageError(List.of("query", "events", "--root", "21", "--db", db), "root '21' is not a CAMEO root");
        assertUsageError(List.of("query", "top-dyads", "--period", "30x", "--db", db), "--period '30x'");
        assertUsageError(List.of("export", "--format", "csv", "--out", "-", "--where", "colour=red", "--db", db),
                "unknown filter 'colour'");
        CliRun missing = CliRun.run("query", "events", "--db", dir.resolve("absent.duckdb").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("absent.duckdb: no store here");
    }

    private static void assertUsageError(List<String> args, String message) {
        CliRun run = CliRun.run(args.toArray(new String[0]));
        assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).as(String.join(" ", args)).contains(message);
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
