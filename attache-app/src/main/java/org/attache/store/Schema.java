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

    /** The flat record of Parquet exports: a mention with its article's fields (schema version 4 on). */
    private static final String MENTION_RECORDS_WITH_LOCATIONS = """
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
            FROM mentions m JOIN articles a ON a.id = m.article""";

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
                    MENTION_RECORDS_WITH_LOCATIONS,
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
            )),
            new Migration(7, "mentions keep their sentence, codes, actors and place once, in tables of their own",
                    compactMentions())
    );

    /**
     * Version 7: the mentions table repeated, in every row, what a mention shares with others — its sentence (with
     * every other mention of that sentence), what the codebook says about its CAMEO code, its actors' countries and
     * sectors, its place's coordinates. Bulk inserts paid for each of those strings. Each is now stored once in a
     * table of its own, and {@code mentions_compact} keeps ids into them; {@code mentions} becomes a view with the
     * old table's columns in the old order, so readers see what they saw. A row of a lookup table is one distinct
     * combination of its values as coded (a codebook that changes a code's Goldstein score makes a second row), so
     * nothing a mention said is lost. The migration moves the stored mentions over.
     */
    private static List<String> compactMentions() {
        return List.of(
                """
                CREATE TABLE sentences (
                    id             BIGINT  NOT NULL,
                    article        BIGINT  NOT NULL,  -- articles.id
                    sentence_index INTEGER,
                    sentence_text  VARCHAR,
                    sentence_start INTEGER,
                    sentence_end   INTEGER
                )""",
                """
                CREATE TABLE event_codes (
                    id             INTEGER NOT NULL,
                    cameo          VARCHAR NOT NULL,
                    cameo_name     VARCHAR,
                    root           VARCHAR NOT NULL,
                    quad           TINYINT NOT NULL,
                    goldstein      DOUBLE  NOT NULL,
                    plover         VARCHAR,
                    plover_mode    VARCHAR,
                    plover_context VARCHAR
                )""",
                """
                CREATE TABLE actor_codes (
                    id          INTEGER NOT NULL,
                    code        VARCHAR NOT NULL,  -- '' for a mention without source
                    country     VARCHAR,
                    sector      VARCHAR,
                    resolved_by VARCHAR
                )""",
                """
                CREATE TABLE places (
                    id               INTEGER NOT NULL,
                    location_name    VARCHAR,
                    location_kind    VARCHAR,
                    location_country VARCHAR,
                    location_lat     DOUBLE,
                    location_lon     DOUBLE
                )""",
                """
                CREATE TABLE mentions_compact (
                    id             BIGINT  NOT NULL,
                    article        BIGINT  NOT NULL,  -- articles.id
                    event          BIGINT  NOT NULL,  -- events.id
                    record_id      VARCHAR NOT NULL,
                    date           DATE,
                    date_origin    VARCHAR,
                    sentence       BIGINT  NOT NULL,  -- sentences.id
                    source         INTEGER NOT NULL,  -- actor_codes.id
                    source_text    VARCHAR,
                    source_start   INTEGER,
                    source_end     INTEGER,
                    target         INTEGER,           -- actor_codes.id; null without target
                    target_text    VARCHAR,
                    target_start   INTEGER,
                    target_end     INTEGER,
                    trigger_text   VARCHAR,
                    trigger_start  INTEGER,
                    trigger_end    INTEGER,
                    code           INTEGER NOT NULL,  -- event_codes.id
                    modality       VARCHAR NOT NULL,
                    confidence     DOUBLE  NOT NULL,
                    place          INTEGER,           -- places.id; null without location
                    location_text  VARCHAR,
                    location_start INTEGER,
                    location_end   INTEGER
                )""",
                """
                INSERT INTO sentences
                SELECT row_number() OVER (ORDER BY article, sentence_index, sentence_start, sentence_end, sentence_text), *
                FROM (SELECT DISTINCT article, sentence_index, sentence_text, sentence_start, sentence_end FROM mentions)""",
                """
                INSERT INTO event_codes
                SELECT row_number() OVER (ORDER BY cameo, cameo_name, root, quad, goldstein, plover, plover_mode,
                                          plover_context), *
                FROM (SELECT DISTINCT cameo, cameo_name, root, quad, goldstein, plover, plover_mode, plover_context
                      FROM mentions)""",
                """
                INSERT INTO actor_codes
                SELECT row_number() OVER (ORDER BY code, country, sector, resolved_by), *
                FROM (SELECT source_code AS code, source_country AS country, source_sector AS sector,
                             source_resolved_by AS resolved_by FROM mentions
                      UNION
                      SELECT target_code, target_country, target_sector, target_resolved_by FROM mentions
                      WHERE target_code IS NOT NULL)""",
                """
                INSERT INTO places
                SELECT row_number() OVER (ORDER BY location_name, location_kind, location_country, location_lat,
                                          location_lon), *
                FROM (SELECT DISTINCT location_name, location_kind, location_country, location_lat, location_lon
                      FROM mentions
                      WHERE coalesce(location_name, location_kind, location_country, CAST(location_lat AS VARCHAR),
                                     CAST(location_lon AS VARCHAR)) IS NOT NULL)""",
                """
                INSERT INTO mentions_compact
                SELECT m.id, m.article, m.event, m.record_id, m.date, m.date_origin, s.id, sa.id, m.source_text,
                       m.source_start, m.source_end, ta.id, m.target_text, m.target_start, m.target_end, m.trigger_text,
                       m.trigger_start, m.trigger_end, c.id, m.modality, m.confidence, p.id, m.location_text,
                       m.location_start, m.location_end
                FROM mentions m
                JOIN sentences s ON s.article = m.article AND s.sentence_index IS NOT DISTINCT FROM m.sentence_index
                     AND s.sentence_text IS NOT DISTINCT FROM m.sentence_text
                     AND s.sentence_start IS NOT DISTINCT FROM m.sentence_start
                     AND s.sentence_end IS NOT DISTINCT FROM m.sentence_end
                JOIN event_codes c ON c.cameo = m.cameo AND c.cameo_name IS NOT DISTINCT FROM m.cameo_name
                     AND c.root = m.root AND c.quad = m.quad AND c.goldstein = m.goldstein
                     AND c.plover IS NOT DISTINCT FROM m.plover AND c.plover_mode IS NOT DISTINCT FROM m.plover_mode
                     AND c.plover_context IS NOT DISTINCT FROM m.plover_context
                JOIN actor_codes sa ON sa.code = m.source_code AND sa.country IS NOT DISTINCT FROM m.source_country
                     AND sa.sector IS NOT DISTINCT FROM m.source_sector
                     AND sa.resolved_by IS NOT DISTINCT FROM m.source_resolved_by
                LEFT JOIN actor_codes ta ON ta.code = m.target_code AND ta.country IS NOT DISTINCT FROM m.target_country
                     AND ta.sector IS NOT DISTINCT FROM m.target_sector
                     AND ta.resolved_by IS NOT DISTINCT FROM m.target_resolved_by
                LEFT JOIN places p ON p.location_name IS NOT DISTINCT FROM m.location_name
                     AND p.location_kind IS NOT DISTINCT FROM m.location_kind
                     AND p.location_country IS NOT DISTINCT FROM m.location_country
                     AND p.location_lat IS NOT DISTINCT FROM m.location_lat
                     AND p.location_lon IS NOT DISTINCT FROM m.location_lon
                     AND coalesce(m.location_name, m.location_kind, m.location_country, CAST(m.location_lat AS VARCHAR),
                                  CAST(m.location_lon AS VARCHAR)) IS NOT NULL""",
                "DROP VIEW mention_records",
                "DROP TABLE mentions",
                MENTIONS_VIEW,
                MENTION_RECORDS_WITH_LOCATIONS);
    }

    /** The mentions as one wide row each, columns in the order of the table they were before version 7. */
    static final String MENTIONS_VIEW = """
            CREATE VIEW mentions AS
            SELECT m.id, m.article, m.event, m.record_id, m.date, m.date_origin,
                   s.sentence_index, s.sentence_text, s.sentence_start, s.sentence_end,
                   m.source_text, sa.code AS source_code, sa.country AS source_country, sa.sector AS source_sector,
                   m.source_start, m.source_end, sa.resolved_by AS source_resolved_by,
                   m.target_text, ta.code AS target_code, ta.country AS target_country, ta.sector AS target_sector,
                   m.target_start, m.target_end, ta.resolved_by AS target_resolved_by,
                   m.trigger_text, m.trigger_start, m.trigger_end,
                   c.cameo, c.cameo_name, c.root, c.quad, c.goldstein, c.plover, c.plover_mode, c.plover_context,
                   m.modality, m.confidence,
                   m.location_text, p.location_name, p.location_kind, p.location_country, p.location_lat,
                   p.location_lon, m.location_start, m.location_end
            FROM mentions_compact m
            JOIN sentences s ON s.id = m.sentence
            JOIN event_codes c ON c.id = m.code
            JOIN actor_codes sa ON sa.id = m.source
            LEFT JOIN actor_codes ta ON ta.id = m.target
            LEFT JOIN places p ON p.id = m.place""";

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
