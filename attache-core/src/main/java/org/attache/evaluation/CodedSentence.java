package org.attache.evaluation;

import org.attache.events.CodedEvent;

import java.util.List;

/** A gold sentence with every event the coder found in it (all modalities), or the error that stopped coding it. */
public record CodedSentence(GoldSentence gold, List<CodedEvent> events, String error) {
    public CodedSentence {
        events = List.copyOf(events);
    }

    public boolean failed() {
        return error != null;
    }
}
