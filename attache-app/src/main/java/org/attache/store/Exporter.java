package org.attache.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes stored events in the formats analysts load (docs/STORE.md, "Exports"): GDELT 2.0 event records, PLOVER JSON
 * lines, CSV (events or mentions) and Parquet partitioned by event date (events or mentions). Every filter value is a
 * bound parameter, the output path included.
 */
public final class Exporter {
    /** Rows written, and rows left out because the format cannot express them. */
    public record Result(long written, long skipped, String note) {
    }

    public enum Level { events, mentions }

    /** GDELT 2.0 event table columns, in order. */
    public static final List<String> GDELT_COLUMNS = gdeltColumns();

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Queries queries;

    public Exporter(Queries queries) {
        this.queries = queries;
    }

    private static List<String> gdeltColumns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(actor + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(geo + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }

    private static final String EVENT_ROWS = """
            SELECT e.id, e.event_date, e.min_date, e.max_date, e.source_code, e.source_country, e.source_sector,
                   e.target_code, e.target_country, e.target_sector, e.cameo, r.cameo_name, e.root, e.quad,
                   e.goldstein, e.plover, r.plover_mode, r.plover_context, e.modality, e.num_mentions,
                   e.num_sources, e.num_articles, e.first_seen, e.last_seen, e.confidence, e.created_at,
                   r.source_text, r.target_text, r.trigger_text, r.sentence_index, r.sentence_text,
                   r.sentence_start, r.sentence_end, a.url, a.title, a.source AS publication, a.pipeline_version,
                   a.coded_at, e.location_name, e.location_kind, e.location_country, e.location_lat, e.location_lon
            FROM events e JOIN mentions r ON r.id = e.representative JOIN articles a ON a.id = r.article
            WHERE %s ORDER BY e.event_date NULLS LAST, e.id""";

    /** GDELT 2.0's 61 tab-separated columns, no header line (as GDELT ships them). */
    public Result gdelt(EventFilter filter, Writer out) {
        KnownActors known = KnownActors.bundled();
        long[] written = {0};
        eachEvent(filter, row -> {
            String[] cols = new String[GDELT_COLUMNS.size()];
            Arrays.fill(cols, "");
            LocalDate date = (LocalDate) row.get("event_date");
            cols[0] = String.valueOf(row.get("id"));
            if (date != null) {
                cols[1] = date.format(SQLDATE);
                cols[2] = cols[1].substring(0, 6);
                cols[3] = String.valueOf(date.getYear());
                cols[4] = String.format(Locale.ROOT, "%.4f", date.getYear()
                        + (date.getDayOfYear() - 1) / (double) date.lengthOfYear());
            }
            actor(cols, 5, (String) row.get("source_code"), (String) row.get("source_text"),
                    (String) row.get("source_country"), (String) row.get("source_sector"), known);
            actor(cols, 15, (String) row.get("target_code"), (String) row.get("target_text"),
                    (String) row.get("target_country"), (String) row.get("target_sector"), known);
            Object sentence = row.get("sentence_index");
            cols[25] = sentence != null && ((Number) sentence).intValue() == 0 ? "1" : "0";
            String cameo = (String) row.get("cameo");
            String code = cameo.length() == 2 ? cameo + "0" : cameo;
            cols[26] = code;
            cols[27] = code.substring(0, 3);
            cols[28] = (String) row.get("root");
            cols[29] = String.valueOf(row.get("quad"));
            cols[30] = ResultTable.text(row.get("goldstein"));
            cols[31] = String.valueOf(row.get("num_mentions"));
            cols[32] = String.valueOf(row.get("num_sources"));
            cols[33] = String.valueOf(row.get("num_articles"));
            String place = (String) row.get("location_name");
            if (place != null) {
                String country = (String) row.get("location_country");
                String kind = (String) row.get("location_kind");
                boolean us = "USA".equals(country);
                cols[51] = switch (kind == null ? "" : kind) {
                    case "country" -> "1";
                    case "region" -> us ? "2" : "5";
                    default -> us ? "3" : "4";
                };
                cols[52] = clean(place);
                cols[53] = country == null ? "" : country;
                cols[56] = coordinate(row.get("location_lat"));
                cols[57] = coordinate(row.get("location_lon"));
            }
            LocalDateTime added = (LocalDateTime) row.get("created_at");
            cols[59] = added == null ? "" : added.format(DATEADDED);
            cols[60] = clean((String) row.get("url"));
            write(out, String.join("\t", cols) + "\n");
            written[0]++;
        });
        flush(out);
        return new Result(written[0], 0, null);
    }

    private static void actor(String[] cols, int at, String code, String name, String country, String sector,
                              KnownActors known) {
        if (code == null || code.isEmpty()) {
            return;
        }
        cols[at] = code;
        cols[at + 1] = clean(name);
        if (known.isCountry(country)) {
            cols[at + 2] = country;
        } else if (country != null) {
            cols[at + 3] = country;
        }
        cols[at + 7] = sector == null ? "" : sector;
    }

    /** PLOVER JSON lines (PLOVER 0.7 field names); events of no PLOVER category (CAMEO 01 statements) are left out. */
    public Result plover(EventFilter filter, Writer out) {
        long[] counts = {0, 0};
        eachEvent(filter, row -> {
            String category = (String) row.get("plover");
            if (category == null) {
                counts[1]++;
                return;
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", "attache-" + row.get("id"));
            LocalDate date = (LocalDate) row.get("event_date");
            record.put("date", date == null ? null : date.toString());
            LocalDate max = (LocalDate) row.get("max_date");
            if (max != null && date != null && !max.equals(date)) {
                record.put("enddate", max.toString());
            }
            record.put("source", ploverActors((String) row.get("source_code"), (String) row.get("source_sector"),
                    (String) row.get("source_text")));
            record.put("recipient", ploverActors((String) row.get("target_code"), (String) row.get("target_sector"),
                    (String) row.get("target_text")));
            record.put("event", List.of(category));
            if (row.get("location_name") != null) {
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("name", row.get("location_name"));
                location.put("latitude", row.get("location_lat"));
                location.put("longitude", row.get("location_lon"));
                location.put("cc3", row.get("location_country"));
                location.put("attache_kind", row.get("location_kind"));
                record.put("event_loc", location);
            }
            List<String> mode = new ArrayList<>();
            if (row.get("plover_mode") != null) {
                mode.add((String) row.get("plover_mode"));
            }
            String auxiliary = switch ((String) row.get("modality")) {
                case "negated" -> "negation";
                case "hypothetical" -> "hypothetical";
                case "future" -> "future";
                case "reported" -> "reported";
                default -> null;
            };
            if (auxiliary != null) {
                mode.add(auxiliary);
            }
            record.put("mode", mode);
            String context = (String) row.get("plover_context");
            record.put("context", context == null ? List.of() : List.of(context.split("\\s*[,;|]\\s*")));
            record.put("quad_code", row.get("quad"));
            record.put("event_scale", row.get("goldstein"));
            record.put("event_text", row.get("trigger_text") == null ? List.of() : List.of(row.get("trigger_text")));
            record.put("text", row.get("sentence_text"));
            Map<String, Object> textInfo = new LinkedHashMap<>();
            textInfo.put("sequence", row.get("sentence_index"));
            textInfo.put("start", row.get("sentence_start"));
            textInfo.put("end", row.get("sentence_end"));
            record.put("text_info", textInfo);
            Map<String, Object> cite = new LinkedHashMap<>();
            cite.put("url", row.get("url"));
            cite.put("title", row.get("title"));
            cite.put("publication", row.get("publication"));
            cite.put("codebook", "CAMEO 1.1b3 -> PLOVER (CAMEO2PLOVER 2021)");
            record.put("cite_info", cite);
            record.put("coder", "attache " + row.get("pipeline_version"));
            LocalDateTime coded = (LocalDateTime) row.get("coded_at");
            record.put("coded_date", coded == null ? null : coded.toLocalDate().toString());
            record.put("cameo", row.get("cameo"));
            record.put("modality", row.get("modality"));
            record.put("num_mentions", row.get("num_mentions"));
            record.put("num_sources", row.get("num_sources"));
            record.put("num_articles", row.get("num_articles"));
            write(out, ResultTable.jsonLine(record) + "\n");
            counts[0]++;
        });
        flush(out);
        return new Result(counts[0], counts[1], counts[1] == 0 ? null
                : counts[1] + " event(s) left out: CAMEO 01 statements have no PLOVER category");
    }

    private static List<Map<String, Object>> ploverActors(String code, String sector, String text) {
        if (code == null || code.isEmpty()) {
            return List.of();
        }
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("code", code.length() >= 3 ? code.substring(0, 3) : code);
        actor.put("sector", sector);
        actor.put("actor_text", text);
        actor.put("attache_code", code);
        return List.of(actor);
    }

    /** The CSV columns of event-level exports. */
    public static final List<String> EVENT_CSV_COLUMNS = List.of("id", "event_date", "min_date", "max_date",
            "source_code", "source_country", "source_sector", "target_code", "target_country", "target_sector",
            "cameo", "cameo_name", "root", "quad", "goldstein", "plover", "modality", "num_mentions", "num_sources",
            "num_articles", "first_seen", "last_seen", "confidence", "trigger_text", "sentence_text", "url",
            "location_name", "location_country", "location_lat", "location_lon");

    /** CSV with a header line: one row per event, or per mention (the interchange columns). */
    public Result csv(EventFilter filter, Level level, Writer out) {
        long[] written = {0};
        if (level == Level.events) {
            write(out, ResultTable.csvLine(EVENT_CSV_COLUMNS));
            eachEvent(filter, row -> {
                List<String> cells = new ArrayList<>();
                for (String c : EVENT_CSV_COLUMNS) {
                    Object v = row.get(c);
                    cells.add(v == null ? "" : ResultTable.text(v));
                }
                write(out, ResultTable.csvLine(cells));
                written[0]++;
            });
        } else {
            List<String> columns = new ArrayList<>(Interchange.MENTION_COLUMNS);
            columns.addAll(Interchange.OPTIONAL_COLUMNS);
            columns.addAll(Interchange.EXTRA_COLUMNS);
            write(out, ResultTable.csvLine(columns));
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT " + Interchange.selectList() + " FROM mention_records mr JOIN events e"
                    + " ON e.id = mr.event_id WHERE " + filter.where("e", parameters)
                    + " ORDER BY mr.date NULLS LAST, mr.mention_id";
            each(sql, parameters, row -> {
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    Object v = row.get(c);
                    cells.add(v == null ? "" : ResultTable.text(v));
                }
                write(out, ResultTable.csvLine(cells));
                written[0]++;
            });
        }
        flush(out);
        return new Result(written[0], 0, null);
    }

    /**
     * Parquet files under the directory {@code out}, partitioned by event date (Hive style:
     * {@code event_date=2024-03-12/data_0.parquet}); mention level writes the interchange columns.
     */
    public Result parquet(EventFilter filter, Level level, Path out, boolean overwrite) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file; Parquet export writes a directory");
        }
        try {
            if (Files.isDirectory(out)) {
                try (var entries = Files.list(out)) {
                    if (entries.findAny().isPresent() && !overwrite) {
                        throw new IllegalArgumentException("--out " + out + " is not empty (give --overwrite to"
                                + " replace its partitions)");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Object> parameters = new ArrayList<>();
        String select;
        if (level == Level.events) {
            select = "SELECT e.id, e.event_date AS event_date, e.min_date, e.max_date, e.source_code,"
                    + " e.source_country, e.source_sector, e.target_code, e.target_country, e.target_sector, e.root,"
                    + " e.modality, e.cameo, e.quad, e.goldstein, e.plover, e.trigger_text, e.num_mentions,"
                    + " e.num_sources, e.num_articles, e.first_seen, e.last_seen, e.representative, e.confidence,"
                    + " e.created_at, e.updated_at, e.cameo_name, e.source_text, e.target_text, e.sentence_index,"
                    + " e.sentence_text, e.url, e.location_name, e.location_kind, e.location_country, e.location_lat,"
                    + " e.location_lon FROM events e WHERE " + filter.where("e", parameters);
        } else {
            select = "SELECT " + Interchange.selectList() + ", mr.date AS event_date FROM mention_records mr"
                    + " JOIN events e ON e.id = mr.event_id WHERE " + filter.where("e", parameters);
        }
        long rows = queries.store().count("SELECT count(*) FROM (" + select + ")", parameters.toArray());
        parameters.add(out.toAbsolutePath().toString());
        String sql = "COPY (" + select + ") TO ? (FORMAT PARQUET, PARTITION_BY (event_date)"
                + (overwrite ? ", OVERWRITE_OR_IGNORE" : "") + ")";
        try (PreparedStatement p = queries.store().connection().prepareStatement(sql)) {
            Sql.bind(p, parameters);
            p.execute();
        } catch (SQLException e) {
            throw new StoreException(out + ": Parquet export failed: " + Store.firstLine(e.getMessage()), e);
        }
        return new Result(rows, 0, null);
    }

    private interface RowHandler {
        void row(Map<String, Object> row);
    }

    private void eachEvent(EventFilter filter, RowHandler handler) {
        List<Object> parameters = new ArrayList<>();
        each(String.format(EVENT_ROWS, filter.where("e", parameters)), parameters, handler);
    }

    /** Streams a query's rows (not held in memory) as column-name maps. */
    private void each(String sql, List<Object> parameters, RowHandler handler) {
        try (PreparedStatement p = queries.store().connection().prepareStatement(sql)) {
            Sql.bind(p, parameters);
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                int n = meta.getColumnCount();
                String[] names = new String[n];
                int[] types = new int[n];
                for (int i = 0; i < n; i++) {
                    names[i] = meta.getColumnLabel(i + 1);
                    types[i] = meta.getColumnType(i + 1);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                while (r.next()) {
                    row.clear();
                    for (int i = 0; i < n; i++) {
                        row.put(names[i], value(r, i + 1, types[i]));
                    }
                    handler.row(row);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(queries.store().path() + ": export failed: " + Store.firstLine(e.getMessage()), e);
        }
    }

    private static Object value(ResultSet r, int i, int type) throws SQLException {
        return switch (type) {
            case java.sql.Types.DATE -> r.getObject(i, LocalDate.class);
            case java.sql.Types.TIMESTAMP -> r.getObject(i, LocalDateTime.class);
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT -> {
                long v = r.getLong(i);
                yield r.wasNull() ? null : v;
            }
            case java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL -> {
                double v = r.getDouble(i);
                yield r.wasNull() ? null : v;
            }
            default -> r.getObject(i);
        };
    }

    private static String coordinate(Object value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", (Double) value);
    }

    /** Tabs and line breaks would break a TSV row: they become spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
