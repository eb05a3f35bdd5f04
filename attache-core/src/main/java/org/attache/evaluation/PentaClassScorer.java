package org.attache.evaluation;

import org.attache.events.CodedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the penta class ({@link PentaClass}) of each sentence's main event against the ConfliBERT classification
 * labels. The main event is the scored event with the highest confidence (the first of equals). A sentence with no
 * scored event is predicted class 0 ("statement/appeal", the class of the least eventful sentences) for the
 * accuracy over all sentences; a second accuracy counts only the sentences where an event was coded.
 */
public final class PentaClassScorer {
    static final int CLASSES = 5;
    /** Confusion column of sentences with no scored event. */
    static final int NO_EVENT = CLASSES;

    private final ScoringOptions options;

    public PentaClassScorer(ScoringOptions options) {
        this.options = options;
    }

    record Outcome(CodedSentence sentence, CodedEvent main, int predicted) {
        int gold() {
            return sentence.gold().pentaClass();
        }

        boolean coded() {
            return main != null;
        }

        /** The prediction counted in the accuracy over all sentences: no event counts as class 0. */
        int predictedOrZero() {
            return coded() ? predicted : 0;
        }
    }

    public Report score(List<CodedSentence> sentences, String goldName) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CodedSentence sentence : sentences) {
            if (sentence.gold().pentaClass() < 0 || sentence.gold().pentaClass() >= CLASSES) {
                throw new IllegalArgumentException(sentence.gold().id() + " has no penta class");
            }
            CodedEvent main = options.main(sentence);
            outcomes.add(new Outcome(sentence, main, main == null ? NO_EVENT : PentaClass.of(main.cameo())));
        }
        return new Report(goldName, options, outcomes);
    }

    /** The classification evaluation's metrics and report. */
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
            return "conflibert-class";
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

        /** Over all sentences, a sentence with no event predicted as class 0. */
        public Ratio accuracyAll() {
            return new Ratio((int) outcomes.stream().filter(o -> o.predictedOrZero() == o.gold()).count(),
                    outcomes.size());
        }

        /** Over the sentences where an event was coded. */
        public Ratio accuracyCoded() {
            return new Ratio((int) outcomes.stream().filter(o -> o.coded() && o.predicted() == o.gold()).count(),
                    (int) outcomes.stream().filter(Outcome::coded).count());
        }

        /** Per class, over all sentences (no event = class 0). */
        public Prf perClass(int c) {
            int correct = (int) outcomes.stream().filter(o -> o.gold() == c && o.predictedOrZero() == c).count();
            int predicted = (int) outcomes.stream().filter(o -> o.predictedOrZero() == c).count();
            int gold = (int) outcomes.stream().filter(o -> o.gold() == c).count();
            return Prf.of(correct, predicted, gold);
        }

        /** Per class, over the sentences where an event was coded. */
        public Prf perClassCoded(int c) {
            int correct = (int) outcomes.stream().filter(o -> o.coded() && o.gold() == c && o.predicted() == c).count();
            int predicted = (int) outcomes.stream().filter(o -> o.coded() && o.predicted() == c).count();
            int gold = (int) outcomes.stream().filter(o -> o.coded() && o.gold() == c).count();
            return Prf.of(correct, predicted, gold);
        }

        public double macroF1() {
            double sum = 0;
            for (int c = 0; c < CLASSES; c++) {
                double f = perClass(c).f1();
                sum += Double.isNaN(f) ? 0 : f;
            }
            return sum / CLASSES;
        }

        /** [gold][predicted], predicted {@link #NO_EVENT} for sentences with no scored event. */
        public int[][] confusion() {
            int[][] matrix = new int[CLASSES][CLASSES + 1];
            for (Outcome o : outcomes) {
                matrix[o.gold()][o.predicted()]++;
            }
            return matrix;
        }

        /** Wrong class with an event coded (most confident first), then no event for a gold class other than 0. */
        List<Outcome> worst() {
            List<Outcome> errors = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (o.coded() ? o.predicted() != o.gold() : o.gold() != 0) {
                    errors.add(o);
                }
            }
            errors.sort(Comparator.comparingInt((Outcome o) -> o.coded() ? 0 : 1)
                    .thenComparingDouble(o -> o.coded() ? -o.main().confidence() : 0.0)
                    .thenComparingInt(o -> -Math.abs(o.gold() - o.predictedOrZero())));
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
            m.put("accuracy_all_no_event_as_0", accuracyAll().toMap());
            m.put("accuracy_coded", accuracyCoded().toMap());
            m.put("macro_f1_all", Reports.number(macroF1()));
            List<Map<String, Object>> perClass = new ArrayList<>();
            for (int c = 0; c < CLASSES; c++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("class", c);
                row.put("name", PentaClass.NAMES.get(c));
                row.put("all", perClass(c).toMap());
                row.put("coded", perClassCoded(c).toMap());
                perClass.add(row);
            }
            m.put("per_class", perClass);
            Map<String, Object> confusion = new LinkedHashMap<>();
            int[][] matrix = confusion();
            for (int g = 0; g < CLASSES; g++) {
                Map<String, Integer> row = new LinkedHashMap<>();
                for (int p = 0; p <= CLASSES; p++) {
                    row.put(p == NO_EVENT ? "none" : String.valueOf(p), matrix[g][p]);
                }
                confusion.put(String.valueOf(g), row);
            }
            m.put("confusion", confusion);
            List<Map<String, Object>> worst = new ArrayList<>();
            for (Outcome o : worst()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("id", o.sentence().gold().id());
                w.put("text", o.sentence().gold().text());
                w.put("gold", o.gold());
                w.put("predicted", o.coded() ? o.predicted() : null);
                w.put("main_event", o.main() == null ? null : Reports.eventMap(o.main(), PloverCategories.of(o.main().cameo())));
                worst.add(w);
            }
            m.put("worst", worst);
            return m;
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append("ConfliBERT CAMEO classification: ").append(goldName).append('\n');
            out.append("  ").append(sentences()).append(" sentences, ").append(failed())
                    .append(" failed to code; scored events: ").append(options.modalitiesLabel())
                    .append("; main event = the highest-confidence one\n");
            out.append("  classes: 0 statement/appeal (01-02), 1 verbal coop. (03-05), 2 material coop. (06-08),"
                    + " 3 verbal conflict (09-13, 16), 4 material conflict (14-15, 17-20)\n\n");
            out.append("Coverage (sentences with an event):            ").append(coverage().describe()).append('\n');
            out.append("Accuracy, all sentences (no event = class 0):  ").append(accuracyAll().describe()).append('\n');
            out.append("Accuracy, sentences with an event:             ").append(accuracyCoded().describe()).append('\n');
            out.append("Macro F1, all sentences:                       ").append(Reports.fixed(macroF1())).append("\n\n");
            out.append("Per class\n");
            List<List<String>> rows = new ArrayList<>();
            for (int c = 0; c < CLASSES; c++) {
                Prf all = perClass(c);
                Prf coded = perClassCoded(c);
                rows.add(List.of(c + " " + PentaClass.NAMES.get(c), String.valueOf(all.gold()),
                        String.valueOf(all.predicted()), Reports.fixed(all.precision()), Reports.fixed(all.recall()),
                        Reports.fixed(all.f1()), Reports.fixed(coded.precision()), Reports.fixed(coded.recall()),
                        Reports.fixed(coded.f1())));
            }
            out.append(Reports.table(List.of("class", "gold", "predicted", "P", "R", "F1", "P coded", "R coded",
                    "F1 coded"), rows));
            out.append("  (P/R/F1 over all sentences, no event = class 0; 'coded': sentences with an event only)\n\n");
            out.append("Confusion matrix (rows: gold class; columns: class of the main event)\n");
            int[][] matrix = confusion();
            List<List<String>> cells = new ArrayList<>();
            for (int g = 0; g < CLASSES; g++) {
                List<String> row = new ArrayList<>();
                row.add(g + " " + PentaClass.NAMES.get(g));
                int total = 0;
                for (int p = 0; p <= CLASSES; p++) {
                    row.add(String.valueOf(matrix[g][p]));
                    total += matrix[g][p];
                }
                row.add(String.valueOf(total));
                cells.add(row);
            }
            out.append(Reports.table(List.of("gold \\ coded", "0", "1", "2", "3", "4", "no event", "total"), cells))
                    .append('\n');
            List<Outcome> worst = worst();
            out.append("Worst errors (").append(worst.size()).append(")\n");
            int n = 0;
            for (Outcome o : worst) {
                out.append(String.format("  %d. %s: gold %d, coded %s%n", ++n, o.sentence().gold().id(), o.gold(),
                        o.coded() ? String.valueOf(o.predicted()) : "no event"));
                out.append("     text:  ").append(o.sentence().gold().text()).append('\n');
                if (o.sentence().failed()) {
                    out.append("     coding failed: ").append(o.sentence().error()).append('\n');
                }
                for (CodedEvent e : o.sentence().events()) {
                    out.append(e == o.main() ? "     main:  " : "     also:  ")
                            .append(Reports.describe(e, PloverCategories.of(e.cameo())))
                            .append(options.counts(e) ? "" : " (not scored)").append('\n');
                }
            }
            return out.toString();
        }
    }
}
