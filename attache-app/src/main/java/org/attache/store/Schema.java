package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as an ordered list of migrations. {@code schema_version} records every migration applied; opening
 * a store applies the missing ones, each in its own transaction, and refuses a store written by a newer Attaché.
 * A migration is never edited once released: changes are new migrations appended to {@link #MIGRATIONS}.
 */
public final class Schema {
    /** One step of the schema: its number, a one-line description and the statements that make it. */
    public record Migration(int version, String description, List<String> statements) {
    }

    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "articles, mentions and deduplicated events", List.of(
                    """
                    CREATE TABLE articles (
                        id               BIGINT    NOT NULL,  -- store key
                        article_key      VARCHAR   NOT NULL,  -- identity: 'url:' + URL, or 'sha256:' + content hash without a URL
                        article_id       VARCHAR   NOT NULL,  -- the article's own id (record field article.id)
                        url              VARCHAR,
                        source           VARCHAR,
                        outlet           VARCHAR,             -- source, else the URL's host: what NumSources counts
                        title            VARCHAR,
                        published        DATE,
                        date_origin      VARCHAR,
                        content_hash     VARCHAR   NOT NULL,  -- SHA-256 of the text with whitespace runs collapsed
                        text_length      INTEGER,
                        pipeline_version VARCHAR   NOT NULL,
                        coded_at         TIMESTAMP NOT NULL,  -- UTC
                        input            VARCHAR,             -- file (and line) the article was read from
                        copy_of          BIGINT,              -- an earlier article with the same text under another key
                        num_mentions     INTEGER   NOT NULL
                    )""",
                    "CREATE INDEX articles_key ON articles (article_key)",
                    "CREATE INDEX articles_hash ON articles (content_hash)",
                    """
                    CREATE TABLE mentions (
                        id                 BIGINT   NOT NULL,  -- store key
                        article            BIGINT   NOT NULL,  -- articles.id
                        event              BIGINT   NOT NULL,  -- events.id: the cluster this mention belongs to
                        record_id          VARCHAR  NOT NULL,  -- record field id
                        date               DATE,
                        date_origin        VARCHAR,
                        sentence_index     INTEGER,
                        sentence_text      VARCHAR,
                        sentence_start     INTEGER,
                        sentence_end       INTEGER,
                        source_text        VARCHAR,
                        source_code        VARCHAR  NOT NULL,
                        source_country     VARCHAR,
                        source_sector      VARCHAR,
                        source_start       INTEGER,
                        source_end         INTEGER,
                        source_resolved_by VARCHAR,
                        target_text        VARCHAR,
                        target_code        VARCHAR,
                        target_country     VARCHAR,
                        target_sector      VARCHAR,
                        target_start       INTEGER,
                        target_end         INTEGER,
                        target_resolved_by VARCHAR,
                        trigger_text       VARCHAR,
                        trigger_start      INTEGER,
                        trigger_end        INTEGER,
                        cameo              VARCHAR  NOT NULL,
                        cameo_name         VARCHAR,
                        root               VARCHAR  NOT NULL,
                        quad               TINYINT  NOT NULL,
                        goldstein          DOUBLE   NOT NULL,
                        plover             VARCHAR,
                        plover_mode        VARCHAR,
                        plover_context     VARCHAR,
                        modality           VARCHAR  NOT NULL,
                        confidence         DOUBLE   NOT NULL
                    )""",
                    """
                    CREATE TABLE events (
                        id             BIGINT    NOT NULL,  -- GDELT's GLOBALEVENTID in exports
                        source_code    VARCHAR   NOT NULL,
                        source_country VARCHAR,
                        source_sector  VARCHAR,
                        target_code    VARCHAR   NOT NULL,  -- '' when the event has no target
                        target_country VARCHAR,
                        target_sector  VARCHAR,
                        root           VARCHAR   NOT NULL,
                        modality       VARCHAR   NOT NULL,
                        event_date     DATE,                -- date of the mention that opened the cluster (its anchor)
                        min_date       DATE,
                        max_date       DATE,
                        cameo          VARCHAR   NOT NULL,  -- of the representative mention
                        quad           TINYINT   NOT NULL,
                        goldstein      DOUBLE    NOT NULL,
                        plover         VARCHAR,
                        trigger_text   VARCHAR,             -- of the representative mention (lower case)
                        num_mentions   INTEGER   NOT NULL,
                        num_sources    INTEGER   NOT NULL,
                        num_articles   INTEGER   NOT NULL,
                        first_seen     DATE,                -- earliest report (publication date, else coding date)
                        last_seen      DATE,                -- latest report
                        representative BIGINT,              -- mentions.id: highest confidence, then earliest
                        confidence     DOUBLE,              -- mean confidence of the mentions
                        created_at     TIMESTAMP NOT NULL,  -- UTC; GDELT's DATEADDED
                        updated_at     TIMESTAMP NOT NULL
                    )"""
            )),
            new Migration(2, "views: mention records and asserted events", List.of(
                    """
                    CREATE VIEW mention_records AS
                    SELECT m.id AS mention_id, m.event AS event_id, m.record_id,
                           a.article_id, a.title AS article_title, a.url AS article_url, a.source AS article_source,
                           a.published AS article_published, a.date_origin AS article_date_origin,
                           a.text_length AS article_text_length,
                           a.content_hash AS article_content_hash, a.pipeline_version AS article_pipeline_version,
                           a.coded_at AS article_coded_at, a.input AS article_input,
                           m.date, m.date_origin, m.sentence_index, m.sentence_text, m.sentence_start, m.sentence_end,
                           m.source_text, m.source_code, m.source_country, m.source_sector, m.source_start,
                           m.source_end, m.source_resolved_by,
                           m.target_text, m.target_code, m.target_country, m.target_sector, m.target_start,
                           m.target_end, m.target_resolved_by,
                           m.trigger_text, m.trigger_start, m.trigger_end,
                           m.cameo, m.cameo_name, m.root, m.quad, m.goldstein, m.plover, m.plover_mode,
                           m.plover_context, m.modality, m.confidence
                    FROM mentions m JOIN articles a ON a.id = m.article""",
                    "CREATE VIEW asserted_events AS SELECT * FROM events WHERE modality = 'asserted'"
            )),
            new Migration(3, "events keep their representative's code name, sentence, actor texts and URL", List.of(
                    // queries list and explain events without reaching into the (much larger) mentions table
                    "ALTER TABLE events ADD COLUMN cameo_name VARCHAR",
                    "ALTER TABLE events ADD COLUMN source_text VARCHAR",
                    "ALTER TABLE events ADD COLUMN target_text VARCHAR",
                    "ALTER TABLE events ADD COLUMN sentence_index INTEGER",
                    "ALTER TABLE events ADD COLUMN sentence_text VARCHAR",
                    "ALTER TABLE events ADD COLUMN url VARCHAR",
                    """
                    UPDATE events SET cameo_name = r.cameo_name, source_text = r.source_text, target_text = r.target_text,
                           sentence_index = r.sentence_index, sentence_text = r.sentence_text, url = a.url
                    FROM mentions r JOIN articles a ON a.id = r.article
                    WHERE r.id = events.representative""",
                    "CREATE OR REPLACE VIEW asserted_events AS SELECT * FROM events WHERE modality = 'asserted'"
            )),
            new Migration(4, "where events happened: the record's location on mentions and events", List.of(
                    "ALTER TABLE mentions ADD COLUMN location_text VARCHAR",
                    "ALTER TABLE mentions ADD COLUMN location_name VARCHAR",
                    "ALTER TABLE mentions ADD COLUMN location_kind VARCHAR",     // country, capital, city, region
                    "ALTER TABLE mentions ADD COLUMN location_country VARCHAR",  // ISO 3166 alpha-3
                    "ALTER TABLE mentions ADD COLUMN location_lat DOUBLE",
                    "ALTER TABLE mentions ADD COLUMN location_lon DOUBLE",
                    "ALTER TABLE mentions ADD COLUMN location_start INTEGER",
                    "ALTER TABLE mentions ADD COLUMN location_end INTEGER",
                    "ALTER TABLE events ADD COLUMN location_name VARCHAR",
                    "ALTER TABLE events ADD COLUMN location_kind VARCHAR",
                    "ALTER TABLE events ADD COLUMN location_country VARCHAR",
                    "ALTER TABLE events ADD COLUMN location_lat DOUBLE",
                    "ALTER TABLE events ADD COLUMN location_lon DOUBLE",
                    """
                    CREATE OR REPLACE VIEW mention_records AS
                    SELECT m.id AS mention_id, m.event AS event_id, m.record_id,
                           a.article_id, a.title AS article_title, a.url AS article_url, a.source AS article_source,
                           a.published AS article_published, a.date_origin AS article_date_origin,
                           a.text_length AS article_text_length,
                           a.content_hash AS article_content_hash, a.pipeline_version AS article_pipeline_version,
                           a.coded_at AS article_coded_at, a.input AS article_input,
                           m.date, m.date_origin, m.sentence_index, m.sentence_text, m.sentence_start, m.sentence_end,
                           m.source_text, m.source_code, m.source_country, m.source_sector, m.source_start,
                           m.source_end, m.source_resolved_by,
                           m.target_text, m.target_code, m.target_country, m.target_sector, m.target_start,
                           m.target_end, m.target_resolved_by,
                           m.trigger_text, m.trigger_start, m.trigger_end,
                           m.cameo, m.cameo_name, m.root, m.quad, m.goldstein, m.plover, m.plover_mode,
                           m.plover_context, m.modality, m.confidence,
                           m.location_text, m.location_name, m.location_kind, m.location_country, m.location_lat,
                           m.location_lon, m.location_start, m.location_end
                    FROM mentions m JOIN articles a ON a.id = m.article""",
                    "CREATE OR REPLACE VIEW asserted_events AS SELECT * FROM events WHERE modality = 'asserted'"
            )),
            new Migration(5, "syndicated copies with other wording: text fingerprints and how much of the original a copy holds",
                    List.of(
                    "ALTER TABLE articles ADD COLUMN fingerprint BLOB",          // MinHash signature (TextFingerprint)
                    "ALTER TABLE articles ADD COLUMN copy_containment DOUBLE"    // share of the shorter text in the other
            )),
            new Migration(6, "articles keep their text (the web article page highlights spans in it)", List.of(
                    // a table of its own, so that scans of articles do not read the texts
                    "CREATE TABLE article_texts (article BIGINT NOT NULL, text VARCHAR NOT NULL)",
                    "CREATE INDEX article_texts_article ON article_texts (article)"
            ))
    );

    private Schema() {
    }

    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** The store's schema version; 0 for an empty database. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'main' AND table_name = 'schema_version'")) {
            r.next();
            if (r.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * Applies the migrations the store lacks. Returns how many were applied. The connection must be in auto-commit
     * mode; each migration commits on its own, so an interrupted upgrade resumes where it stopped.
     */
    public static int migrate(Connection connection, String storeName) throws SQLException {
        return migrate(connection, storeName, latestVersion());
    }

    /** Applies the missing migrations up to {@code target} (tests build stores of older versions with it). */
    static int migrate(Connection connection, String storeName, int target) throws SQLException {
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException(storeName + ": the store has schema version " + current
                    + ", newer than this Attaché knows (" + latestVersion() + "); use a newer Attaché");
        }
        if (current == 0) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL,"
                        + " description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
        }
        int applied = 0;
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= current || migration.version() > target) {
                continue;
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    s.execute(sql);
                }
                try (PreparedStatement p = connection.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, migration.version());
                    p.setString(2, migration.description());
                    p.setObject(3, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
                    p.executeUpdate();
                }
                connection.commit();
                applied++;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return applied;
    }
}
