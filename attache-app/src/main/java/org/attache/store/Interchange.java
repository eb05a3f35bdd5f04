package org.attache.store;

import java.util.List;

/**
 * The flat mention record that Parquet and mention-level CSV exports write and {@code attache import-parquet} reads:
 * every field of the output record, the article's store fields, and the event (cluster) it was counted in. Parquet
 * files written elsewhere (e.g. by a Spark job) with these columns can be imported.
 */
public final class Interchange {
    /** Columns an import needs, in export order. */
    public static final List<String> MENTION_COLUMNS = List.of(
            "record_id", "article_id", "article_title", "article_url", "article_source", "article_published",
            "article_date_origin", "article_text_length", "article_content_hash", "article_pipeline_version",
            "article_coded_at", "article_input",
            "date", "date_origin", "sentence_index", "sentence_text", "sentence_start", "sentence_end",
            "source_text", "source_code", "source_country", "source_sector", "source_start", "source_end",
            "source_resolved_by",
            "target_text", "target_code", "target_country", "target_sector", "target_start", "target_end",
            "target_resolved_by",
            "trigger_text", "trigger_start", "trigger_end",
            "cameo", "cameo_name", "root", "quad", "goldstein", "plover", "plover_mode", "plover_context",
            "modality", "confidence");

    /** Written by exports and read by imports when present (files from before locations were coded lack them). */
    public static final List<String> OPTIONAL_COLUMNS = List.of("location_text", "location_name", "location_kind",
            "location_country", "location_lat", "location_lon", "location_start", "location_end");

    /** Written by exports, not needed by imports (the importing store clusters the mentions itself). */
    public static final List<String> EXTRA_COLUMNS = List.of("event_id", "event_num_mentions", "event_num_sources",
            "event_num_articles");

    private Interchange() {
    }

    /** The SELECT list over {@code mention_records mr JOIN events e}. */
    static String selectList() {
        StringBuilder s = new StringBuilder();
        for (String c : MENTION_COLUMNS) {
            s.append(s.length() == 0 ? "" : ", ").append("mr.").append(c);
        }
        for (String c : OPTIONAL_COLUMNS) {
            s.append(", mr.").append(c);
        }
        s.append(", e.id AS event_id, e.num_mentions AS event_num_mentions, e.num_sources AS event_num_sources,"
                + " e.num_articles AS event_num_articles");
        return s.toString();
    }
}
