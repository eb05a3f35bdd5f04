package org.attache.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.attache.store.AppenderValues.date;
import static org.attache.store.AppenderValues.decimal;
import static org.attache.store.AppenderValues.integer;
import static org.attache.store.AppenderValues.string;

/**
 * Writes mentions as schema version 7 stores them: one narrow row in {@code mentions_compact} per mention, holding
 * ids of its sentence (one row per distinct sentence of an article in {@code sentences}), its CAMEO code with what the
 * codebook says of it ({@code event_codes}), its actors as coded ({@code actor_codes}) and its place ({@code places}).
 * The bulk insert's cost is per appended value, strings above all; most of a mention's strings are shared with other
 * mentions, and are appended once here. The view {@code mentions} shows the rows as they were before.
 *
 * <p>Keeps the lookup tables' ids in memory across batches; call {@link #load} again after a rollback.
 */
final class MentionTables {
    private record EventCode(String cameo, String cameoName, String root, int quad, double goldstein, String plover,
                             String ploverMode, String ploverContext) {
    }

    private record ActorCode(String code, String country, String sector, String resolvedBy) {
    }

    private record Place(String name, String kind, String country, Double lat, Double lon) {
    }

    /** A sentence of the article being appended. */
    private record Sentence(int index, String text, int start, int end) {
    }

    private final DuckDBConnection connection;
    private final LookupTable<EventCode> eventCodes = new LookupTable<>("event_codes",
            "cameo, cameo_name, root, quad, goldstein, plover, plover_mode, plover_context",
            r -> new EventCode(r.getString(2), r.getString(3), r.getString(4), r.getInt(5), r.getDouble(6),
                    r.getString(7), r.getString(8), r.getString(9)),
            (a, c) -> {
                a.append(c.cameo());
                string(a, c.cameoName());
                a.append(c.root()).append((byte) c.quad()).append(c.goldstein());
                string(a, c.plover());
                string(a, c.ploverMode());
                string(a, c.ploverContext());
            });
    private final LookupTable<ActorCode> actorCodes = new LookupTable<>("actor_codes",
            "code, country, sector, resolved_by",
            r -> new ActorCode(r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
            (a, c) -> {
                a.append(c.code());
                string(a, c.country());
                string(a, c.sector());
                string(a, c.resolvedBy());
            });
    private final LookupTable<Place> places = new LookupTable<>("places",
            "location_name, location_kind, location_country, location_lat, location_lon",
            r -> new Place(r.getString(2), r.getString(3), r.getString(4), r.getObject(5, Double.class),
                    r.getObject(6, Double.class)),
            (a, p) -> {
                string(a, p.name());
                string(a, p.kind());
                string(a, p.country());
                decimal(a, p.lat());
                decimal(a, p.lon());
            });
    private long lastSentenceId;

    MentionTables(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        load();
    }

    /** Reads the stored lookup rows and the last sentence id, forgetting what an uncommitted batch added. */
    void load() throws SQLException {
        eventCodes.load(connection);
        actorCodes.load(connection);
        places.load(connection);
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM sentences")) {
            r.next();
            lastSentenceId = r.getLong(1);
        }
    }

    /** Opens the appenders of one batch, in the connection's open transaction. */
    Batch batch() throws SQLException {
        return new Batch();
    }

    /** The mentions of one transaction; closing it appends the lookup rows they added. */
    final class Batch implements AutoCloseable {
        private final DuckDBAppender mentions;
        private final DuckDBAppender sentences;
        /**
         * The sentences of the article being appended: a writer appends an article's mentions one after another, so
         * a small map finds every repeated sentence (mentions of one article appended apart would only store their
         * sentence twice).
         */
        private final Map<Sentence, Long> sentencesOfArticle = new HashMap<>();
        private long article = -1;

        private Batch() throws SQLException {
            mentions = connection.createAppender("main", "mentions_compact");
            try {
                sentences = connection.createAppender("main", "sentences");
            } catch (SQLException e) {
                mentions.close();
                throw e;
            }
        }

        void append(long id, long article, long event, MentionRow m) throws SQLException {
            DuckDBAppender a = mentions;
            a.beginRow().append(id).append(article).append(event).append(m.recordId());
            date(a, m.date());
            string(a, m.dateOrigin());
            a.append(sentenceId(article, m));
            a.append(actorCodes.idOf(new ActorCode(m.sourceCode(), m.sourceCountry(), m.sourceSector(),
                    m.sourceResolvedBy())));
            string(a, m.sourceText());
            integer(a, m.sourceStart());
            integer(a, m.sourceEnd());
            if (m.targetCode() == null) {
                a.appendNull();
            } else {
                a.append(actorCodes.idOf(new ActorCode(m.targetCode(), m.targetCountry(), m.targetSector(),
                        m.targetResolvedBy())));
            }
            string(a, m.targetText());
            integer(a, m.targetStart());
            integer(a, m.targetEnd());
            string(a, m.triggerText());
            a.append(m.triggerStart()).append(m.triggerEnd());
            a.append(eventCodes.idOf(new EventCode(m.cameo(), m.cameoName(), m.root(), m.quad(), m.goldstein(),
                    m.plover(), m.ploverMode(), m.ploverContext())));
            a.append(m.modality()).append(m.confidence());
            Place place = placeOf(m);
            if (place == null) {
                a.appendNull();
            } else {
                a.append(places.idOf(place));
            }
            string(a, m.locationText());
            integer(a, m.locationStart());
            integer(a, m.locationEnd());
            a.endRow();
        }

        private long sentenceId(long article, MentionRow m) throws SQLException {
            if (article != this.article) {
                sentencesOfArticle.clear();
                this.article = article;
            }
            Sentence sentence = new Sentence(m.sentenceIndex(), m.sentenceText(), m.sentenceStart(), m.sentenceEnd());
            Long id = sentencesOfArticle.get(sentence);
            if (id == null) {
                id = ++lastSentenceId;
                sentencesOfArticle.put(sentence, id);
                sentences.beginRow().append(id).append(article).append(sentence.index());
                string(sentences, sentence.text());
                sentences.append(sentence.start()).append(sentence.end()).endRow();
            }
            return id;
        }

        @Override
        public void close() throws SQLException {
            try (DuckDBAppender m = mentions; DuckDBAppender s = sentences) {
                eventCodes.appendAdded(connection);
                actorCodes.appendAdded(connection);
                places.appendAdded(connection);
            }
        }
    }

    private static Place placeOf(MentionRow m) {
        if (m.locationName() == null && m.locationKind() == null && m.locationCountry() == null
                && m.locationLat() == null && m.locationLon() == null) {
            return null;
        }
        return new Place(m.locationName(), m.locationKind(), m.locationCountry(), m.locationLat(), m.locationLon());
    }
}
