package org.attache.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads mention-level Parquet (as {@code attache export --format parquet} writes it, or any file with the
 * {@link Interchange#MENTION_COLUMNS}) into the store: rows are grouped back into articles, and each article goes
 * through the same writer as {@code ingest} — an article already stored as it is adds nothing, mentions are clustered
 * into events by the store's own rule.
 */
public final class ParquetImporter {
    /** Counts of an import. */
    public record Result(int articles, int skipped, int replaced, long mentions, long newEvents) {
    }

    private final Store store;

    public ParquetImporter(Store store) {
        this.store = store;
    }

    /** The glob DuckDB reads: the file itself, or every .parquet file under a directory. */
    static String source(Path path) {
        String p = path.toAbsolutePath().toString();
        return Files.isDirectory(path) ? p + "/**/*.parquet" : p;
    }

    /** The interchange columns the files lack (empty when they can be imported). */
    public List<String> missingColumns(Path path) {
        Set<String> present = columns(path);
        List<String> missing = new ArrayList<>();
        for (String c : Interchange.MENTION_COLUMNS) {
            if (!present.contains(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    private Set<String> columns(Path path) {
        Set<String> present = new LinkedHashSet<>();
        try (PreparedStatement p = store.connection().prepareStatement(
                "DESCRIBE SELECT * FROM read_parquet(?, hive_partitioning = true, union_by_name = true)")) {
            p.setString(1, source(path));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    present.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(path + ": cannot read as Parquet: " + Store.firstLine(e.getMessage()), e);
        }
        return present;
    }

    public Result importFrom(Path path, int batchMentions) {
        List<String> missing = missingColumns(path);
        if (!missing.isEmpty()) {
            throw new StoreException(path + ": not Attaché mention records: missing column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        Set<String> present = columns(path);
        StringBuilder columns = new StringBuilder(String.join(", ", Interchange.MENTION_COLUMNS));
        for (String c : Interchange.OPTIONAL_COLUMNS) {
            columns.append(", ").append(present.contains(c) ? c : "NULL AS " + c);
        }
        String sql = "SELECT " + columns + " FROM read_parquet(?, hive_partitioning = true, union_by_name = true)"
                + " ORDER BY article_coded_at, article_content_hash, article_url, article_id, sentence_index,"
                + " record_id";
        int articles = 0;
        int skipped = 0;
        int replaced = 0;
        long mentions = 0;
        long newEvents = 0;
        // The rows stream from a second connection to the same database while the writer uses the first.
        int n = Interchange.MENTION_COLUMNS.size() + Interchange.OPTIONAL_COLUMNS.size();
        try (java.sql.Connection reader = store.connection().duplicate();
             PreparedStatement p = reader.prepareStatement(sql);
             StoreWriter writer = new StoreWriter(store)) {
            p.setString(1, source(path));
            try (ResultSet r = p.executeQuery()) {
                Object[] row = next(r, n);
                while (row != null) {
                    Object[] first = row;
                    List<MentionRow> group = new ArrayList<>();
                    while (row != null && sameArticle(first, row)) {
                        group.add(mention(row));
                        row = next(r, n);
                    }
                    ArticleRecord article = article(first);
                    StoreWriter.Decision decision = writer.decide(article);
                    if (decision.action() == StoreWriter.Action.SKIP) {
                        skipped++;
                        continue;
                    }
                    writer.add(article, group, decision);
                    articles++;
                    if (decision.action() == StoreWriter.Action.REPLACE) {
                        replaced++;
                    }
                    if (writer.pendingMentions() >= batchMentions) {
                        StoreWriter.BatchResult b = writer.flush();
                        mentions += b.mentions();
                        newEvents += b.newEvents();
                    }
                }
            }
            StoreWriter.BatchResult b = writer.flush();
            mentions += b.mentions();
            newEvents += b.newEvents();
        } catch (SQLException e) {
            throw new StoreException(path + ": cannot read: " + Store.firstLine(e.getMessage()), e);
        }
        return new Result(articles, skipped, replaced, mentions, newEvents);
    }

    // column positions in Interchange.MENTION_COLUMNS
    private static final int ARTICLE_ID = 1;
    private static final int URL = 3;
    private static final int HASH = 8;
    private static final int VERSION = 9;

    private static Object[] next(ResultSet r, int n) throws SQLException {
        if (!r.next()) {
            return null;
        }
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
            row[i] = r.getObject(i + 1);
        }
        return row;
    }

    private static boolean sameArticle(Object[] a, Object[] b) {
        return Objects.equals(a[ARTICLE_ID], b[ARTICLE_ID]) && Objects.equals(a[URL], b[URL])
                && Objects.equals(a[HASH], b[HASH]) && Objects.equals(a[VERSION], b[VERSION]);
    }

    private static ArticleRecord article(Object[] r) {
        Integer length = integer(r[7]);
        return new ArticleRecord(str(r[1]), str(r[3]), str(r[4]), str(r[2]), date(r[5]), str(r[6]), str(r[8]),
                length == null ? 0 : length, str(r[9]), timestamp(r[10]), str(r[11]));
    }

    private static MentionRow mention(Object[] r) {
        return new MentionRow(str(r[0]), date(r[12]), str(r[13]), whole(r[14]), str(r[15]), whole(r[16]),
                whole(r[17]), str(r[18]), str(r[19]), str(r[20]), str(r[21]), integer(r[22]), integer(r[23]),
                str(r[24]), str(r[25]), str(r[26]), str(r[27]), str(r[28]), integer(r[29]), integer(r[30]),
                str(r[31]), str(r[32]), whole(r[33]), whole(r[34]), str(r[35]), str(r[36]), str(r[37]),
                whole(r[38]), ((Number) r[39]).doubleValue(), str(r[40]), str(r[41]), str(r[42]), str(r[43]),
                ((Number) r[44]).doubleValue(), str(r[45]), str(r[46]), str(r[47]), str(r[48]), decimal(r[49]),
                decimal(r[50]), integer(r[51]), integer(r[52]));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Double decimal(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static int whole(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    private static LocalDateTime timestamp(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }
}
