package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.events.EventActor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the source and target spans of the coded events against the ConfliBERT actor tags. The sentence is coded
 * as its tokens joined by single spaces; the character offsets of our actors are mapped back to the tokens they
 * touch. Sources are compared with gold {@code S} and {@code R} spans, targets with {@code T} and {@code R} spans
 * (a reciprocal actor is both). A predicted span matches a gold span when they share a token (overlap) or cover
 * exactly the same tokens (exact); precision counts the predicted spans that match some gold span, recall the gold
 * spans matched by some predicted span. The same span coded by several events counts once per role.
 */
public final class ActorSpanScorer {
    private final ScoringOptions options;

    public ActorSpanScorer(ScoringOptions options) {
        this.options = options;
    }

    /** Tokens [start, end). */
    public record TokenRange(int start, int end) {
        boolean overlaps(TokenRange other) {
            return start < other.end && other.start < end;
        }
    }

    record Outcome(CodedSentence sentence, Set<TokenRange> sources, Set<TokenRange> targets, boolean coded) {
        List<TokenRange> gold(boolean source) {
            List<TokenRange> ranges = new ArrayList<>();
            for (GoldSpan span : sentence.gold().spans()) {
                if (span.role() == 'R' || span.role() == (source ? 'S' : 'T')) {
                    ranges.add(new TokenRange(span.start(), span.end()));
                }
            }
            return ranges;
        }

        List<TokenRange> goldAll() {
            return sentence.gold().spans().stream().map(s -> new TokenRange(s.start(), s.end())).distinct().toList();
        }

        List<TokenRange> predictedAll() {
            Set<TokenRange> all = new LinkedHashSet<>(sources);
            all.addAll(targets);
            return new ArrayList<>(all);
        }

        /** Missed gold spans plus unmatched predicted spans, sources and targets, by overlap. */
        int errors() {
            Prf s = match(new ArrayList<>(sources), gold(true), false);
            Prf t = match(new ArrayList<>(targets), gold(false), false);
            return (s.predicted() - s.matchedPredicted()) + (s.gold() - s.matchedGold())
                    + (t.predicted() - t.matchedPredicted()) + (t.gold() - t.matchedGold());
        }
    }

    public Report score(List<CodedSentence> sentences, String goldName) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CodedSentence sentence : sentences) {
            GoldSentence gold = sentence.gold();
            int[] starts = gold.tokenStarts();
            Set<TokenRange> sources = new LinkedHashSet<>();
            Set<TokenRange> targets = new LinkedHashSet<>();
            List<CodedEvent> scored = options.scored(sentence);
            for (CodedEvent event : scored) {
                add(sources, tokenRange(gold, starts, event.source()));
                add(targets, tokenRange(gold, starts, event.target()));
            }
            outcomes.add(new Outcome(sentence, sources, targets, !scored.isEmpty()));
        }
        return new Report(goldName, options, outcomes);
    }

    private static void add(Set<TokenRange> set, TokenRange range) {
        if (range != null) {
            set.add(range);
        }
    }

    private static TokenRange tokenRange(GoldSentence gold, int[] starts, EventActor actor) {
        return actor == null ? null : tokenRange(gold.tokens(), starts, actor.start(), actor.end());
    }

    /** The tokens that characters [start, end) of the space-joined sentence touch; null if none. */
    public static TokenRange tokenRange(List<String> tokens, int[] starts, int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int tokenEnd = starts[i] + tokens.get(i).length();
            if (starts[i] < end && start < tokenEnd) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new TokenRange(first, last + 1);
    }

    static Prf match(List<TokenRange> predicted, List<TokenRange> gold, boolean exact) {
        int matchedPredicted = 0;
        for (TokenRange p : predicted) {
            if (gold.stream().anyMatch(g -> exact ? g.equals(p) : g.overlaps(p))) {
                matchedPredicted++;
            }
        }
        int matchedGold = 0;
        for (TokenRange g : gold) {
            if (predicted.stream().anyMatch(p -> exact ? g.equals(p) : g.overlaps(p))) {
                matchedGold++;
            }
        }
        return new Prf(matchedPredicted, predicted.size(), matchedGold, gold.size());
    }

    /** The actor-span evaluation's metrics and report. */
    public static final class Report implements EvaluationReport {
        private final String goldName;
        private final ScoringOptions options;
        private final List<Outcome> outcomes;

        Report(String goldName, ScoringOptions options, List<Outcome> outcomes) {
            this.goldName = goldName;
            this.options = options;
            this.outcomes = List.copyOf(outcomes);
        }

        @Override
        public String format() {
            return "conflibert-ner";
        }

        public int sentences() {
            return outcomes.size();
        }

        public int failed() {
            return (int) outcomes.stream().filter(o -> o.sentence().failed()).count();
        }

        public Ratio coverage() {
            return new Ratio((int) outcomes.stream().filter(Outcome::coded).count(), outcomes.size());
        }

        public Prf sources(boolean exact) {
            return sum(o -> match(new ArrayList<>(o.sources()), o.gold(true), exact));
        }

        public Prf targets(boolean exact) {
            return sum(o -> match(new ArrayList<>(o.targets()), o.gold(false), exact));
        }

        /** Every actor span whatever its role: finds the actors, ignoring who did what to whom. */
        public Prf anyRole(boolean exact) {
            return sum(o -> match(o.predictedAll(), o.goldAll(), exact));
        }

        private Prf sum(java.util.function.Function<Outcome, Prf> perSentence) {
            Prf total = new Prf(0, 0, 0, 0);
            for (Outcome o : outcomes) {
                total = total.plus(perSentence.apply(o));
            }
            return total;
        }

        private int goldSpans(char role) {
            return (int) outcomes.stream().flatMap(o -> o.sentence().gold().spans().stream())
                    .filter(s -> s.role() == role).count();
        }

        List<Outcome> worst() {
            List<Outcome> errors = new ArrayList<>(outcomes.stream().filter(o -> o.errors() > 0).toList());
            errors.sort(Comparator.comparingInt((Outcome o) -> -o.errors()));
            return errors.subList(0, Math.min(options.worst(), errors.size()));
        }

        @Override
        public Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", format());
            m.put("gold", goldName);
            m.put("sentences", sentences());
            m.put("failed", failed());
            m.put("scored_events", options.modalitiesLabel());
            m.put("coverage", coverage().toMap());
            Map<String, Object> goldCounts = new LinkedHashMap<>();
            goldCounts.put("S", goldSpans('S'));
            goldCounts.put("T", goldSpans('T'));
            goldCounts.put("R", goldSpans('R'));
            m.put("gold_spans", goldCounts);
            m.put("source_overlap", sources(false).toMap());
            m.put("source_exact", sources(true).toMap());
            m.put("target_overlap", targets(false).toMap());
            m.put("target_exact", targets(true).toMap());
            m.put("any_role_overlap", anyRole(false).toMap());
            m.put("any_role_exact", anyRole(true).toMap());
            List<Map<String, Object>> worst = new ArrayList<>();
            for (Outcome o : worst()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("id", o.sentence().gold().id());
                w.put("gold", markup(o.sentence().gold().tokens(), o.sentence().gold().spans()));
                w.put("coded_sources", texts(o, o.sources()));
                w.put("coded_targets", texts(o, o.targets()));
                worst.add(w);
            }
            m.put("worst", worst);
            return m;
        }

        private static List<String> texts(Outcome o, Set<TokenRange> ranges) {
            List<String> texts = new ArrayList<>();
            for (TokenRange r : ranges) {
                texts.add(String.join(" ", o.sentence().gold().tokens().subList(r.start(), r.end())));
            }
            return texts;
        }

        /** The tokens with the gold spans bracketed: "[S a car bomb] in Kiev killed [T another Chechen]". */
        static String markup(List<String> tokens, List<GoldSpan> spans) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                for (GoldSpan s : spans) {
                    if (s.start() == i) {
                        out.append('[').append(s.role()).append(' ');
                    }
                }
                out.append(tokens.get(i));
                for (GoldSpan s : spans) {
                    if (s.end() == i + 1) {
                        out.append(']');
                    }
                }
            }
            return out.toString();
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append("ConfliBERT CAMEO actor spans: ").append(goldName).append('\n');
            out.append("  ").append(sentences()).append(" sentences, ").append(failed())
                    .append(" failed to code; scored events: ").append(options.modalitiesLabel()).append('\n');
            out.append("  gold spans: ").append(goldSpans('S')).append(" S (source), ").append(goldSpans('T'))
                    .append(" T (target), ").append(goldSpans('R')).append(" R (reciprocal, counts as either)\n\n");
            out.append("Coverage (sentences with an event):  ").append(coverage().describe()).append("\n\n");
            out.append("Actor spans (overlap: at least one shared token; exact: the same tokens)\n");
            List<List<String>> rows = new ArrayList<>();
            rows.add(row("source, overlap", sources(false)));
            rows.add(row("source, exact", sources(true)));
            rows.add(row("target, overlap", targets(false)));
            rows.add(row("target, exact", targets(true)));
            rows.add(row("any role, overlap", anyRole(false)));
            rows.add(row("any role, exact", anyRole(true)));
            out.append(Reports.table(List.of("", "P", "R", "F1", "matched pred.", "predicted", "matched gold", "gold"),
                    rows)).append('\n');
            List<Outcome> worst = worst();
            out.append("Worst errors (").append(worst.size()).append("; most missed plus spurious spans, by overlap)\n");
            int n = 0;
            for (Outcome o : worst) {
                out.append(String.format("  %d. %s: %d span errors%n", ++n, o.sentence().gold().id(), o.errors()));
                out.append("     gold:    ").append(markup(o.sentence().gold().tokens(), o.sentence().gold().spans()))
                        .append('\n');
                out.append("     sources: ").append(texts(o, o.sources())).append("  targets: ")
                        .append(texts(o, o.targets())).append('\n');
                if (o.sentence().failed()) {
                    out.append("     coding failed: ").append(o.sentence().error()).append('\n');
                }
                for (CodedEvent e : o.sentence().events()) {
                    out.append("     coded:   ").append(Reports.describe(e, PloverCategories.of(e.cameo())))
                            .append(options.counts(e) ? "" : " (not scored)").append('\n');
                }
            }
            return out.toString();
        }

        private static List<String> row(String label, Prf prf) {
            return List.of(label, Reports.fixed(prf.precision()), Reports.fixed(prf.recall()), Reports.fixed(prf.f1()),
                    String.valueOf(prf.matchedPredicted()), String.valueOf(prf.predicted()),
                    String.valueOf(prf.matchedGold()), String.valueOf(prf.gold()));
        }
    }
}
