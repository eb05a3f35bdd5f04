package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
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
            + " e.modality, e.num_mentions, e.num_articles, e.num_sources, e.first_seen, e.last_seen, e.cameo_name,"
            + " e.trigger_text, e.sentence_text, e.url";

    private EventDetails() {
    }

    /** Runs a query selecting {@link #COLUMNS} (first) from events {@code e}. */
    public static List<Event> fetch(Queries queries, String sql, List<Object> parameters) {
        List<Event> events = new ArrayList<>();
        for (List<Object> row : queries.rows(sql, parameters)) {
            events.add(of(row, 0));
        }
        return events;
    }

    /** The event in the row's columns from {@code at} on, in the order of {@link #COLUMNS}. */
    static Event of(List<Object> row, int at) {
        String target = (String) row.get(at + 3);
        return new Event((Long) row.get(at), (LocalDate) row.get(at + 1), (String) row.get(at + 2),
                target == null || target.isEmpty() ? null : target, (String) row.get(at + 4),
                (String) row.get(at + 13), ((Long) row.get(at + 5)).intValue(), (Double) row.get(at + 6),
                (String) row.get(at + 7), (Long) row.get(at + 8), (Long) row.get(at + 9), (Long) row.get(at + 10),
                (LocalDate) row.get(at + 11), (LocalDate) row.get(at + 12), (String) row.get(at + 14),
                (String) row.get(at + 15), (String) row.get(at + 16));
    }
}
