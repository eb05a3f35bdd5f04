package org.attache.store;

import org.attache.events.CameoCode;
import org.attache.events.CodedEvent;
import org.attache.events.EventActor;
import org.attache.events.Modality;
import org.attache.events.Span;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-made articles and coded events for store tests: no CoreNLP needed. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final LocalDateTime CODED_AT = LocalDateTime.of(2024, 6, 1, 12, 0);

    public static ArticleRecord article(String id, String url, String source, LocalDate published, String text,
                                        String version) {
        return new ArticleRecord(id, url, source, "Title of " + id, published, published == null ? "none" : "header",
                ArticleRecord.contentHash(text), text.length(), version, CODED_AT, id + ".txt");
    }

    /** An event {@code source -> target} with the CAMEO code (root from its first two digits). */
    public static MentionRow mention(String recordId, String source, String target, String cameo, LocalDate date,
                                     String modality, double goldstein, String trigger) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        return MentionRow.of(codedEvent(recordId, source, target, new CameoCode(cameo, "name of " + cameo, goldstein,
                root == 1 ? null : quad == 1 ? "CONSULT" : quad == 2 ? "AID" : quad == 3 ? "ACCUSE" : "ASSAULT", "mode", "diplomatic"),
                date, Modality.valueOf(modality.toUpperCase(java.util.Locale.ROOT)), trigger));
    }

    public static MentionRow asserted(String recordId, String source, String target, String cameo, LocalDate date,
                                      double goldstein) {
        return mention(recordId, source, target, cameo, date, "asserted", goldstein, "trigger " + cameo);
    }

    /** The mention with a location (as the coder's gazetteer gives it). */
    public static MentionRow located(MentionRow m, String name, String kind, String country, double lat, double lon) {
        return new MentionRow(m.recordId(), m.date(), m.dateOrigin(), m.sentenceIndex(), m.sentenceText(),
                m.sentenceStart(), m.sentenceEnd(), m.sourceText(), m.sourceCode(), m.sourceCountry(), m.sourceSector(),
                m.sourceStart(), m.sourceEnd(), m.sourceResolvedBy(), m.targetText(), m.targetCode(), m.targetCountry(),
                m.targetSector(), m.targetStart(), m.targetEnd(), m.targetResolvedBy(), m.triggerText(),
                m.triggerStart(), m.triggerEnd(), m.cameo(), m.cameoName(), m.root(), m.quad(), m.goldstein(),
                m.plover(), m.ploverMode(), m.ploverContext(), m.modality(), m.confidence(), "in " + name, name, kind,
                country, lat, lon, 2, 2 + name.length());
    }

    static EventActor actor(String code, int start) {
        if (code == null) {
            return null;
        }
        String country = code.substring(0, 3);
        String sector = code.length() > 3 ? code.substring(3) : null;
        return new EventActor("text of " + code, code, country, sector, start, start + 5, "dictionary");
    }

    /**
     * A CodedEvent built through its canonical constructor by component name, so that components the store does not
     * read yet (location...) may be added to CodedEvent without breaking these tests.
     */
    public static CodedEvent codedEvent(String id, String source, String target, CameoCode cameo, LocalDate date,
                                        Modality modality, String trigger) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        values.put("sentenceIndex", 0);
        values.put("sentence", new Span("The sentence of " + id + ".", 0, 20 + id.length()));
        values.put("source", actor(source, 4));
        values.put("target", actor(target, 12));
        values.put("trigger", new Span(trigger, 10, 10 + trigger.length()));
        values.put("cameo", cameo);
        values.put("modality", modality);
        values.put("confidence", 0.8);
        values.put("date", date);
        values.put("dateOrigin", date == null ? "none" : "article");
        RecordComponent[] components = CodedEvent.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = values.get(components[i].getName());
            if (value == null && types[i].isPrimitive()) {
                value = types[i] == boolean.class ? Boolean.FALSE : types[i] == double.class ? 0.0 : 0;
            }
            args[i] = value;
        }
        try {
            return CodedEvent.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a CodedEvent", e);
        }
    }

    /** Writes the articles, each with its mentions, in one batch. */
    public static StoreWriter.BatchResult write(Store store, Map<ArticleRecord, List<MentionRow>> articles) {
        try (StoreWriter writer = new StoreWriter(store)) {
            for (var e : articles.entrySet()) {
                writer.add(e.getKey(), e.getValue(), writer.decide(e.getKey()));
            }
            return writer.flush();
        }
    }

    public static long count(Store store, String sql, Object... parameters) {
        return store.count(sql, parameters);
    }

    public static Store open(Path dir) {
        return Store.openForWriting(dir.resolve("test.duckdb"));
    }
}
