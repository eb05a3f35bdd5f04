package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stored events with their representative mention's sentence and article, for listings and explanations. */
public final class EventDetails {
    /** One event as listed. */
    public record Event(long id, LocalDate date, String source, String target, String cameo, String cameoName,
                        int quad, double goldstein, String modality, long mentions, long articles, long sources,
                        LocalDate firstSeen, LocalDate lastSeen, String trigger, String sentence, String url) {

        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("date", date == null ? null : date.toString());
            map.put("source", source);
            map.put("target", target);
            map.put("cameo", cameo);
            map.put("cameo_name", cameoName);
            map.put("quad", quad);
            map.put("goldstein", goldstein);
            map.put("modality", modality);
            map.put("num_mentions", mentions);
            map.put("num_articles", articles);
            map.put("num_sources", sources);
            map.put("first_seen", firstSeen == null ? null : firstSeen.toString());
            map.put("last_seen", lastSeen == null ? null : lastSeen.toString());
            map.put("trigger", trigger);
            map.put("sentence", sentence);
            map.put("url", url);
            return map;
        }
    }

    public static final String COLUMNS = "e.id, e.event_date, e.source_code, e.target_code, e.cameo, e.quad, e.goldstein,"
            + " e.modality, e.num_mentions, e.num_articles, e.num_sources, e.first_seen, e.last_seen, e.representative";

    private EventDetails() {
    }

    /**
     * Runs a query selecting {@link #COLUMNS} from events {@code e} and fetches the representative sentences of the
     * rows (one more query, on the few mention ids).
     */
    public static List<Event> fetch(Queries queries, String sql, List<Object> parameters) {
        List<List<Object>> rows = queries.rows(sql, parameters);
        Map<Long, List<Object>> sentences = new HashMap<>();
        List<Object> ids = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.get(13) != null) {
                ids.add(row.get(13));
            }
        }
        if (!ids.isEmpty()) {
            long min = ids.stream().mapToLong(o -> (Long) o).min().orElseThrow();
            long max = ids.stream().mapToLong(o -> (Long) o).max().orElseThrow();
            List<Object> p = new ArrayList<>();
            p.add(min);
            p.add(max);
            p.addAll(ids);
            // the range lets DuckDB skip row groups by their min/max before testing the list
            for (List<Object> r : queries.rows("SELECT m.id, m.cameo_name, m.trigger_text, m.sentence_text, a.url"
                    + " FROM mentions m JOIN articles a ON a.id = m.article WHERE m.id BETWEEN ? AND ?"
                    + " AND m.id IN (" + EventFilter.placeholders(ids.size()) + ")", p)) {
                sentences.put((Long) r.get(0), r);
            }
        }
        List<Event> events = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> s = sentences.get((Long) row.get(13));
            String target = (String) row.get(3);
            events.add(new Event((Long) row.get(0), (LocalDate) row.get(1), (String) row.get(2),
                    target == null || target.isEmpty() ? null : target, (String) row.get(4),
                    s == null ? null : (String) s.get(1), ((Long) row.get(5)).intValue(), (Double) row.get(6),
                    (String) row.get(7), (Long) row.get(8), (Long) row.get(9), (Long) row.get(10),
                    (LocalDate) row.get(11), (LocalDate) row.get(12), s == null ? null : (String) s.get(2),
                    s == null ? null : (String) s.get(3), s == null ? null : (String) s.get(4)));
        }
        return events;
    }
}
