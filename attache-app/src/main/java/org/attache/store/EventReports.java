package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One stored event with every report of it: each mention with its sentence, spans and article, and the outlets. */
public record EventReports(EventDetails.Event event, String plover, String sourceText, String targetText,
                           String locationName, List<Report> reports, List<String> outlets) {

    /** One mention of the event and the article it is in. */
    public record Report(long mentionId, long articleId, String articleTitle, String url, String outlet,
                         LocalDate published, LocalDate date, String sentence, String cameo, String modality,
                         double confidence, List<ArticleView.Span> spans, int sentenceStart) {

        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("mention_id", mentionId);
            map.put("article", articleId);
            map.put("article_title", articleTitle);
            map.put("url", url);
            map.put("outlet", outlet);
            map.put("published", published == null ? null : published.toString());
            map.put("date", date == null ? null : date.toString());
            map.put("sentence", sentence);
            map.put("sentence_start", sentenceStart);
            map.put("cameo", cameo);
            map.put("modality", modality);
            map.put("confidence", confidence);
            map.put("spans", ArticleView.Span.toMaps(spans));
            return map;
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>(event.toMap());
        map.put("plover", plover);
        map.put("source_text", sourceText);
        map.put("target_text", targetText);
        map.put("location", locationName);
        map.put("outlets", outlets);
        map.put("reports", reports.stream().map(Report::toMap).toList());
        return map;
    }

    /** The event with this id (whatever its modality), or null. */
    public static EventReports load(Queries queries, long id) {
        List<EventDetails.Event> events = EventDetails.fetch(queries, "SELECT " + EventDetails.COLUMNS
                + " FROM events e WHERE e.id = ?", List.of(id));
        if (events.isEmpty()) {
            return null;
        }
        List<Object> extra = queries.rows("SELECT plover, source_text, target_text, location_name FROM events"
                + " WHERE id = ?", List.of(id)).get(0);
        List<Report> reports = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (List<Object> m : queries.rows("SELECT m.id, a.id, a.title, a.url, a.outlet, a.published, m.date,"
                + " m.sentence_text, m.cameo, m.modality, m.confidence, m.source_text, m.source_code, m.source_start,"
                + " m.source_end, m.target_text, m.target_code, m.target_start, m.target_end, m.trigger_text,"
                + " m.trigger_start, m.trigger_end, m.sentence_start FROM mentions m JOIN articles a ON a.id = m.article"
                + " WHERE m.event = ? ORDER BY a.published NULLS LAST, m.id", List.of(id))) {
            List<ArticleView.Span> spans = new ArrayList<>();
            spans.add(new ArticleView.Span("source", (String) m.get(11), (String) m.get(12),
                    ArticleView.integer(m.get(13)), ArticleView.integer(m.get(14))));
            if (m.get(16) != null) {
                spans.add(new ArticleView.Span("target", (String) m.get(15), (String) m.get(16),
                        ArticleView.integer(m.get(17)), ArticleView.integer(m.get(18))));
            }
            spans.add(new ArticleView.Span("trigger", (String) m.get(19), null, ArticleView.integer(m.get(20)),
                    ArticleView.integer(m.get(21))));
            reports.add(new Report((Long) m.get(0), (Long) m.get(1), (String) m.get(2), (String) m.get(3),
                    (String) m.get(4), (LocalDate) m.get(5), (LocalDate) m.get(6), (String) m.get(7),
                    (String) m.get(8), (String) m.get(9), (Double) m.get(10), spans,
                    ArticleView.integer(m.get(22)) == null ? 0 : ArticleView.integer(m.get(22))));
            if (m.get(4) != null) {
                outlets.add((String) m.get(4));
            }
        }
        return new EventReports(events.get(0), (String) extra.get(0), (String) extra.get(1), (String) extra.get(2),
                (String) extra.get(3), reports, List.copyOf(outlets));
    }
}
