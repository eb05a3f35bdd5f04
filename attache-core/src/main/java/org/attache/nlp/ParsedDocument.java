package org.attache.nlp;

import java.util.List;

/** An article's text with its parsed sentences; all offsets in the sentences point into {@code text}. */
public record ParsedDocument(String text, List<ParsedSentence> sentences) {
    public ParsedDocument {
        sentences = List.copyOf(sentences);
    }
}
