package org.attache.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes coded articles to the store in batches. Each {@link #flush()} is one transaction: the batch's articles, their
 * mentions (through DuckDB's Appender), the events they open or join, and the recomputed counts of every event they
 * touch; it is committed whole or not at all. An article coded before by another pipeline version loses its old
 * mentions in the same transaction that adds the new ones.
 *
 * <p>One writer per store at a time (DuckDB lets one process write; within a process, use one writer).
 */
public final class StoreWriter implements AutoCloseable {
    /** What to do with an article before coding it. */
    public enum Action { SKIP, NEW, REPLACE }

    /** The decision for one article: {@code existing} is the stored article it matched, {@code reason} says why. */
    public record Decision(Action action, Long existing, String reason) {
    }

    /** What one flush committed. */
    public record BatchResult(int articles, int replaced, int mentions, int newEvents, int joinedEvents,
                              int removedEvents) {
        static final BatchResult EMPTY = new BatchResult(0, 0, 0, 0, 0, 0);
    }

    private record Pending(ArticleRecord article, List<MentionRow> mentions, Decision decision, long id, Long copyOf) {
    }

    private static final int KEYS_PER_QUERY = 200;
    private static final int KEYS_FOR_FULL_LOAD = 2_000;

    private final Store store;
    private final DuckDBConnection connection;
    private final EventClusters clusters = new EventClusters();
    private final Map<String, Pending> pendingByKey = new LinkedHashMap<>();
    private final Map<String, Pending> pendingByHash = new LinkedHashMap<>();
    private long nextArticleId;
    private long nextMentionId;
    private long nextEventId;
    private PreparedStatement byKey;
    private PreparedStatement byHashWithoutUrl;
    private PreparedStatement byHash;

    public StoreWriter(Store store) {
        if (store.readOnly()) {
            throw new IllegalArgumentException("store opened read-only");
        }
        this.store = store;
        this.connection = store.connection();
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id BIGINT)");
            }
            connection.setAutoCommit(false);
            byKey = connection.prepareStatement("SELECT id, content_hash, pipeline_version, published FROM articles"
                    + " WHERE article_key = ? ORDER BY id LIMIT 1");
            byHashWithoutUrl = connection.prepareStatement("SELECT id, content_hash, pipeline_version, published"
                    + " FROM articles WHERE content_hash = ? AND url IS NULL ORDER BY id LIMIT 1");
            byHash = connection.prepareStatement("SELECT id, content_hash, pipeline_version, published FROM articles"
                    + " WHERE content_hash = ? ORDER BY id LIMIT 1");
            loadIds();
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot prepare the writer", e);
        }
    }

    private void loadIds() throws SQLException {
        nextArticleId = max("articles") + 1;
        nextMentionId = max("mentions") + 1;
        nextEventId = max("events") + 1;
    }

    private long max(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Whether the article is new, already stored as it is (same text, same date, same pipeline version: skip it, do
     * not even code it), or stored from other text, date or pipeline version (code it again and replace). An article is
     * found by its URL; without a URL, or when its URL is unknown, by an article with the same text and no URL. An
     * article with the same text under another URL is a new article (a syndicated copy).
     */
    public Decision decide(ArticleRecord article) {
        Pending pending = pendingByKey.get(article.key());
        if (pending == null && (article.url() == null)) {
            pending = pendingByHash.get(article.contentHash());
        }
        if (pending != null) {
            return compare(article, pending.article().contentHash(), pending.article().pipelineVersion(),
                    pending.article().published(), pending.id());
        }
        try {
            Object[] row = first(byKey, article.key());
            if (row == null) {
                row = first(article.url() != null ? byHashWithoutUrl : byHash, article.contentHash());
            }
            if (row == null) {
                return new Decision(Action.NEW, null, "new");
            }
            return compare(article, (String) row[1], (String) row[2], (LocalDate) row[3], (Long) row[0]);
        } catch (SQLException e) {
            throw failure("cannot look up " + article.input(), e);
        }
    }

    private static Decision compare(ArticleRecord article, String hash, String version, LocalDate published, long id) {
        if (!hash.equals(article.contentHash())) {
            return new Decision(Action.REPLACE, id, "text changed");
        }
        if (!version.equals(article.pipelineVersion())) {
            return new Decision(Action.REPLACE, id, "pipeline version changed");
        }
        if (!Objects.equals(published, article.published())) {
            return new Decision(Action.REPLACE, id, "publication date changed");
        }
        return new Decision(Action.SKIP, id, "already stored");
    }

    private Object[] first(PreparedStatement statement, String value) throws SQLException {
        statement.setString(1, value);
        try (ResultSet r = statement.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            return new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getObject(4, LocalDate.class)};
        }
    }

    /** Buffers a coded article for the next flush; the decision must come from {@link #decide} for it. */
    public void add(ArticleRecord article, List<MentionRow> mentions, Decision decision) {
        if (decision.action() == Action.SKIP) {
            return;
        }
        Pending earlier = pendingByKey.remove(article.key());
        if (earlier != null) {
            pendingByHash.values().remove(earlier);
        }
        long id;
        Decision effective = decision;
        if (decision.action() == Action.REPLACE && earlier != null && earlier.id() == decision.existing()) {
            // replaces an article of this same batch: keep the earlier one's decision (new, or replacing a stored one)
            id = earlier.id();
            effective = earlier.decision();
        } else if (decision.action() == Action.REPLACE) {
            id = decision.existing();
        } else {
            id = nextArticleId++;
        }
        Pending p = new Pending(article, List.copyOf(mentions), effective, id, copyOf(article, id));
        pendingByKey.put(article.key(), p);
        pendingByHash.putIfAbsent(article.contentHash(), p);
    }

    private Long copyOf(ArticleRecord article, long id) {
        Pending sameText = pendingByHash.get(article.contentHash());
        if (sameText != null && sameText.id() != id) {
            return sameText.id();
        }
        try {
            Object[] row = first(byHash, article.contentHash());
            return row == null || (Long) row[0] == id ? null : (Long) row[0];
        } catch (SQLException e) {
            throw failure("cannot look up " + article.input(), e);
        }
    }

    public int pendingArticles() {
        return pendingByKey.size();
    }

    public int pendingMentions() {
        return pendingByKey.values().stream().mapToInt(p -> p.mentions().size()).sum();
    }

    /** Commits the buffered articles as one transaction. On failure nothing of the batch is stored. */
    public BatchResult flush() {
        if (pendingByKey.isEmpty()) {
            return BatchResult.EMPTY;
        }
        List<Pending> batch = new ArrayList<>(pendingByKey.values());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try {
            BatchResult result = write(batch, now);
            connection.commit();
            pendingByKey.clear();
            pendingByHash.clear();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            pendingByKey.clear();
            pendingByHash.clear();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("storing " + batch.size() + " article" + (batch.size() == 1 ? "" : "s") + " failed"
                    + " (nothing of them was stored)", e);
        }
    }

    /** Drops the buffered articles without storing them. */
    public void discardPending() {
        pendingByKey.clear();
        pendingByHash.clear();
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the caller reports the original failure
        }
        clusters.clear();
        try {
            loadIds();
            connection.commit();
        } catch (SQLException ignored) {
            // ditto
        }
    }

    private BatchResult write(List<Pending> batch, LocalDateTime now) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM touched"); // also opens the transaction the appenders join
        }
        List<Long> replacedIds = new ArrayList<>();
        for (Pending p : batch) {
            if (p.decision().action() == Action.REPLACE) {
                replacedIds.add(p.id());
            }
        }
        if (!replacedIds.isEmpty()) {
            Array ids = connection.createArrayOf("BIGINT", replacedIds.toArray(new Long[0]));
            execute("INSERT INTO touched SELECT DISTINCT event FROM mentions WHERE article IN (SELECT unnest(?))", ids);
            execute("DELETE FROM mentions WHERE article IN (SELECT unnest(?))", ids);
            execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", ids);
        }

        List<MentionRow> all = new ArrayList<>();
        for (Pending p : batch) {
            all.addAll(p.mentions());
        }
        loadClusters(all);

        int mentionCount = 0;
        int newEvents = 0;
        Set<Long> joined = new HashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        try (DuckDBAppender articles = connection.createAppender("main", "articles");
             DuckDBAppender mentions = connection.createAppender("main", "mentions");
             DuckDBAppender events = connection.createAppender("main", "events")) {
            for (Pending p : batch) {
                appendArticle(articles, p, now);
                for (MentionRow m : p.mentions()) {
                    EventClusters.Cluster cluster = clusters.match(m);
                    long eventId;
                    if (cluster == null) {
                        eventId = nextEventId++;
                        newEvents++;
                        appendEvent(events, eventId, m, now);
                        if (m.date() != null) {
                            clusters.add(m.clusterKey(), new EventClusters.Cluster(eventId,
                                    EventClusters.epochDay(m.date()), m.cameo(), lower(m.triggerText())));
                        }
                    } else {
                        eventId = cluster.id;
                        joined.add(eventId);
                    }
                    touched.add(eventId);
                    appendMention(mentions, nextMentionId++, p.id(), eventId, m);
                    mentionCount++;
                }
            }
        }
        if (!touched.isEmpty()) {
            try (DuckDBAppender t = connection.createAppender("temp", "main", "touched")) {
                for (long id : touched) {
                    t.beginRow().append(id).endRow();
                }
            }
        }
        recompute(now);
        Set<Long> removed = removeEmptyEvents();
        clusters.remove(removed);
        return new BatchResult(batch.size(), replacedIds.size(), mentionCount, newEvents, joined.size(),
                removed.size());
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            Sql.bind(p, parameters);
            p.execute();
        }
    }

    /** Fills the cluster index for the dyad keys of these mentions: per key, or the whole table for many keys. */
    private void loadClusters(List<MentionRow> mentions) throws SQLException {
        if (clusters.isComplete()) {
            return;
        }
        Map<String, MentionRow> missing = new LinkedHashMap<>();
        for (MentionRow m : mentions) {
            if (m.date() != null && !clusters.isLoaded(m.clusterKey())) {
                missing.putIfAbsent(m.clusterKey(), m);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String columns = "SELECT e.id, e.source_code, e.target_code, e.root, e.modality, e.event_date, e.cameo,"
                + " e.trigger_text FROM events e";
        if (missing.size() >= KEYS_FOR_FULL_LOAD) {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery(columns + " WHERE e.event_date IS NOT NULL")) {
                readClusters(r);
            }
            clusters.markComplete();
            return;
        }
        List<MentionRow> keys = new ArrayList<>(missing.values());
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<MentionRow> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            StringBuilder sql = new StringBuilder(columns).append(" JOIN (VALUES ");
            List<Object> parameters = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
                MentionRow m = chunk.get(i);
                parameters.add(m.sourceCode());
                parameters.add(m.targetCode() == null ? "" : m.targetCode());
                parameters.add(m.root());
                parameters.add(m.modality());
            }
            sql.append(") k(s, t, r, m) ON e.source_code = k.s AND e.target_code = k.t AND e.root = k.r"
                    + " AND e.modality = k.m WHERE e.event_date IS NOT NULL");
            try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
                Sql.bind(p, parameters);
                try (ResultSet r = p.executeQuery()) {
                    readClusters(r);
                }
            }
            for (MentionRow m : chunk) {
                clusters.touchKey(m.clusterKey());
            }
        }
    }

    private void readClusters(ResultSet r) throws SQLException {
        while (r.next()) {
            String key = r.getString(2) + '\u001f' + r.getString(3) + '\u001f' + r.getString(4) + '\u001f'
                    + r.getString(5);
            LocalDate date = r.getObject(6, LocalDate.class);
            clusters.add(key, new EventClusters.Cluster(r.getLong(1), EventClusters.epochDay(date), r.getString(7),
                    r.getString(8)));
        }
    }

    private static final String RECOMPUTE = """
            UPDATE events SET num_mentions = s.n, num_articles = s.na, num_sources = s.ns, first_seen = s.fs,
                   last_seen = s.ls, min_date = s.mind, max_date = s.maxd, representative = s.rep, confidence = s.conf,
                   cameo = s.cameo, quad = s.quad, goldstein = s.goldstein, plover = s.plover,
                   trigger_text = s.trig, source_country = s.sc, source_sector = s.ss, target_country = s.tc,
                   target_sector = s.ts, updated_at = ?
            FROM (SELECT g.*, r.cameo, r.quad, r.goldstein, r.plover, lower(r.trigger_text) AS trig,
                         r.source_country AS sc, r.source_sector AS ss, r.target_country AS tc, r.target_sector AS ts
                  FROM (SELECT m.event, count(*) AS n, count(DISTINCT m.article) AS na,
                               count(DISTINCT coalesce(a.outlet, '(unknown)')) AS ns,
                               min(coalesce(a.published, CAST(a.coded_at AS DATE))) AS fs,
                               max(coalesce(a.published, CAST(a.coded_at AS DATE))) AS ls,
                               min(m.date) AS mind, max(m.date) AS maxd, avg(m.confidence) AS conf,
                               first(m.id ORDER BY m.confidence DESC, m.id) AS rep
                        FROM mentions m JOIN articles a ON a.id = m.article
                        WHERE m.event IN (SELECT DISTINCT id FROM touched)
                        GROUP BY m.event) g
                  JOIN mentions r ON r.id = g.rep) s
            WHERE events.id = s.event""";

    private void recompute(LocalDateTime now) throws SQLException {
        execute(RECOMPUTE, now);
    }

    private Set<Long> removeEmptyEvents() throws SQLException {
        Set<Long> removed = new HashSet<>();
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM events WHERE id IN (SELECT id FROM touched)"
                + " AND id NOT IN (SELECT event FROM mentions WHERE event IN (SELECT id FROM touched)) RETURNING id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                removed.add(r.getLong(1));
            }
        }
        return removed;
    }

    private static void appendArticle(DuckDBAppender a, Pending p, LocalDateTime now) throws SQLException {
        ArticleRecord r = p.article();
        a.beginRow().append(p.id()).append(r.key()).append(r.articleId());
        string(a, r.url());
        string(a, r.source());
        string(a, r.outlet());
        string(a, r.title());
        date(a, r.published());
        string(a, r.dateOrigin());
        a.append(r.contentHash()).append(r.textLength()).append(r.pipelineVersion())
                .append(r.codedAt() != null ? r.codedAt() : now);
        string(a, r.input());
        if (p.copyOf() == null) {
            a.appendNull();
        } else {
            a.append(p.copyOf().longValue());
        }
        a.append(p.mentions().size()).endRow();
    }

    static void appendMention(DuckDBAppender a, long id, long article, long event, MentionRow m) throws SQLException {
        a.beginRow().append(id).append(article).append(event).append(m.recordId());
        date(a, m.date());
        string(a, m.dateOrigin());
        a.append(m.sentenceIndex());
        string(a, m.sentenceText());
        a.append(m.sentenceStart()).append(m.sentenceEnd());
        string(a, m.sourceText());
        a.append(m.sourceCode());
        string(a, m.sourceCountry());
        string(a, m.sourceSector());
        integer(a, m.sourceStart());
        integer(a, m.sourceEnd());
        string(a, m.sourceResolvedBy());
        string(a, m.targetText());
        string(a, m.targetCode());
        string(a, m.targetCountry());
        string(a, m.targetSector());
        integer(a, m.targetStart());
        integer(a, m.targetEnd());
        string(a, m.targetResolvedBy());
        string(a, m.triggerText());
        a.append(m.triggerStart()).append(m.triggerEnd()).append(m.cameo());
        string(a, m.cameoName());
        a.append(m.root()).append((byte) m.quad()).append(m.goldstein());
        string(a, m.plover());
        string(a, m.ploverMode());
        string(a, m.ploverContext());
        a.append(m.modality()).append(m.confidence()).endRow();
    }

    private static void appendEvent(DuckDBAppender a, long id, MentionRow m, LocalDateTime now) throws SQLException {
        a.beginRow().append(id).append(m.sourceCode());
        string(a, m.sourceCountry());
        string(a, m.sourceSector());
        a.append(m.targetCode() == null ? "" : m.targetCode());
        string(a, m.targetCountry());
        string(a, m.targetSector());
        a.append(m.root()).append(m.modality());
        date(a, m.date());
        date(a, m.date());
        date(a, m.date());
        a.append(m.cameo()).append((byte) m.quad()).append(m.goldstein());
        string(a, m.plover());
        string(a, lower(m.triggerText()));
        // counts, dates and representative are filled by the recompute of the same transaction
        a.append(0).append(0).append(0).appendNull().appendNull().appendNull().appendNull()
                .append(now).append(now).endRow();
    }

    private static void string(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void integer(DuckDBAppender a, Integer value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.intValue());
        }
    }

    private static void date(DuckDBAppender a, LocalDate value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(store.path() + ": " + what + ": " + Store.firstLine(e.getMessage()), e);
    }

    /** Commits what is buffered and leaves the connection in auto-commit mode. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            try {
                for (PreparedStatement p : new PreparedStatement[] {byKey, byHashWithoutUrl, byHash}) {
                    if (p != null) {
                        p.close();
                    }
                }
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the store is closed next
            }
        }
    }
}
