package org.attache.nlp;

import java.util.BitSet;
import java.util.List;

/**
 * Chooses the sentences of a document that need the full analysis (named entities, time expressions, dependency
 * tree). It sees each sentence after the cheap stages only: tokens with their part-of-speech tags and lemmas, no
 * entities, no times, every head -1. The sentences it leaves out stay in the document in that shallow form.
 */
@FunctionalInterface
public interface SentenceSelector {
    /** Every sentence gets the full analysis. */
    SentenceSelector ALL = shallow -> {
        BitSet all = new BitSet(shallow.size());
        all.set(0, shallow.size());
        return all;
    };

    /** The indexes (into {@code shallow}) of the sentences to analyse fully. */
    BitSet select(List<ParsedSentence> shallow);

    /**
     * Which of the fully analysed sentences ({@code analysed}, now with entities and dependency trees in
     * {@code parsed}) need their time expressions, the costliest analysis left. By default all of them; the parser
     * runs it only on those that could name a day ({@link DayCues}) anyway.
     */
    default BitSet needTimes(List<ParsedSentence> parsed, BitSet analysed) {
        return (BitSet) analysed.clone();
    }
}
