package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/** One stored article as a reader sees it: its metadata, its text (when kept) and every coded mention in it. */
public record ArticleView(long id, String articleId, String title, String url, String source, LocalDate published,
                          String text, int textLength, String pipelineVersion, List<Mention> mentions) {

    /** A text span of a mention: actor or trigger, with UTF-16 offsets into the article text. */
    public record Span(String role, String text, String code, Integer start, Integer end) {
        public Map<String, Object> toMap() {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("role", role);
            span.put("text", text);
            span.put("code", code);
            span.put("start", start);
            span.put("end", end);
            return span;
        }

        static List<Map<String, Object>> toMaps(List<Span> spans) {
            return spans.stream().map(Span::toMap).toList();
        }
    }

    /** One coded mention of the article: its event, sentence and spans. */
    public record Mention(long id, long event, String recordId, LocalDate date, int sentenceIndex, String sentence,
                          int sentenceStart, int sentenceEnd, String cameo, String cameoName, int quad,
                          double goldstein, String plover, String modality, double confidence, List<Span> spans) {

        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("event", event);
            map.put("record_id", recordId);
            map.put("date", date == null ? null : date.toString());
            map.put("sentence", Map.of("index", sentenceIndex, "text", sentence, "start", sentenceStart,
                    "end", sentenceEnd));
            map.put("cameo", cameo);
            map.put("cameo_name", cameoName);
            map.put("quad", quad);
            map.put("goldstein", goldstein);
            map.put("plover", plover);
            map.put("modality", modality);
            map.put("confidence", confidence);
            map.put("spans", Span.toMaps(spans));
            return map;
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("article_id", articleId);
        map.put("title", title);
        map.put("url", url);
        map.put("source", source);
        map.put("published", published == null ? null : published.toString());
        map.put("text", text);
        map.put("text_length", textLength);
        map.put("pipeline_version", pipelineVersion);
        map.put("mentions", mentions.stream().map(Mention::toMap).toList());
        return map;
    }

    /** The article with this store id, or null. */
    public static ArticleView load(Queries queries, long id) {
        List<List<Object>> rows = queries.rows("SELECT a.id, a.article_id, a.title, a.url, coalesce(a.source, a.outlet),"
                + " a.published, t.text, a.text_length, a.pipeline_version FROM articles a"
                + " LEFT JOIN article_texts t ON t.article = a.id WHERE a.id = ?", List.of(id));
        if (rows.isEmpty()) {
            return null;
        }
        List<Object> a = rows.get(0);
        List<Mention> mentions = new ArrayList<>();
        for (List<Object> m : queries.rows("SELECT id, event, record_id, date, sentence_index, sentence_text,"
                + " sentence_start, sentence_end, cameo, cameo_name, quad, goldstein, plover, modality, confidence,"
                + " source_text, source_code, source_start, source_end, target_text, target_code, target_start,"
                + " target_end, trigger_text, trigger_start, trigger_end FROM mentions WHERE article = ?"
                + " ORDER BY sentence_start, trigger_start, id", List.of(id))) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span("source", (String) m.get(15), (String) m.get(16), integer(m.get(17)), integer(m.get(18))));
            if (m.get(20) != null) {
                spans.add(new Span("target", (String) m.get(19), (String) m.get(20), integer(m.get(21)),
                        integer(m.get(22))));
            }
            spans.add(new Span("trigger", (String) m.get(23), null, integer(m.get(24)), integer(m.get(25))));
            mentions.add(new Mention((Long) m.get(0), (Long) m.get(1), (String) m.get(2), (LocalDate) m.get(3),
                    integer(m.get(4)), (String) m.get(5), integer(m.get(6)), integer(m.get(7)), (String) m.get(8),
                    (String) m.get(9), integer(m.get(10)), (Double) m.get(11), (String) m.get(12), (String) m.get(13),
                    (Double) m.get(14), spans));
        }
        return new ArticleView((Long) a.get(0), (String) a.get(1), (String) a.get(2), (String) a.get(3),
                (String) a.get(4), (LocalDate) a.get(5), (String) a.get(6), integer(a.get(7)), (String) a.get(8),
                mentions);
    }

    static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
