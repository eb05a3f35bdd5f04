package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.store.ArticleRecord;
import org.attache.store.Exporter;
import org.attache.store.Fixtures;
import org.attache.store.MentionRow;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each export read back: GDELT column by column, PLOVER JSON, CSV, Parquet through DuckDB and import-parquet. */
class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate D = LocalDate.of(2024, 3, 12);

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void buildStore() {
        db = dir.resolve("export.duckdb").toString();
        Map<ArticleRecord, List<MentionRow>> batch = new LinkedHashMap<>();
        batch.put(Fixtures.article("wire", "https://wire.example/talks", "Wire", D, "Talks text.", "v1"), List.of(
                Fixtures.asserted("wire-s0-e1", "PAKGOV", "USAGOV", "040", D, 1.0),
                Fixtures.asserted("wire-s0-e2", "IGOUNO", "AFG", "1041", D, -5.0),
                Fixtures.asserted("wire-s1-e3", "USA", null, "010", D, 0.0),
                Fixtures.mention("wire-s1-e4", "PAK", "IND", "190", D, "negated", -10.0, "did not attack"),
                Fixtures.asserted("wire-s2-e5", "TAL", "AFGGOV", "190", null, -10.0)));
        batch.put(Fixtures.article("copy", "https://copy.example/talks", "Copy", D.plusDays(1), "Talks text.", "v1"),
                List.of(Fixtures.located(Fixtures.asserted("copy-s0-e1", "PAKGOV", "USAGOV", "040", D, 1.0),
                        "Islamabad", "capital", "PAK", 33.6938, 73.0652)));
        try (Store store = Store.openForWriting(Path.of(db))) {
            Fixtures.write(store, batch);
        }
    }

    @Test
    void gdeltHas61ColumnsInGdeltsOrder() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        CliRun run = CliRun.run("export", "--format", "gdelt", "--out", out.toString(), "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Exporter.GDELT_COLUMNS).hasSize(61);
        assertThat(Exporter.GDELT_COLUMNS.get(0)).isEqualTo("GLOBALEVENTID");
        assertThat(Exporter.GDELT_COLUMNS.get(26)).isEqualTo("EventCode");
        assertThat(Exporter.GDELT_COLUMNS.get(60)).isEqualTo("SOURCEURL");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4); // asserted only: the negated attack is left out
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(61);
        }
        Map<String, String> talks = row(lines.stream().filter(l -> l.contains("\tPAKGOV\t")).findFirst().orElseThrow());
        assertThat(talks.get("SQLDATE")).isEqualTo("20240312");
        assertThat(talks.get("MonthYear")).isEqualTo("202403");
        assertThat(talks.get("Year")).isEqualTo("2024");
        assertThat(talks.get("FractionDate")).isEqualTo("2024.1940");
        assertThat(talks.get("Actor1Code")).isEqualTo("PAKGOV");
        assertThat(talks.get("Actor1Name")).isEqualTo("text of PAKGOV");
        assertThat(talks.get("Actor1CountryCode")).isEqualTo("PAK");
        assertThat(talks.get("Actor1Type1Code")).isEqualTo("GOV");
        assertThat(talks.get("Actor2Code")).isEqualTo("USAGOV");
        assertThat(talks.get("IsRootEvent")).isEqualTo("1");
        assertThat(talks.get("EventCode")).isEqualTo("040");
        assertThat(talks.get("EventBaseCode")).isEqualTo("040");
        assertThat(talks.get("EventRootCode")).isEqualTo("04");
        assertThat(talks.get("QuadClass")).isEqualTo("1");
        assertThat(talks.get("GoldsteinScale")).isEqualTo("1");
        assertThat(talks.get("NumMentions")).isEqualTo("2");
        assertThat(talks.get("NumSources")).isEqualTo("2");
        assertThat(talks.get("NumArticles")).isEqualTo("2");
        assertThat(talks.get("AvgTone")).isEmpty();
        assertThat(talks.get("ActionGeo_Type")).isEqualTo("4"); // a world city: the copy said where the talks were
        assertThat(talks.get("ActionGeo_FullName")).isEqualTo("Islamabad");
        assertThat(talks.get("ActionGeo_CountryCode")).isEqualTo("PAK");
        assertThat(talks.get("ActionGeo_Lat")).isEqualTo("33.6938");
        assertThat(talks.get("ActionGeo_Long")).isEqualTo("73.0652");
        assertThat(talks.get("ActionGeo_FeatureID")).isEmpty();
        assertThat(talks.get("Actor1Geo_Type")).isEmpty();
        assertThat(talks.get("DATEADDED")).matches("\\d{14}");
        assertThat(talks.get("SOURCEURL")).isEqualTo("https://wire.example/talks");

        Map<String, String> demand = row(lines.stream().filter(l -> l.contains("\tIGOUNO\t")).findFirst().orElseThrow());
        assertThat(demand.get("Actor1CountryCode")).isEmpty();
        assertThat(demand.get("Actor1KnownGroupCode")).isEqualTo("IGO");
        assertThat(demand.get("EventCode")).isEqualTo("1041");
        assertThat(demand.get("EventBaseCode")).isEqualTo("104");
        Map<String, String> undated = row(lines.stream().filter(l -> l.contains("\tTAL\t")).findFirst().orElseThrow());
        assertThat(undated.get("SQLDATE")).isEmpty();
        assertThat(undated.get("Actor1KnownGroupCode")).isEqualTo("TAL");
    }

    private static Map<String, String> row(String line) {
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            row.put(Exporter.GDELT_COLUMNS.get(i), cells[i]);
        }
        return row;
    }

    @Test
    void ploverJsonLinesHaveActorListsModeAndContext() throws Exception {
        CliRun run = CliRun.run("export", "--format", "plover", "--out", "-", "--all-modalities", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 event(s) left out: CAMEO 01 statements");
        List<JsonNode> records = run.records();
        assertThat(records).hasSize(4);
        JsonNode talks = records.stream().filter(r -> r.get("cameo").asText().equals("040")).findFirst().orElseThrow();
        assertThat(talks.get("source").get(0).get("code").asText()).isEqualTo("PAK");
        assertThat(talks.get("source").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(talks.get("recipient").get(0).get("attache_code").asText()).isEqualTo("USAGOV");
        assertThat(talks.get("event").get(0).asText()).isEqualTo("CONSULT");
        assertThat(talks.get("context").get(0).asText()).isEqualTo("diplomatic");
        assertThat(talks.get("num_articles").asInt()).isEqualTo(2);
        assertThat(talks.get("event_loc").get("name").asText()).isEqualTo("Islamabad");
        assertThat(talks.get("event_loc").get("cc3").asText()).isEqualTo("PAK");
        JsonNode negated = records.stream().filter(r -> r.get("modality").asText().equals("negated")).findFirst()
                .orElseThrow();
        assertThat(negated.get("mode").toString()).contains("negation");
    }

    @Test
    void csvOfEventsAndOfMentions() throws Exception {
        CliRun events = CliRun.run("export", "--format", "csv", "--out", "-", "--where", "actor=PAK", "--db", db);
        assertThat(events.exitCode()).as(events.err()).isZero();
        List<String> lines = events.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", Exporter.EVENT_CSV_COLUMNS));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",PAKGOV,PAK,GOV,USAGOV,");

        CliRun mentions = CliRun.run("export", "--format", "csv", "--level", "mentions", "--out", "-",
                "--where", "root=04", "--db", db);
        assertThat(mentions.exitCode()).as(mentions.err()).isZero();
        assertThat(mentions.out().lines()).hasSize(3);
        assertThat(mentions.out().lines().findFirst().orElseThrow()).startsWith("record_id,article_id,");
    }

    @Test
    void parquetPartitionedByDateIsReadByDuckDbAndImportedBack() throws Exception {
        Path out = dir.resolve("parquet");
        CliRun run = CliRun.run("export", "--format", "parquet", "--all-modalities", "--out", out.toString(),
                "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("event_date=2024-03-12");
        }
        try (Store reader = Store.openForWriting(dir.resolve("scratch.duckdb"))) {
            String glob = out.toAbsolutePath() + "/**/*.parquet";
            assertThat(reader.count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)", glob))
                    .isEqualTo(6);
            assertThat(reader.count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)"
                    + " WHERE event_date = DATE '2024-03-12' AND record_id = 'copy-s0-e1'", glob)).isEqualTo(1);
            assertThat(reader.count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)"
                    + " WHERE event_date IS NULL AND source_code = 'TAL'", glob)).isEqualTo(1);
        }

        String copy = dir.resolve("imported.duckdb").toString();
        CliRun imported = CliRun.run("import-parquet", out.toString(), "--db", copy);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("imported 2 articles").contains("6 mentions");
        CliRun again = CliRun.run("import-parquet", out.toString(), "--db", copy);
        assertThat(again.err()).contains("imported 0 articles").contains("2 already stored");
        try (Store original = Store.openForReading(Path.of(db)); Store back = Store.openForReading(Path.of(copy))) {
            for (String sql : List.of("SELECT count(*) FROM articles", "SELECT count(*) FROM mentions",
                    "SELECT count(*) FROM events", "SELECT sum(num_articles * 100 + num_sources * 10 + num_mentions)"
                            + " FROM events", "SELECT count(*) FROM events WHERE event_date IS NULL",
                    "SELECT count(*) FROM events WHERE location_name = 'Islamabad' AND location_lat = 33.6938",
                    "SELECT count(*) FROM mentions WHERE location_kind = 'capital' AND location_end = 14")) {
                assertThat(back.count(sql)).as(sql).isEqualTo(original.count(sql));
            }
        }
    }

    @Test
    void importRefusesParquetWithoutTheColumns() {
        Path other = dir.resolve("other.parquet");
        try (Store scratch = Store.openForWriting(dir.resolve("scratch3.duckdb"));
             var p = scratch.connection().prepareStatement("COPY (SELECT 1 AS x) TO ? (FORMAT PARQUET)")) {
            p.setString(1, other.toAbsolutePath().toString());
            p.execute();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        CliRun run = CliRun.run("import-parquet", other.toString(), "--db", dir.resolve("refuse.duckdb").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not Attaché mention records: missing columns record_id");
    }
}
