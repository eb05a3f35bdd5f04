package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.events.Modality;

import java.util.List;

/**
 * What a scorer counts: by default only asserted events (what {@code attache code} prints), with
 * {@code allModalities} negated, hypothetical, future and reported ones too; and how many worst errors to list.
 */
public record ScoringOptions(boolean allModalities, int worst) {
    public static final int DEFAULT_WORST = 10;

    public ScoringOptions {
        if (worst < 0) {
            throw new IllegalArgumentException("worst must not be negative");
        }
    }

    public static ScoringOptions defaults() {
        return new ScoringOptions(false, DEFAULT_WORST);
    }

    public boolean counts(CodedEvent event) {
        return allModalities || event.modality() == Modality.ASSERTED;
    }

    public List<CodedEvent> scored(CodedSentence sentence) {
        return sentence.events().stream().filter(this::counts).toList();
    }

    /** The sentence's main event: the scored event with the highest confidence, the first of equals; null if none. */
    public CodedEvent main(CodedSentence sentence) {
        return Reports.top(scored(sentence));
    }

    public String modalitiesLabel() {
        return allModalities ? "all modalities" : "asserted";
    }
}
