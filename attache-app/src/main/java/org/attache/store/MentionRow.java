package org.attache.store;

import org.attache.events.CodedEvent;
import org.attache.events.EventActor;
import org.attache.places.EventLocation;

import java.time.LocalDate;

/**
 * One coded event record as the store keeps it: every field of the documented output record except the article's,
 * which live in {@code articles}. Offsets are UTF-16 offsets into the article text; target fields are null when the
 * event has no target.
 */
public record MentionRow(String recordId, LocalDate date, String dateOrigin,
                         int sentenceIndex, String sentenceText, int sentenceStart, int sentenceEnd,
                         String sourceText, String sourceCode, String sourceCountry, String sourceSector,
                         Integer sourceStart, Integer sourceEnd, String sourceResolvedBy,
                         String targetText, String targetCode, String targetCountry, String targetSector,
                         Integer targetStart, Integer targetEnd, String targetResolvedBy,
                         String triggerText, int triggerStart, int triggerEnd,
                         String cameo, String cameoName, String root, int quad, double goldstein,
                         String plover, String ploverMode, String ploverContext,
                         String modality, double confidence,
                         String locationText, String locationName, String locationKind, String locationCountry,
                         Double locationLat, Double locationLon, Integer locationStart, Integer locationEnd)
        implements java.io.Serializable {

    /** The same event without a location (records of coders and files that have none). */
    public MentionRow(String recordId, LocalDate date, String dateOrigin,
                      int sentenceIndex, String sentenceText, int sentenceStart, int sentenceEnd,
                      String sourceText, String sourceCode, String sourceCountry, String sourceSector,
                      Integer sourceStart, Integer sourceEnd, String sourceResolvedBy,
                      String targetText, String targetCode, String targetCountry, String targetSector,
                      Integer targetStart, Integer targetEnd, String targetResolvedBy,
                      String triggerText, int triggerStart, int triggerEnd,
                      String cameo, String cameoName, String root, int quad, double goldstein,
                      String plover, String ploverMode, String ploverContext,
                      String modality, double confidence) {
        this(recordId, date, dateOrigin, sentenceIndex, sentenceText, sentenceStart, sentenceEnd, sourceText,
                sourceCode, sourceCountry, sourceSector, sourceStart, sourceEnd, sourceResolvedBy, targetText,
                targetCode, targetCountry, targetSector, targetStart, targetEnd, targetResolvedBy, triggerText,
                triggerStart, triggerEnd, cameo, cameoName, root, quad, goldstein, plover, ploverMode, ploverContext,
                modality, confidence, null, null, null, null, null, null, null, null);
    }

    public static MentionRow of(CodedEvent e) {
        EventActor s = e.source();
        EventActor t = e.target();
        EventLocation l = e.location();
        return new MentionRow(e.id(), e.date(), e.dateOrigin(),
                e.sentenceIndex(), e.sentence().text(), e.sentence().start(), e.sentence().end(),
                s == null ? null : s.text(), s == null ? "" : s.code(), s == null ? null : s.country(),
                s == null ? null : s.sector(), s == null ? null : s.start(), s == null ? null : s.end(),
                s == null ? null : s.method(),
                t == null ? null : t.text(), t == null ? null : t.code(), t == null ? null : t.country(),
                t == null ? null : t.sector(), t == null ? null : t.start(), t == null ? null : t.end(),
                t == null ? null : t.method(),
                e.trigger().text(), e.trigger().start(), e.trigger().end(),
                e.cameo().code(), e.cameo().name(), e.cameo().root(), e.cameo().quadClass(), e.cameo().goldstein(),
                emptyToNull(e.cameo().plover()), emptyToNull(e.cameo().ploverMode()),
                emptyToNull(e.cameo().ploverContext()), e.modality().label(), e.confidence(),
                l == null ? null : l.text(), l == null ? null : l.place().name(), l == null ? null : l.place().kind(),
                l == null ? null : l.place().country(), l == null ? null : l.place().lat(),
                l == null ? null : l.place().lon(), l == null ? null : l.start(), l == null ? null : l.end());
    }

    /** The deduplication key: directed dyad (full actor codes), CAMEO root and modality. */
    public String clusterKey() {
        return sourceCode + '\u001f' + (targetCode == null ? "" : targetCode) + '\u001f' + root + '\u001f' + modality;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
