package org.attache.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The store's benchmarks ({@code attache bench-store}, docs/BENCHMARKS.md): bulk insert through the writer (Appender,
 * deduplication, count recompute, one transaction per batch) and through the bare Appender; the monthly dyad series
 * over a store of millions of synthetic events.
 */
public final class StoreBench {
    /** Countries of the synthetic data, most active first (the choice is skewed towards the head of the list). */
    static final String[] COUNTRIES = {"USA", "PAK", "RUS", "CHN", "IND", "AFG", "IRN", "ISR", "UKR", "GBR", "FRA",
            "DEU", "TUR", "SAU", "SYR", "IRQ", "JPN", "KOR", "PRK", "EGY", "NGA", "ETH", "SOM", "KEN", "SDN", "YEM",
            "LBN", "JOR", "QAT", "ARE", "BRA", "ARG", "MEX", "COL", "VEN", "CAN", "AUS", "IDN", "PHL", "VNM", "THA",
            "MMR", "BGD", "LKA", "NPL", "POL", "ITA", "ESP", "SRB", "XKX"};
    static final String[] SECTORS = {"", "GOV", "MIL", "GOV", "", "OPP", "COP", "GOV"};
    static final String[] CODES = {"010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "070", "073",
            "0841", "090", "1041", "111", "112", "1123", "120", "130", "138", "141", "150", "163", "173", "180", "190",
            "193", "195", "200"};
    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3650;
    /** A Goldstein score near the middle of each quad class's range. */
    private static final double[] QUAD_GOLDSTEIN = {0, 3.4, -2, -8};

    /** Of the Appender benchmark; a multiple of it divides its sample of 10,000 mentions. */
    private static final int MENTIONS_PER_ARTICLE = 10;

    private final PrintWriter out;
    private final SplittableRandom random = new SplittableRandom(20240312);

    public StoreBench(PrintWriter out) {
        this.out = out;
    }

    private String country() {
        double u = random.nextDouble();
        return COUNTRIES[(int) (u * u * COUNTRIES.length)];
    }

    private String actor() {
        return country() + SECTORS[random.nextInt(SECTORS.length)];
    }

    /**
     * The {@code mention}-th mention of an article. Like coded articles, whose sentences hold 1.5 events on average,
     * mentions 0 and 1 share sentence 0, mention 2 has sentence 1, mentions 3 and 4 sentence 2, and so on; a sentence
     * is the same text at the same offsets for every mention of it.
     */
    MentionRow syntheticMention(String recordId, int article, int mention, String source, String target, String code,
                                LocalDate date) {
        int root = Integer.parseInt(code.substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        double goldstein = QUAD_GOLDSTEIN[quad - 1] + random.nextInt(20) / 10.0;
        int sentence = mention * 2 / 3;
        return new MentionRow(recordId, date, "text", sentence,
                "Sentence " + sentence + " of article " + article + " reports an event in about this many words.",
                100 * sentence, 100 * sentence + 90,
                "the " + source, source, source.substring(0, 3), source.length() > 3 ? source.substring(3) : null,
                104, 114, "dictionary", "the " + target, target, target.substring(0, 3),
                target.length() > 3 ? target.substring(3) : null, 130, 140, "dictionary", "trigger", 120, 127, code,
                "name of " + code, code.substring(0, 2), quad, goldstein, "PLOVER", null, null,
                random.nextInt(10) == 0 ? "reported" : "asserted", 0.5 + random.nextInt(50) / 100.0);
    }

    /**
     * Writes {@code mentions} synthetic mentions, {@code perArticle} to an article, through {@link StoreWriter} in
     * batches of {@code batchMentions}. Half the mentions report an event another article reported (same dyad, code,
     * day), so deduplication joins as well as opens events. Returns mentions per second.
     */
    public double writerInsert(Path db, int mentions, int perArticle, int batchMentions) {
        List<MentionRow> recent = new ArrayList<>();
        long start;
        long events;
        try (Store store = Store.openForWriting(db); StoreWriter writer = new StoreWriter(store)) {
            start = System.nanoTime();
            int written = 0;
            int article = 0;
            long decideNanos = 0;
            long storeNanos = 0; // time in the writer only, not in making up the synthetic data
            while (written < mentions) {
                article++;
                LocalDate published = START.plusDays(random.nextInt(DAYS));
                ArticleRecord record = new ArticleRecord("bench-" + article, "https://bench.example/" + article,
                        "Outlet " + random.nextInt(500), "Title " + article, published, "meta",
                        ArticleRecord.contentHash("article " + article), 3000, "bench", LocalDateTime.now(), "bench");
                List<MentionRow> rows = new ArrayList<>(perArticle);
                for (int i = 0; i < perArticle && written < mentions; i++, written++) {
                    MentionRow m;
                    if (!recent.isEmpty() && random.nextBoolean()) {
                        MentionRow seen = recent.get(random.nextInt(recent.size()));
                        m = syntheticMention("bench-" + article + "-e" + i, article, i, seen.sourceCode(),
                                seen.targetCode(), seen.cameo(), seen.date());
                    } else {
                        m = syntheticMention("bench-" + article + "-e" + i, article, i, actor(), actor(),
                                CODES[random.nextInt(CODES.length)], published.minusDays(random.nextInt(3)));
                    }
                    rows.add(m);
                    if (recent.size() < 20_000) {
                        recent.add(m);
                    } else {
                        recent.set(random.nextInt(recent.size()), m);
                    }
                }
                long d = System.nanoTime();
                StoreWriter.Decision decision = writer.decide(record);
                long added = System.nanoTime();
                decideNanos += added - d;
                writer.add(record, rows, decision);
                if (writer.pendingMentions() >= batchMentions) {
                    writer.flush();
                }
                storeNanos += System.nanoTime() - d;
            }
            long d = System.nanoTime();
            writer.flush();
            store.checkpoint(); // what a bulk load leaves to do is counted too
            storeNanos += System.nanoTime() - d;
            double seconds = storeNanos / 1e9;
            events = store.count("SELECT count(*) FROM events");
            out.printf(Locale.ROOT, "writer insert      %,d mentions (%,d articles) in %.2f s: %,.0f mentions/s;"
                            + " %,d events after deduplication; of which article look-ups %.2f s (%,.0f/s)%n",
                    mentions, article, seconds, mentions / seconds, events, decideNanos / 1e9,
                    article / (decideNanos / 1e9));
            out.flush();
            return mentions / seconds;
        }
    }

    /**
     * The bare Appender: {@code mentions} mentions, ten to an article, into the mention tables of a fresh store (the
     * narrow mention rows, their sentences and lookup rows), one transaction.
     */
    public double appenderInsert(Path db, int mentions) {
        try (Store store = Store.openForWriting(db)) {
            List<MentionRow> sample = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                sample.add(syntheticMention("r" + i, i / MENTIONS_PER_ARTICLE + 1, i % MENTIONS_PER_ARTICLE, actor(),
                        actor(), CODES[random.nextInt(CODES.length)], START.plusDays(random.nextInt(DAYS))));
            }
            store.connection().setAutoCommit(false);
            try (Statement s = store.connection().createStatement()) {
                s.execute("SELECT 1");
            }
            MentionTables tables = new MentionTables(store.connection());
            long start = System.nanoTime();
            try (MentionTables.Batch batch = tables.batch()) {
                for (int i = 0; i < mentions; i++) {
                    batch.append(i + 1, i / MENTIONS_PER_ARTICLE + 1, i + 1, sample.get(i % sample.size()));
                }
            }
            store.connection().commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            store.connection().setAutoCommit(true);
            out.printf(Locale.ROOT, "appender insert    %,d mentions in %.2f s: %,.0f mentions/s (no deduplication)%n",
                    mentions, seconds, mentions / seconds);
            out.flush();
            return mentions / seconds;
        } catch (SQLException e) {
            throw new StoreException(db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fills a fresh store with {@code events} synthetic events (and one mention each, their representative) by SQL,
     * then times the monthly USA -> PAK series (with spikes and their explanations) as {@code attache query dyad}
     * computes it. Returns the median of the warm runs in milliseconds.
     */
    public double dyadSeries(Path db, int events, int runs) {
        if (java.nio.file.Files.exists(db)) {
            try (Store store = Store.openForReading(db)) {
                out.printf(Locale.ROOT, "synthetic store    reused %s: %,d events%n", db,
                        store.count("SELECT count(*) FROM events"));
            }
            return timeSeries(db, events, runs);
        }
        buildSyntheticStore(db, events);
        return timeSeries(db, events, runs);
    }

    /**
     * Builds a store of {@code events} synthetic events (and as many mentions, over 100,000 articles) by SQL: ten
     * years of events between the countries above, skewed towards the head of the list.
     */
    public void buildSyntheticStore(Path db, int events) {
        try (Store store = Store.openForWriting(db)) {
            long start = System.nanoTime();
            String countries = "['" + String.join("','", COUNTRIES) + "']";
            String sectors = "['" + String.join("','", SECTORS) + "']";
            String codes = "['" + String.join("','", CODES) + "']";
            try (Statement s = store.connection().createStatement()) {
                s.execute("CREATE TEMP TABLE g AS SELECT i,"
                        + " " + countries + "[1 + CAST(floor(pow((hash(i * 7) % 1000003) / 1000003.0, 2) * "
                        + COUNTRIES.length + ") AS INTEGER)] AS sc,"
                        + " " + countries + "[1 + CAST(floor(pow((hash(i * 13) % 1000003) / 1000003.0, 2) * "
                        + COUNTRIES.length + ") AS INTEGER)] AS tc,"
                        + " " + sectors + "[1 + CAST(hash(i * 17) % " + SECTORS.length + " AS INTEGER)] AS ss,"
                        + " " + sectors + "[1 + CAST(hash(i * 19) % " + SECTORS.length + " AS INTEGER)] AS ts,"
                        + " " + codes + "[1 + CAST(hash(i * 23) % " + CODES.length + " AS INTEGER)] AS code,"
                        + " DATE '2015-01-01' + CAST(hash(i * 29) % " + DAYS + " AS INTEGER) AS d,"
                        + " 1 + CAST(hash(i * 31) % 5 AS INTEGER) AS n"
                        + " FROM range(1, " + (events + 1) + ") t(i)");
                s.execute("INSERT INTO events SELECT i, sc || ss, sc, nullif(ss, ''), tc || ts, tc, nullif(ts, ''),"
                        + " substr(code, 1, 2), CASE WHEN hash(i * 37) % 10 = 0 THEN 'reported' ELSE 'asserted' END,"
                        + " d, d, d, code,"
                        + " CASE WHEN code < '06' THEN 1 WHEN code < '09' THEN 2 WHEN code < '14' THEN 3 ELSE 4 END,"
                        + " CASE WHEN code < '06' THEN 2.0 WHEN code < '09' THEN 6.0 WHEN code < '14' THEN -3.0"
                        + " ELSE -8.0 END, 'PLOVER', 'trigger', n, least(n, 3), n, d, d, i, 0.7, now()::TIMESTAMP,"
                        + " now()::TIMESTAMP, 'name of ' || code, 'a', 'b', 0,"
                        + " 'The representative sentence of synthetic event ' || i || '.',"
                        + " 'https://bench.example/' || (1 + i % 100000), NULL, NULL, NULL, NULL, NULL FROM g");
                s.execute("INSERT INTO articles SELECT i, 'url:https://bench.example/' || i, 'b' || i,"
                        + " 'https://bench.example/' || i, 'Outlet', 'Outlet', 'Title', d, 'metadata', 'h' || i, 3000,"
                        + " 'bench', now()::TIMESTAMP, 'bench', NULL, 1, NULL, NULL FROM g WHERE i <= 100000");
                // one mention per event, its representative, in the tables of MentionTables
                s.execute("INSERT INTO sentences SELECT i, 1 + i % 100000, 0,"
                        + " 'The representative sentence of synthetic event ' || i || '.', 0, 60 FROM g");
                s.execute("INSERT INTO event_codes SELECT row_number() OVER (ORDER BY code), code,"
                        + " 'name of ' || code, substr(code, 1, 2), 1, 1.0, 'PLOVER', NULL, NULL"
                        + " FROM (SELECT DISTINCT code FROM g)");
                s.execute("INSERT INTO actor_codes SELECT row_number() OVER (ORDER BY code), code, country,"
                        + " nullif(sector, ''), 'dictionary'"
                        + " FROM (SELECT sc || ss AS code, sc AS country, ss AS sector FROM g"
                        + " UNION SELECT tc || ts, tc, ts FROM g)");
                s.execute("INSERT INTO mentions_compact SELECT i, 1 + i % 100000, i, 'm' || i, d, 'text', i,"
                        + " sa.id, 'a', 0, 1, ta.id, 'b', 2, 3, 'trigger', 4, 11, c.id, 'asserted', 0.7,"
                        + " NULL, NULL, NULL, NULL FROM g"
                        + " JOIN actor_codes sa ON sa.code = g.sc || g.ss JOIN actor_codes ta ON ta.code = g.tc || g.ts"
                        + " JOIN event_codes c ON c.cameo = g.code");
                s.execute("DROP TABLE g");
                s.execute("CHECKPOINT");
            }
            out.printf(Locale.ROOT, "synthetic store    %,d events, %,d mentions built by SQL in %.1f s; USA -> PAK has"
                            + " %,d events%n", events, events, (System.nanoTime() - start) / 1e9,
                    store.count("SELECT count(*) FROM events WHERE source_country = 'USA' AND target_country = 'PAK'"));
            out.flush();
        } catch (SQLException e) {
            throw new StoreException(db + ": " + e.getMessage(), e);
        }
    }

    private double timeSeries(Path db, int events, int runs) {
        double[] times = new double[runs];
        try (Store store = Store.openForReading(db)) {
            Queries queries = new Queries(store);
            EventFilter filter = new EventFilter();
            int spikes = 0;
            int periods = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                if (System.getenv("ATTACHE_STORE_PROFILE") != null) {
                    long a = System.nanoTime();
                    DyadSeries.compute(queries, "USA", "PAK", false, DyadSeries.Period.month, filter,
                            new DyadSeries.SpikeRule(12, 3, 99, 2, 3));
                    out.printf(Locale.ROOT, "  series without spikes %.0f ms%n", (System.nanoTime() - a) / 1e6);
                    t = System.nanoTime();
                }
                List<DyadSeries.Row> rows = DyadSeries.compute(queries, "USA", "PAK", false, DyadSeries.Period.month,
                        filter, DyadSeries.SpikeRule.DEFAULT);
                times[i] = (System.nanoTime() - t) / 1e6;
                periods = rows.size();
                spikes = (int) rows.stream().filter(r -> r.spike() != null).count();
            }
            long t = System.nanoTime();
            DyadSeries.compute(queries, "USA", "PAK", true, DyadSeries.Period.week, filter, DyadSeries.SpikeRule.DEFAULT);
            double weekly = (System.nanoTime() - t) / 1e6;
            double[] warm = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(warm);
            double median = warm[warm.length / 2];
            out.printf(Locale.ROOT, "dyad series        monthly USA -> PAK over %,d events: %d periods, %d spikes"
                            + " explained; first run %.0f ms, warm median %.0f ms (max %.0f ms) over %d runs;"
                            + " weekly both directions %.0f ms%n",
                    events, periods, spikes, times[0], median, warm[warm.length - 1], warm.length, weekly);
            out.flush();
            return median;
        }
    }
}
