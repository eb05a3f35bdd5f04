package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The most active dyads (country to country, or full actor codes) over a period ending on a given date. */
public final class TopDyads {
    private TopDyads() {
    }

    public static ResultTable compute(Queries queries, LocalDate from, LocalDate to, boolean byCode, int limit,
                                      EventFilter filter) {
        String source = byCode ? "e.source_code" : "coalesce(e.source_country, e.source_code)";
        String target = byCode ? "e.target_code" : "coalesce(e.target_country, e.target_code)";
        List<Object> parameters = new ArrayList<>();
        String where = "e.target_code <> '' AND e.event_date >= ? AND e.event_date <= ?";
        parameters.add(from);
        parameters.add(to);
        where += " AND " + filter.where("e", parameters);
        parameters.add(limit);
        String sql = "SELECT " + source + " AS s, " + target + " AS t, count(*) AS n, sum(e.num_mentions) AS mentions,"
                + " count(*) FILTER (WHERE e.quad = 1), count(*) FILTER (WHERE e.quad = 2),"
                + " count(*) FILTER (WHERE e.quad = 3), count(*) FILTER (WHERE e.quad = 4),"
                + " avg(e.goldstein), sum(e.goldstein),"
                + " (count(*) FILTER (WHERE e.quad <= 2) - count(*) FILTER (WHERE e.quad >= 3)) / count(*)"
                + " FROM events e WHERE " + where + " GROUP BY s, t ORDER BY n DESC, mentions DESC, s, t LIMIT ?";
        ResultTable table = new ResultTable(List.of("source", "target", "events", "mentions", "verbal_coop",
                "material_coop", "verbal_conflict", "material_conflict", "goldstein_mean", "goldstein_sum", "net"));
        for (List<Object> row : queries.rows(sql, parameters)) {
            table.add(row);
        }
        return table;
    }
}
