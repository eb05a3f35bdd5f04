package org.attache.store;

import org.attache.ingest.NearDuplicateIndex;
import org.attache.ingest.TextFingerprint;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.attache.store.AppenderValues.date;
import static org.attache.store.AppenderValues.string;

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
                              int removedEvents, int copies) {
        static final BatchResult EMPTY = new BatchResult(0, 0, 0, 0, 0, 0, 0);
    }

    /** An earlier article this one copies, and how much of the shorter text the other holds (1 for the same text). */
    private record Copy(long original, double containment) {
    }

    private record Pending(ArticleRecord article, List<MentionRow> mentions, Decision decision, long id, Copy copy) {
        Long copyOf() {
            return copy == null ? null : copy.original();
        }
    }

    /** A stored article as the in-memory index knows it. */
    private record Known(long id, String hash, String version, LocalDate published, boolean hasUrl) {
    }

    /** After this many look-ups by SQL in one session, all stored articles are indexed in memory (bulk loads). */
    private static final int LOOKUPS_BEFORE_INDEX = 200;

    private static final boolean PROFILE = System.getenv("ATTACHE_STORE_PROFILE") != null;
    private static final int KEYS_PER_QUERY = 200;
    private static final int KEYS_FOR_FULL_LOAD = 2_000;

    private final Store store;
    private final DuckDBConnection connection;
    private final EventClusters clusters = new EventClusters();
    private final MentionTables mentionTables;
    private final Map<String, Pending> pendingByKey = new LinkedHashMap<>();
    private final Map<String, Pending> pendingByHash = new LinkedHashMap<>();
    private long nextArticleId;
    private long nextMentionId;
    private long nextEventId;
    private PreparedStatement byKey;
    private PreparedStatement byHashWithoutUrl;
    private PreparedStatement byHash;
    private int sqlLookups;
    private int pendingMentions;
    private Map<String, Known> knownByKey;
    private Map<String, Known> knownByHash;
    private Map<String, Known> knownByHashWithoutUrl;
    private NearDuplicateIndex<Long> nearDuplicates;

    public StoreWriter(Store store) {
        if (store.readOnly()) {
            throw new IllegalArgumentException("store opened read-only");
        }
        this.store = store;
        this.connection = store.connection();
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id BIGINT, event_date DATE, created_at TIMESTAMP)");
            }
            connection.setAutoCommit(false);
            byKey = connection.prepareStatement("SELECT id, content_hash, pipeline_version, published FROM articles"
                    + " WHERE article_key = ? ORDER BY id LIMIT 1");
            byHashWithoutUrl = connection.prepareStatement("SELECT id, content_hash, pipeline_version, published"
                    + " FROM articles WHERE content_hash = ? AND url IS NULL ORDER BY id LIMIT 1");
            byHash = connection.prepareStatement("SELECT id, content_hash, pipeline_version, published FROM articles"
                    + " WHERE content_hash = ? ORDER BY id LIMIT 1");
            loadIds();
            mentionTables = new MentionTables(connection);
            connection.commit();
        } catch (SQLException e) {
            throw failure("cannot prepare the writer", e);
        }
    }

    private void loadIds() throws SQLException {
        nextArticleId = max("articles") + 1;
        nextMentionId = max("mentions_compact") + 1;
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
            if (knownByKey == null && ++sqlLookups > LOOKUPS_BEFORE_INDEX) {
                loadKnown();
            }
            if (knownByKey != null) {
                Known k = knownByKey.get(article.key());
                if (k == null) {
                    k = (article.url() != null ? knownByHashWithoutUrl : knownByHash).get(article.contentHash());
                }
                return k == null ? new Decision(Action.NEW, null, "new")
                        : compare(article, k.hash(), k.version(), k.published(), k.id());
            }
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
            pendingMentions -= earlier.mentions().size();
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
        if (article.fingerprint() != null) {
            nearDuplicates().add(id, article.fingerprint());
        }
        pendingByKey.put(article.key(), p);
        pendingByHash.putIfAbsent(article.contentHash(), p);
        pendingMentions += p.mentions().size();
    }

    /** The first article with the same text, else the first whose text this one nearly duplicates, else null. */
    private Copy copyOf(ArticleRecord article, long id) {
        Long same = sameText(article, id);
        if (same != null) {
            return new Copy(same, 1.0);
        }
        if (article.fingerprint() == null) {
            return null;
        }
        NearDuplicateIndex.Match<Long> match = nearDuplicates().find(article.fingerprint());
        return match == null || match.original() == id ? null : new Copy(match.original(), match.containment());
    }

    private Long sameText(ArticleRecord article, long id) {
        Pending sameText = pendingByHash.get(article.contentHash());
        if (sameText != null && sameText.id() != id) {
            return sameText.id();
        }
        if (knownByHash != null) {
            Known k = knownByHash.get(article.contentHash());
            return k == null || k.id() == id ? null : k.id();
        }
        try {
            Object[] row = first(byHash, article.contentHash());
            return row == null || (Long) row[0] == id ? null : (Long) row[0];
        } catch (SQLException e) {
            throw failure("cannot look up " + article.input(), e);
        }
    }

    /** The fingerprints of every stored article, read once per writer (about 3 KB of memory per article). */
    private NearDuplicateIndex<Long> nearDuplicates() {
        if (nearDuplicates == null) {
            NearDuplicateIndex<Long> index = new NearDuplicateIndex<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, fingerprint FROM articles WHERE fingerprint IS NOT NULL"
                         + " ORDER BY id")) {
                while (r.next()) {
                    index.add(r.getLong(1), TextFingerprint.fromBytes(r.getBytes(2)));
                }
            } catch (SQLException e) {
                throw failure("cannot read the article fingerprints", e);
            }
            nearDuplicates = index;
        }
        return nearDuplicates;
    }

    private void loadKnown() throws SQLException {
        Map<String, Known> byKeyMap = new java.util.HashMap<>();
        Map<String, Known> byHashMap = new java.util.HashMap<>();
        Map<String, Known> byHashNoUrl = new java.util.HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, article_key, content_hash, pipeline_version, published,"
                     + " url IS NOT NULL FROM articles ORDER BY id")) {
            while (r.next()) {
                Known k = new Known(r.getLong(1), r.getString(3), r.getString(4).intern(),
                        r.getObject(5, LocalDate.class), r.getBoolean(6));
                remember(r.getString(2), k, byKeyMap, byHashMap, byHashNoUrl);
            }
        }
        knownByKey = byKeyMap;
        knownByHash = byHashMap;
        knownByHashWithoutUrl = byHashNoUrl;
    }

    private static void remember(String key, Known k, Map<String, Known> byKeyMap, Map<String, Known> byHashMap,
                                 Map<String, Known> byHashNoUrl) {
        byKeyMap.putIfAbsent(key, k);
        byHashMap.putIfAbsent(k.hash(), k);
        if (!k.hasUrl()) {
            byHashNoUrl.putIfAbsent(k.hash(), k);
        }
    }

    /** Brings the in-memory index up to date with a committed batch. */
    private void rememberCommitted(List<Pending> batch) {
        if (knownByKey == null) {
            return;
        }
        for (Pending p : batch) {
            if (p.decision().action() == Action.REPLACE) {
                // entries of the replaced version may point at other texts: rebuild the index when next needed
                knownByKey = null;
                knownByHash = null;
                knownByHashWithoutUrl = null;
                sqlLookups = 0;
                return;
            }
        }
        for (Pending p : batch) {
            ArticleRecord a = p.article();
            remember(a.key(), new Known(p.id(), a.contentHash(), a.pipelineVersion().intern(), a.published(),
                    a.url() != null), knownByKey, knownByHash, knownByHashWithoutUrl);
        }
    }

    public int pendingArticles() {
        return pendingByKey.size();
    }

    public int pendingMentions() {
        return pendingMentions;
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
            long committing = System.nanoTime();
            connection.commit();
            if (PROFILE) {
                System.err.printf("commit %.0f ms%n", (System.nanoTime() - committing) / 1e6);
            }
            rememberCommitted(batch);
            pendingByKey.clear();
            pendingByHash.clear();
            pendingMentions = 0;
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            pendingByKey.clear();
            pendingByHash.clear();
            pendingMentions = 0;
            if (e instanceof StoreException se) {
                throw se;
            }
            throw failure("storing " + batch.size() + " article" + (batch.size() == 1 ? "" : "s") + " failed"
                    + " (nothing of them was stored)", e);
        }
    }

    /** Drops the buffered articles without storing them. */
    public void discardPending() {
        nearDuplicates = null;
        pendingByKey.clear();
        pendingByHash.clear();
        pendingMentions = 0;
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is unusable; the caller reports the original failure
        }
        clusters.clear();
        nearDuplicates = null;
        knownByKey = null;
        knownByHash = null;
        knownByHashWithoutUrl = null;
        sqlLookups = 0;
        try {
            loadIds();
            mentionTables.load();
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
            execute("INSERT INTO touched SELECT id, event_date, created_at FROM events WHERE id IN"
                    + " (SELECT DISTINCT event FROM mentions_compact WHERE article IN (SELECT unnest(?)))", ids);
            execute("DELETE FROM mentions_compact WHERE article IN (SELECT unnest(?))", ids);
            execute("DELETE FROM sentences WHERE article IN (SELECT unnest(?))", ids);
            execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", ids);
            execute("DELETE FROM article_texts WHERE article IN (SELECT unnest(?))", ids);
        }

        List<MentionRow> all = new ArrayList<>();
        for (Pending p : batch) {
            all.addAll(p.mentions());
        }
        long t0 = System.nanoTime();
        loadClusters(all);
        long t1 = System.nanoTime();

        int mentionCount = 0;
        int newEvents = 0;
        int copies = 0;
        Set<Long> created = new HashSet<>();
        Set<Long> joined = new LinkedHashSet<>();
        Map<Long, SyndicatedReports> reportsOfBatch = new HashMap<>();
        try (DuckDBAppender articles = connection.createAppender("main", "articles");
             DuckDBAppender texts = connection.createAppender("main", "article_texts");
             MentionTables.Batch mentions = mentionTables.batch();
             DuckDBAppender touched = connection.createAppender("temp", "main", "touched")) {
            for (Pending p : batch) {
                appendArticle(articles, p, now);
                if (p.article().text() != null) {
                    texts.beginRow().append(p.id()).append(p.article().text()).endRow();
                }
                SyndicatedReports original = p.copy() == null ? null
                        : reportsOfOriginal(p.copy().original(), reportsOfBatch);
                if (p.copy() != null) {
                    copies++;
                }
                SyndicatedReports own = new SyndicatedReports(p.article().published());
                reportsOfBatch.put(p.id(), own);
                for (MentionRow m : p.mentions()) {
                    String key = m.clusterKey();
                    Long copied = original == null ? null
                            : original.eventOf(key, m.sentenceText(), m.date(),
                            p.article().published());
                    EventClusters.Cluster cluster = copied == null ? clusters.match(m, key) : null;
                    long eventId;
                    if (copied != null) {
                        // the same sentence reprinted: a further mention of the original's event
                        eventId = copied;
                        if (!created.contains(eventId)) {
                            joined.add(eventId);
                        }
                    } else if (cluster == null) {
                        eventId = nextEventId++;
                        newEvents++;
                        created.add(eventId);
                        touched.beginRow().append(eventId);
                        date(touched, m.date());
                        touched.append(now).endRow();
                        clusters.open(m, key, eventId);
                    } else {
                        eventId = cluster.id;
                        if (!created.contains(eventId)) {
                            joined.add(eventId);
                        }
                    }
                    mentions.append(nextMentionId++, p.id(), eventId, m);
                    own.add(key, m.sentenceText(), eventId, m.date());
                    mentionCount++;
                }
            }
        }
        if (!joined.isEmpty()) {
            // events stored before this batch keep their date and creation time
            execute("INSERT INTO touched SELECT id, event_date, created_at FROM events WHERE id IN (SELECT unnest(?))",
                    connection.createArrayOf("BIGINT", joined.toArray(new Long[0])));
        }
        long t2 = System.nanoTime();
        execute("DELETE FROM events WHERE id IN (SELECT id FROM touched)");
        execute(RECOMPUTE, now);
        long t3 = System.nanoTime();
        Set<Long> removed = replacedIds.isEmpty() ? Set.of() : removedEvents();
        clusters.remove(removed);
        if (PROFILE) {
            System.err.printf("flush: load %.0f ms, append %.0f ms, recompute %.0f ms, removed %.0f ms%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (System.nanoTime() - t3) / 1e6);
        }
        return new BatchResult(batch.size(), replacedIds.size(), mentionCount, newEvents, joined.size(),
                removed.size(), copies);
    }

    /** The original's mentions by report: from this batch if it is in it, else from the store. */
    private SyndicatedReports reportsOfOriginal(long original, Map<Long, SyndicatedReports> ofBatch)
            throws SQLException {
        SyndicatedReports reports = ofBatch.get(original);
        if (reports != null) {
            return reports;
        }
        LocalDate published = null;
        try (PreparedStatement p = connection.prepareStatement("SELECT published FROM articles WHERE id = ?")) {
            p.setLong(1, original);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    published = r.getObject(1, LocalDate.class);
                }
            }
        }
        SyndicatedReports byReport = new SyndicatedReports(published);
        try (PreparedStatement p = connection.prepareStatement("SELECT source_code, coalesce(target_code, ''), root,"
                + " modality, sentence_text, event, date FROM mentions WHERE article = ? ORDER BY id")) {
            p.setLong(1, original);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1) + '\u001f' + r.getString(2) + '\u001f' + r.getString(3) + '\u001f'
                            + r.getString(4);
                    byReport.add(key, r.getString(5), r.getLong(6),
                            r.getObject(7, LocalDate.class));
                }
            }
        }
        return byReport;
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

    /**
     * Rebuilds every touched event from its mentions (the touched rows were deleted just before): counts, dates, the
     * representative mention and its codes, and the location of the most confident mention that has one. An event
     * left without mentions is simply not rebuilt.
     */
    private static final String RECOMPUTE = """
            INSERT INTO events (id, source_code, source_country, source_sector, target_code, target_country,
                   target_sector, root, modality, event_date, min_date, max_date, cameo, quad, goldstein, plover,
                   trigger_text, num_mentions, num_sources, num_articles, first_seen, last_seen, representative,
                   confidence, created_at, updated_at, cameo_name, source_text, target_text, sentence_index, sentence_text,
                   url, location_name, location_kind, location_country, location_lat, location_lon)
            SELECT g.event, r.source_code, r.source_country, r.source_sector, coalesce(r.target_code, ''),
                   r.target_country, r.target_sector, r.root, r.modality, t.event_date, g.mind, g.maxd, r.cameo,
                   r.quad, r.goldstein, r.plover, lower(r.trigger_text), g.n, g.ns, g.na, g.fs, g.ls, g.rep, g.conf,
                   t.created_at, ?, r.cameo_name, r.source_text, r.target_text, r.sentence_index, r.sentence_text, ra.url,
                   g.loc.name, g.loc.kind, g.loc.country, g.loc.lat, g.loc.lon
            FROM (SELECT m.event, count(*) AS n, count(DISTINCT m.article) AS na,
                         count(DISTINCT coalesce(a.outlet, '(unknown)')) AS ns,
                         min(coalesce(a.published, CAST(a.coded_at AS DATE))) AS fs,
                         max(coalesce(a.published, CAST(a.coded_at AS DATE))) AS ls,
                         min(m.date) AS mind, max(m.date) AS maxd, avg(m.confidence) AS conf,
                         first(m.id ORDER BY m.confidence DESC, m.id) AS rep,
                         first({'name': p.location_name, 'kind': p.location_kind, 'country': p.location_country,
                                'lat': p.location_lat, 'lon': p.location_lon}
                               ORDER BY p.location_name IS NULL, m.confidence DESC, m.id) AS loc
                  FROM mentions_compact m JOIN articles a ON a.id = m.article LEFT JOIN places p ON p.id = m.place
                  WHERE m.event IN (SELECT id FROM touched)
                  GROUP BY m.event) g
            JOIN mentions r ON r.id = g.rep
            JOIN articles ra ON ra.id = r.article
            JOIN (SELECT id, min(event_date) AS event_date, min(created_at) AS created_at FROM touched GROUP BY id) t
              ON t.id = g.event""";

    private Set<Long> removedEvents() throws SQLException {
        Set<Long> removed = new HashSet<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT t.id FROM touched t ANTI JOIN events e ON e.id = t.id");
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
        if (p.copy() == null) {
            a.appendNull();
        } else {
            a.append(p.copy().original());
        }
        a.append(p.mentions().size());
        if (r.fingerprint() == null) {
            a.appendNull();
        } else {
            a.append(r.fingerprint().toBytes());
        }
        if (p.copy() == null) {
            a.appendNull();
        } else {
            a.append(p.copy().containment());
        }
        a.endRow();
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
