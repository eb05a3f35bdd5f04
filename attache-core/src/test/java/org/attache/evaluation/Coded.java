package org.attache.evaluation;

import org.attache.events.CameoCode;
import org.attache.events.CodedEvent;
import org.attache.events.EventActor;
import org.attache.events.Modality;
import org.attache.events.Span;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-made coder output for scorer tests. */
final class Coded {
    private Coded() {
    }

    static CameoCode code(String code, String plover) {
        return new CameoCode(code, "test code " + code, 0.0, plover, null, null);
    }

    static EventActor actor(String code, String country, String sector) {
        return new EventActor(code, code, country, sector, 0, 0, "dictionary");
    }

    static EventActor actorAt(String text, int start, String country) {
        return new EventActor(text, country, country, null, start, start + text.length(), "dictionary");
    }

    static CodedEvent event(String cameo, String plover, EventActor source, EventActor target, Modality modality,
                            double confidence) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", "e");
        values.put("sentenceIndex", 0);
        values.put("sentence", new Span("", 0, 0));
        values.put("source", source);
        values.put("target", target);
        values.put("trigger", new Span("trigger", 0, 7));
        values.put("cameo", code(cameo, plover));
        values.put("modality", modality);
        values.put("confidence", confidence);
        values.put("dateOrigin", "none");
        return record(values);
    }

    /**
     * The event built through its canonical constructor by component name, so that components the scorers do not
     * read (date, location...) may be added to {@link CodedEvent} without touching these tests: they are null here.
     */
    private static CodedEvent record(Map<String, Object> values) {
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

    static CodedEvent asserted(String cameo, EventActor source, EventActor target, double confidence) {
        return event(cameo, null, source, target, Modality.ASSERTED, confidence);
    }

    static CodedSentence sentence(GoldSentence gold, CodedEvent... events) {
        return new CodedSentence(gold, List.of(events), null);
    }
}
