package org.attache.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold-coded sentence, whatever set it comes from. Which annotations are present depends on the set:
 * <ul>
 *   <li>PLOVER: {@code category} (a PLOVER 0.5b1 category), {@code sources}, {@code targets}, {@code date};</li>
 *   <li>ConfliBERT class: {@code pentaClass} (0-4);</li>
 *   <li>ConfliBERT NER: {@code tokens} and {@code spans}; {@code text} is the tokens joined by single spaces.</li>
 * </ul>
 * Absent annotations are null (category, date), -1 (pentaClass) or empty lists.
 */
public record GoldSentence(String id, String text, LocalDate date, String category, List<GoldActor> sources,
                           List<GoldActor> targets, int pentaClass, List<String> tokens, List<GoldSpan> spans) {

    public GoldSentence {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
    }

    public static GoldSentence plover(String id, String text, LocalDate date, String category,
                                      List<GoldActor> sources, List<GoldActor> targets) {
        return new GoldSentence(id, text, date, category, sources, targets, -1, List.of(), List.of());
    }

    public static GoldSentence pentaClass(String id, String text, int pentaClass) {
        return new GoldSentence(id, text, null, null, List.of(), List.of(), pentaClass, List.of(), List.of());
    }

    /** A tokenised sentence: its text is the tokens joined by single spaces. */
    public static GoldSentence tagged(String id, List<String> tokens, List<GoldSpan> spans) {
        return new GoldSentence(id, String.join(" ", tokens), null, null, List.of(), List.of(), -1, tokens, spans);
    }

    /** Character offset in {@link #text()} where each token starts (tokenised sentences only). */
    public int[] tokenStarts() {
        int[] starts = new int[tokens.size()];
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = offset;
            offset += tokens.get(i).length() + 1;
        }
        return starts;
    }
}
