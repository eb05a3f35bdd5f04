package org.attache.evaluation;

import org.attache.events.CameoCode;
import org.attache.events.CodedEvent;
import org.attache.events.EventActor;
import org.attache.events.Modality;
import org.attache.events.Span;

import java.util.List;

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
        return new CodedEvent("e", 0, new Span("", 0, 0), source, target, new Span("trigger", 0, 7),
                code(cameo, plover), modality, confidence, null, "none");
    }

    static CodedEvent asserted(String cameo, EventActor source, EventActor target, double confidence) {
        return event(cameo, null, source, target, Modality.ASSERTED, confidence);
    }

    static CodedSentence sentence(GoldSentence gold, CodedEvent... events) {
        return new CodedSentence(gold, List.of(events), null);
    }
}
