package org.attache.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attache.store.ArticleRecord;
import org.attache.store.MentionRow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Parquet rows the job writes, column for column and type for type what {@code attache export --format parquet}
 * writes from a store: mention level (org.attache.store.Interchange's columns, partitioned by the mention's date) and
 * event level (the events table, partitioned by the event's date). Event rows are built from their mentions as the
 * store's writer rebuilds them (docs/STORE.md): counts, date range, first and last report, the representative mention
 * (highest confidence, then earliest) and the location of the most confident mention that has one.
 */
final class OutputRows {
    private OutputRows() {
    }

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType L = DataTypes.LongType;
    private static final DataType D = DataTypes.DateType;
    private static final DataType F = DataTypes.DoubleType;
    private static final DataType T = DataTypes.TimestampNTZType;
    private static final DataType B = DataTypes.ByteType;

    static final StructType MENTIONS = schema(
            "record_id", S, "article_id", S, "article_title", S, "article_url", S, "article_source", S,
            "article_published", D, "article_date_origin", S, "article_text_length", I, "article_content_hash", S,
            "article_pipeline_version", S, "article_coded_at", T, "article_input", S,
            "date", D, "date_origin", S, "sentence_index", I, "sentence_text", S, "sentence_start", I,
            "sentence_end", I,
            "source_text", S, "source_code", S, "source_country", S, "source_sector", S, "source_start", I,
            "source_end", I, "source_resolved_by", S,
            "target_text", S, "target_code", S, "target_country", S, "target_sector", S, "target_start", I,
            "target_end", I, "target_resolved_by", S,
            "trigger_text", S, "trigger_start", I, "trigger_end", I,
            "cameo", S, "cameo_name", S, "root", S, "quad", B, "goldstein", F, "plover", S, "plover_mode", S,
            "plover_context", S, "modality", S, "confidence", F,
            "location_text", S, "location_name", S, "location_kind", S, "location_country", S, "location_lat", F,
            "location_lon", F, "location_start", I, "location_end", I,
            "event_id", L, "event_num_mentions", I, "event_num_sources", I, "event_num_articles", I,
            "event_date", D);

    static final StructType EVENTS = schema(
            "id", L, "event_date", D, "min_date", D, "max_date", D, "source_code", S, "source_country", S,
            "source_sector", S, "target_code", S, "target_country", S, "target_sector", S, "root", S, "modality", S,
            "cameo", S, "quad", B, "goldstein", F, "plover", S, "trigger_text", S, "num_mentions", I,
            "num_sources", I, "num_articles", I, "first_seen", D, "last_seen", D, "representative", L,
            "confidence", F, "created_at", T, "updated_at", T, "cameo_name", S, "source_text", S, "target_text", S,
            "sentence_index", I, "sentence_text", S, "url", S, "location_name", S, "location_kind", S,
            "location_country", S, "location_lat", F, "location_lon", F);

    static final StructType ERRORS = schema("input", S, "position", L, "stage", S, "reason", S);

    private static StructType schema(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    /** Counts and representative of one event, computed once for its event row and its mention rows. */
    record Summary(int mentions, int sources, int articles, NumberedMention representative,
                   NumberedMention located, LocalDate minDate, LocalDate maxDate, LocalDate firstSeen,
                   LocalDate lastSeen, double confidence) {

        static Summary of(EventGroup event) {
            List<NumberedMention> all = event.mentions();
            Set<String> articles = new HashSet<>();
            Set<String> outlets = new HashSet<>();
            LocalDate min = null;
            LocalDate max = null;
            LocalDate first = null;
            LocalDate last = null;
            double confidence = 0;
            for (NumberedMention m : all) {
                ArticleRecord a = m.article();
                articles.add(a.key());
                String outlet = a.outlet();
                outlets.add(outlet == null ? "(unknown)" : outlet);
                LocalDate seen = a.published() != null ? a.published() : a.codedAt().toLocalDate();
                first = first == null || seen.isBefore(first) ? seen : first;
                last = last == null || seen.isAfter(last) ? seen : last;
                LocalDate date = m.mention().date();
                if (date != null) {
                    min = min == null || date.isBefore(min) ? date : min;
                    max = max == null || date.isAfter(max) ? date : max;
                }
                confidence += m.mention().confidence();
            }
            NumberedMention representative = all.stream()
                    .min(Comparator.comparingDouble((NumberedMention m) -> -m.mention().confidence())
                            .thenComparingLong(NumberedMention::id)).orElseThrow();
            NumberedMention located = all.stream()
                    .min(Comparator.comparingInt((NumberedMention m) -> m.mention().locationName() == null ? 1 : 0)
                            .thenComparingDouble(m -> -m.mention().confidence())
                            .thenComparingLong(NumberedMention::id)).orElseThrow();
            return new Summary(all.size(), outlets.size(), articles.size(), representative, located, min, max, first,
                    last, confidence / all.size());
        }
    }

    static Row event(long id, EventGroup event, Summary s, LocalDateTime now) {
        MentionRow r = s.representative().mention();
        MentionRow l = s.located().mention();
        return RowFactory.create(id, event.eventDate(), s.minDate(), s.maxDate(), r.sourceCode(), r.sourceCountry(),
                r.sourceSector(), r.targetCode() == null ? "" : r.targetCode(), r.targetCountry(), r.targetSector(),
                r.root(), r.modality(), r.cameo(), (byte) r.quad(), r.goldstein(), r.plover(),
                r.triggerText() == null ? null : r.triggerText().toLowerCase(Locale.ROOT), s.mentions(), s.sources(),
                s.articles(), s.firstSeen(), s.lastSeen(), s.representative().id(), s.confidence(), now, now,
                r.cameoName(), r.sourceText(), r.targetText(), r.sentenceIndex(), r.sentenceText(),
                s.representative().article().url(), l.locationName(), l.locationKind(), l.locationCountry(),
                l.locationLat(), l.locationLon());
    }

    static Row mention(NumberedMention numbered, long eventId, Summary s) {
        ArticleRecord a = numbered.article();
        MentionRow m = numbered.mention();
        return RowFactory.create(m.recordId(), a.articleId(), a.title(), a.url(), a.source(), a.published(),
                a.dateOrigin(), a.textLength(), a.contentHash(), a.pipelineVersion(), a.codedAt(), a.input(),
                m.date(), m.dateOrigin(), m.sentenceIndex(), m.sentenceText(), m.sentenceStart(), m.sentenceEnd(),
                m.sourceText(), m.sourceCode(), m.sourceCountry(), m.sourceSector(), m.sourceStart(), m.sourceEnd(),
                m.sourceResolvedBy(),
                m.targetText(), m.targetCode(), m.targetCountry(), m.targetSector(), m.targetStart(), m.targetEnd(),
                m.targetResolvedBy(),
                m.triggerText(), m.triggerStart(), m.triggerEnd(),
                m.cameo(), m.cameoName(), m.root(), (byte) m.quad(), m.goldstein(), m.plover(), m.ploverMode(),
                m.ploverContext(), m.modality(), m.confidence(),
                m.locationText(), m.locationName(), m.locationKind(), m.locationCountry(), m.locationLat(),
                m.locationLon(), m.locationStart(), m.locationEnd(),
                eventId, s.mentions(), s.sources(), s.articles(), m.date());
    }

    static Row error(JobError e) {
        return RowFactory.create(e.input(), e.position(), e.stage(), e.reason());
    }
}
