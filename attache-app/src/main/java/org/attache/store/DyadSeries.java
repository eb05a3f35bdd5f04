package org.attache.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relationship between two actors over time (docs/STORE.md, "Dyad series"): per period, the events per quad
 * class, mean and summed Goldstein, and the net cooperation–conflict index
 * {@code (verbal coop + material coop − verbal conflict − material conflict) / events}, in [−1, 1]. A period is a
 * spike when its net index (or its number of events) lies {@code threshold} standard deviations or more from the mean
 * of the dyad's own previous {@code window} periods; each spike is explained by the events that drove it.
 */
public final class DyadSeries {
    public enum Period {
        day, week, month;

        LocalDate start(LocalDate date) {
            return switch (this) {
                case day -> date;
                case week -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case month -> date.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case day -> start.plusDays(1);
                case week -> start.plusWeeks(1);
                case month -> start.plusMonths(1);
            };
        }

        String label(LocalDate start) {
            return this == month ? start.toString().substring(0, 7) : start.toString();
        }
    }

    /** Settings of the spike detection. */
    public record SpikeRule(int window, int minHistory, double threshold, int minEvents, int drivers) {
        public static final SpikeRule DEFAULT = new SpikeRule(12, 3, 2.0, 2, 3);
    }

    /** One period of the series. */
    public record Row(LocalDate start, String label, long events, long verbalCoop, long materialCoop,
                      long verbalConflict, long materialConflict, Double goldsteinMean, double goldsteinSum,
                      long mentions, Double net, Double zNet, Double zEvents, String spike,
                      List<EventDetails.Event> drivers) {

        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("period", label);
            map.put("start", start.toString());
            map.put("events", events);
            map.put("verbal_coop", verbalCoop);
            map.put("material_coop", materialCoop);
            map.put("verbal_conflict", verbalConflict);
            map.put("material_conflict", materialConflict);
            map.put("goldstein_mean", goldsteinMean);
            map.put("goldstein_sum", goldsteinSum);
            map.put("mentions", mentions);
            map.put("net", net);
            map.put("z_net", zNet);
            map.put("z_events", zEvents);
            map.put("spike", spike);
            map.put("drivers", drivers.stream().map(EventDetails.Event::toMap).toList());
            return map;
        }
    }

    private static final double NET_SD_FLOOR = 0.05;
    private static final double EVENTS_SD_FLOOR = 1.0;
    private static final int MAX_PERIODS = 200_000;

    private DyadSeries() {
    }

    /**
     * The series for {@code a → b} (and {@code b → a} when {@code bothDirections}), over the events the filter admits
     * (its from/to bound the periods listed; without them, the first and last period with events).
     */
    public static List<Row> compute(Queries queries, String a, String b, boolean bothDirections, Period period,
                                    EventFilter filter, SpikeRule rule) {
        List<Object> parameters = new ArrayList<>();
        String dyad = dyadCondition(a, b, bothDirections, parameters);
        String where = dyad + " AND e.event_date IS NOT NULL AND " + filter.where("e", parameters);
        // One narrow scan of the dyad's events, summed up here: the spikes' drivers are then ranked from the same
        // rows, with no second scan, and only theirs are read in full (by row id).
        String sql = "SELECT CAST(date_trunc('" + period.name() + "', e.event_date) AS DATE) AS p, e.quad, e.goldstein,"
                + " e.num_mentions, e.id, e.rowid FROM events e WHERE " + where;
        Map<LocalDate, List<Candidate>> events = new java.util.TreeMap<>();
        // read with typed getters: thousands of rows, where the generic row reader's per-value work shows
        try (java.sql.PreparedStatement statement = queries.store().connection().prepareStatement(sql)) {
            Sql.bind(statement, parameters);
            try (java.sql.ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    events.computeIfAbsent(r.getObject(1, LocalDate.class), k -> new ArrayList<>()).add(new Candidate(
                            r.getInt(2), r.getDouble(3), r.getLong(4), r.getLong(5), r.getLong(6)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new StoreException(queries.store().path() + ": query failed: " + Store.firstLine(e.getMessage()), e);
        }
        Map<LocalDate, List<Object>> byPeriod = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, List<Candidate>> p : events.entrySet()) {
            long[] quads = new long[5];
            double sum = 0;
            long mentions = 0;
            for (Candidate c : p.getValue()) {
                quads[c.quad()]++;
                sum += c.goldstein();
                mentions += c.mentions();
            }
            int n = p.getValue().size();
            byPeriod.put(p.getKey(), List.of(p.getKey(), (long) n, quads[1], quads[2], quads[3], quads[4], sum / n, sum,
                    mentions));
        }
        LocalDate first = filter.from != null ? period.start(filter.from)
                : byPeriod.keySet().stream().findFirst().orElse(null);
        LocalDate last = filter.to != null ? period.start(filter.to)
                : byPeriod.keySet().stream().reduce((x, y) -> y).orElse(null);
        List<Row> rows = new ArrayList<>();
        if (first == null || last == null) {
            return rows;
        }
        List<Double> nets = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (LocalDate p = first; !p.isAfter(last) && rows.size() < MAX_PERIODS; p = period.next(p)) {
            List<Object> r = byPeriod.get(p);
            long n = r == null ? 0 : number(r.get(1));
            long q1 = r == null ? 0 : number(r.get(2));
            long q2 = r == null ? 0 : number(r.get(3));
            long q3 = r == null ? 0 : number(r.get(4));
            long q4 = r == null ? 0 : number(r.get(5));
            Double mean = r == null ? null : (Double) r.get(6);
            double sum = r == null ? 0 : (Double) r.get(7);
            long mentions = r == null ? 0 : number(r.get(8));
            Double net = n == 0 ? null : (q1 + q2 - q3 - q4) / (double) n;

            Double zNet = null;
            List<Double> netHistory = lastNonNull(nets, rule.window());
            if (net != null && netHistory.size() >= rule.minHistory()) {
                zNet = z(net, netHistory, NET_SD_FLOOR);
            }
            Double zEvents = null;
            List<Double> countHistory = counts.subList(Math.max(0, counts.size() - rule.window()), counts.size());
            if (countHistory.size() >= rule.minHistory()) {
                zEvents = z(n, countHistory, EVENTS_SD_FLOOR);
            }
            String spike = null;
            List<EventDetails.Event> drivers = List.of();
            if (n >= rule.minEvents()) {
                List<String> kinds = new ArrayList<>();
                if (zNet != null && zNet <= -rule.threshold()) {
                    kinds.add("conflict");
                } else if (zNet != null && zNet >= rule.threshold()) {
                    kinds.add("cooperation");
                }
                if (zEvents != null && zEvents >= rule.threshold()) {
                    kinds.add("volume");
                }
                if (!kinds.isEmpty()) {
                    spike = String.join("+", kinds);
                }
            }
            rows.add(new Row(p, period.label(p), n, q1, q2, q3, q4, mean, sum, mentions, net, zNet, zEvents, spike,
                    drivers));
            nets.add(net);
            counts.add((double) n);
        }
        return explain(queries, rows, events, rule);
    }

    /** One event of the dyad as the series reads it: enough to count it and to rank it as a driver. */
    private record Candidate(int quad, double goldstein, long mentions, long id, long rowId) {
    }

    /** How the drivers of each kind of spike are ranked, first first. */
    private static final java.util.Comparator<Candidate> CONFLICT_DRIVERS = java.util.Comparator
            .comparingDouble((Candidate c) -> -(c.mentions() * -c.goldstein())).thenComparingDouble(Candidate::goldstein)
            .thenComparingLong(Candidate::id);
    private static final java.util.Comparator<Candidate> COOPERATION_DRIVERS = java.util.Comparator
            .comparingDouble((Candidate c) -> -(c.mentions() * c.goldstein()))
            .thenComparingDouble((Candidate c) -> -c.goldstein()).thenComparingLong(Candidate::id);
    private static final java.util.Comparator<Candidate> VOLUME_DRIVERS = java.util.Comparator
            .comparingLong((Candidate c) -> -c.mentions()).thenComparingDouble((Candidate c) -> -Math.abs(c.goldstein()))
            .thenComparingLong(Candidate::id);

    /**
     * Fills in the drivers of every spike: the events of its period that weigh most in its direction (conflict:
     * mentions x -Goldstein; cooperation: mentions x Goldstein; volume: mentions), their details read by row id.
     */
    private static List<Row> explain(Queries queries, List<Row> rows, Map<LocalDate, List<Candidate>> events,
                                     SpikeRule rule) {
        List<Row> spikes = rows.stream().filter(r -> r.spike() != null).toList();
        if (spikes.isEmpty()) {
            return rows;
        }
        Map<LocalDate, List<Long>> driverIds = new LinkedHashMap<>();
        List<Long> rowIds = new ArrayList<>();
        for (Row r : spikes) {
            java.util.Comparator<Candidate> order = r.spike().startsWith("conflict") ? CONFLICT_DRIVERS
                    : r.spike().startsWith("cooperation") ? COOPERATION_DRIVERS : VOLUME_DRIVERS;
            List<Candidate> chosen = events.getOrDefault(r.start(), List.of()).stream().sorted(order)
                    .limit(rule.drivers()).toList();
            driverIds.put(r.start(), chosen.stream().map(Candidate::id).toList());
            for (Candidate c : chosen) {
                rowIds.add(c.rowId());
            }
        }
        Map<Long, EventDetails.Event> details = new java.util.HashMap<>();
        if (!rowIds.isEmpty()) {
            // Fetched by row id: a join on the row id alone lets DuckDB read just those rows, where a filter on the
            // event id reads every row's columns (another condition in the join has the same effect). The event ids
            // are checked here instead, in case a writer moved rows between the two queries.
            for (EventDetails.Event e : EventDetails.fetch(queries, "SELECT " + EventDetails.COLUMNS + " FROM events e"
                    + " JOIN (SELECT unnest(CAST(? AS BIGINT[])) AS r) k ON e.rowid = k.r", List.of(rowIds.toString()))) {
                details.put(e.id(), e);
            }
        }
        List<Row> explained = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.spike() == null) {
                explained.add(r);
                continue;
            }
            List<EventDetails.Event> drivers = driverIds.get(r.start()).stream().map(details::get)
                    .filter(java.util.Objects::nonNull).toList();
            explained.add(new Row(r.start(), r.label(), r.events(), r.verbalCoop(), r.materialCoop(),
                    r.verbalConflict(), r.materialConflict(), r.goldsteinMean(), r.goldsteinSum(), r.mentions(),
                    r.net(), r.zNet(), r.zEvents(), r.spike(), drivers));
        }
        return explained;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static String dyadCondition(String a, String b, boolean bothDirections, List<Object> parameters) {
        String forward = "(" + EventFilter.actorCondition("e", "source", a, parameters) + " AND "
                + EventFilter.actorCondition("e", "target", b, parameters) + ")";
        if (!bothDirections) {
            return forward;
        }
        String backward = "(" + EventFilter.actorCondition("e", "source", b, parameters) + " AND "
                + EventFilter.actorCondition("e", "target", a, parameters) + ")";
        return "(" + forward + " OR " + backward + ")";
    }

    private static List<Double> lastNonNull(List<Double> values, int window) {
        List<Double> history = new ArrayList<>();
        for (int i = Math.max(0, values.size() - window); i < values.size(); i++) {
            if (values.get(i) != null) {
                history.add(values.get(i));
            }
        }
        return history;
    }

    static double z(double value, List<Double> history, double sdFloor) {
        double mean = history.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = history.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum()
                / Math.max(1, history.size() - 1);
        return (value - mean) / Math.max(Math.sqrt(variance), sdFloor);
    }

    /** A readable line for a spike. */
    public static String describe(Row r, SpikeRule rule) {
        StringBuilder text = new StringBuilder(r.label()).append("  ").append(r.spike()).append(" spike: ");
        text.append(r.events()).append(" events");
        if (r.net() != null) {
            text.append(String.format(Locale.ROOT, ", net %+.2f", r.net()));
        }
        if (r.zNet() != null) {
            text.append(String.format(Locale.ROOT, " (z %+.1f", r.zNet())).append(")");
        }
        if (r.zEvents() != null) {
            text.append(String.format(Locale.ROOT, ", events z %+.1f", r.zEvents()));
        }
        text.append(" against the previous ").append(rule.window()).append(" periods");
        return text.toString();
    }
}
