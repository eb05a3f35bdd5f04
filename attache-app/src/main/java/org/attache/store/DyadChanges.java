package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dyads whose relationship moved most between two periods of equal length: the period ending at {@code to} and
 * the one before it. A dyad qualifies with at least {@code minEvents} events in the recent period and one in the
 * earlier; dyads are ranked by how far their mean Goldstein score moved, then by their number of events.
 */
public final class DyadChanges {
    private DyadChanges() {
    }

    public static ResultTable compute(Queries queries, LocalDate from, LocalDate to, int minEvents, int limit,
                                      EventFilter filter) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate previousFrom = from.minusDays(days);
        List<Object> parameters = new ArrayList<>();
        parameters.add(from);
        parameters.add(from);
        parameters.add(from);
        parameters.add(from);
        parameters.add(from);
        parameters.add(previousFrom);
        parameters.add(to);
        String where = filter.where("e", parameters);
        parameters.add(minEvents);
        parameters.add(limit);
        String sql = "SELECT coalesce(e.source_country, e.source_code) AS s, coalesce(e.target_country, e.target_code) AS t,"
                + " count(*) FILTER (WHERE e.event_date >= ?) AS n_now,"
                + " count(*) FILTER (WHERE e.event_date < ?) AS n_before,"
                + " avg(e.goldstein) FILTER (WHERE e.event_date >= ?) AS g_now,"
                + " avg(e.goldstein) FILTER (WHERE e.event_date < ?) AS g_before,"
                + " (count(*) FILTER (WHERE e.event_date >= ? AND e.quad >= 3)) AS conflict_now"
                + " FROM events e WHERE e.target_code <> '' AND e.event_date >= ? AND e.event_date <= ? AND " + where
                + " GROUP BY s, t HAVING n_now >= ? AND n_before >= 1"
                + " ORDER BY abs(g_now - g_before) DESC, n_now DESC, s, t LIMIT ?";
        ResultTable table = new ResultTable(List.of("source", "target", "events", "events_before", "goldstein_mean",
                "goldstein_mean_before", "goldstein_change", "conflict_events"));
        for (List<Object> row : queries.rows(sql, parameters)) {
            Double now = (Double) row.get(4);
            Double before = (Double) row.get(5);
            table.add(List.of(row.get(0), row.get(1), row.get(2), row.get(3), now, before, now - before,
                    row.get(6)));
        }
        return table;
    }
}
