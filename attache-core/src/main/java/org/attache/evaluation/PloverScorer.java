package org.attache.evaluation;

import org.attache.events.CodedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores coded sentences against the PLOVER gold standard (one gold event per sentence):
 * <ul>
 *   <li>detection: a sentence is detected when at least one scored event was coded for it;</li>
 *   <li>category, on detected sentences: does any scored event have the gold category, and does the
 *       highest-confidence one ({@link PloverCategories} maps our CAMEO codes to the 0.5b1 categories);</li>
 *   <li>source and target country, on detected sentences whose gold record names them: the country of the
 *       <em>aligned</em> event (the highest-confidence event with the gold category, else the highest-confidence
 *       event) is one of the gold actors' codes ({@link CountryCodes});</li>
 *   <li>triples: precision and recall of the set of (source country, target country, category) of every scored event
 *       against the gold triples. Gold records with several sources and no target (meetings, agreements between
 *       parties) give every ordered pair of their sources, as our coder emits reciprocal events both ways; a missing
 *       side is "-".</li>
 * </ul>
 */
public final class PloverScorer {
    private static final String NONE = "-";
    private static final Map<String, String> ABBREVIATIONS = abbreviations();

    private final ScoringOptions options;
    private final CountryCodes countries;

    public PloverScorer(ScoringOptions options, CountryCodes countries) {
        this.options = options;
        this.countries = countries;
    }

    /** How one gold sentence fared. */
    record Outcome(CodedSentence sentence, List<CodedEvent> scored, CodedEvent top, String topCategory,
                   boolean anyMatch, CodedEvent aligned, Boolean sourceCorrect, Boolean targetCorrect,
                   Set<String> goldTriples, Set<String> predictedTriples) {

        boolean detected() {
            return top != null;
        }

        String gold() {
            return sentence.gold().category();
        }
    }

    public Report score(List<CodedSentence> sentences, String goldName) {
        List<Outcome> outcomes = new ArrayList<>();
        int triplesMatched = 0;
        int triplesPredicted = 0;
        int triplesGold = 0;
        for (CodedSentence sentence : sentences) {
            Outcome outcome = outcome(sentence);
            outcomes.add(outcome);
            Set<String> gold = outcome.goldTriples();
            Set<String> predicted = outcome.predictedTriples();
            triplesGold += gold.size();
            triplesPredicted += predicted.size();
            for (String t : predicted) {
                if (gold.contains(t)) {
                    triplesMatched++;
                }
            }
        }
        return new Report(goldName, options, outcomes, Prf.of(triplesMatched, triplesPredicted, triplesGold));
    }

    private Outcome outcome(CodedSentence sentence) {
        List<CodedEvent> scored = options.scored(sentence);
        CodedEvent top = Reports.top(scored);
        String gold = sentence.gold().category();
        CodedEvent aligned = Reports.top(scored.stream()
                .filter(e -> PloverCategories.of(e.cameo()).equals(gold)).toList());
        boolean anyMatch = aligned != null;
        if (aligned == null) {
            aligned = top;
        }
        Boolean source = null;
        Boolean target = null;
        if (aligned != null) {
            Set<String> goldSources = codes(sentence.gold().sources());
            Set<String> goldTargets = codes(sentence.gold().targets());
            if (!goldSources.isEmpty()) {
                source = goldSources.contains(countries.coded(aligned.source()));
            }
            if (!goldTargets.isEmpty()) {
                target = goldTargets.contains(countries.coded(aligned.target()));
            }
        }
        Set<String> predicted = new LinkedHashSet<>();
        for (CodedEvent event : scored) {
            predicted.add(triple(countries.coded(event.source()), countries.coded(event.target()),
                    PloverCategories.of(event.cameo())));
        }
        return new Outcome(sentence, scored, top, top == null ? null : PloverCategories.of(top.cameo()), anyMatch,
                aligned, source, target, goldTriples(sentence.gold()), predicted);
    }

    private static Set<String> codes(List<GoldActor> actors) {
        Set<String> codes = new LinkedHashSet<>();
        actors.forEach(a -> codes.add(CountryCodes.gold(a.code())));
        return codes;
    }

    static Set<String> goldTriples(GoldSentence gold) {
        List<String> sources = gold.sources().stream().map(a -> CountryCodes.gold(a.code())).toList();
        List<String> targets = gold.targets().stream().map(a -> CountryCodes.gold(a.code())).toList();
        Set<String> triples = new LinkedHashSet<>();
        String category = gold.category();
        if (targets.isEmpty() && sources.size() >= 2) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = 0; j < sources.size(); j++) {
                    if (i != j) {
                        triples.add(triple(sources.get(i), sources.get(j), category));
                    }
                }
            }
        } else {
            for (String s : sources.isEmpty() ? List.of(NONE) : sources) {
                for (String t : targets.isEmpty() ? List.of(NONE) : targets) {
                    triples.add(triple(s, t, category));
                }
            }
        }
        return triples;
    }

    private static String triple(String source, String target, String category) {
        return (source == null ? NONE : source) + "|" + (target == null ? NONE : target) + "|" + category;
    }

    private static Map<String, String> abbreviations() {
        Map<String, String> map = new LinkedHashMap<>();
        String[][] pairs = {{"AGREE", "AGR"}, {"CONSULT", "CNS"}, {"SUPPORT", "SUP"}, {"CONCEDE", "CCD"},
                {"COOPERATE", "COO"}, {"AID", "AID"}, {"RETREAT", "RET"}, {"INVESTIGATE", "INV"}, {"DEMAND", "DEM"},
                {"DISAPPROVE", "DIS"}, {"REJECT", "REJ"}, {"THREATEN", "THR"}, {"PROTEST", "PRO"},
                {"MOBILIZE", "MOB"}, {"SANCTION", "SAN"}, {"COERCE", "COE"}, {"ASSAULT", "ASL"}, {"FIGHT", "FIG"},
                {PloverCategories.STATEMENT, "STM"}, {PloverCategories.REQUEST, "REQ"}, {NONE, NONE}};
        for (String[] pair : pairs) {
            map.put(pair[0], pair[1]);
        }
        return map;
    }

    /** The PLOVER evaluation's metrics and report. */
    public static final class Report implements EvaluationReport {
        private final String goldName;
        private final ScoringOptions options;
        private final List<Outcome> outcomes;
        private final Prf triples;

        Report(String goldName, ScoringOptions options, List<Outcome> outcomes, Prf triples) {
            this.goldName = goldName;
            this.options = options;
            this.outcomes = List.copyOf(outcomes);
            this.triples = triples;
        }

        @Override
        public String format() {
            return "plover";
        }

        public int sentences() {
            return outcomes.size();
        }

        public int failed() {
            return (int) outcomes.stream().filter(o -> o.sentence().failed()).count();
        }

        public Ratio detection() {
            return new Ratio(count(Outcome::detected), outcomes.size());
        }

        /** Detected sentences where any scored event has the gold category. */
        public Ratio categoryAny() {
            return new Ratio(count(o -> o.detected() && o.anyMatch()), count(Outcome::detected));
        }

        /** Detected sentences whose highest-confidence event has the gold category. */
        public Ratio categoryTop() {
            return new Ratio(count(o -> o.detected() && o.gold().equals(o.topCategory())), count(Outcome::detected));
        }

        /** All sentences whose highest-confidence event has the gold category (undetected ones count as wrong). */
        public Ratio categoryTopAll() {
            return new Ratio(count(o -> o.detected() && o.gold().equals(o.topCategory())), outcomes.size());
        }

        public Ratio sourceCountry() {
            return new Ratio(count(o -> Boolean.TRUE.equals(o.sourceCorrect())), count(o -> o.sourceCorrect() != null));
        }

        public Ratio targetCountry() {
            return new Ratio(count(o -> Boolean.TRUE.equals(o.targetCorrect())), count(o -> o.targetCorrect() != null));
        }

        public Prf triples() {
            return triples;
        }

        /** Sentences whose triples differ from the gold's: the gold triples missed and the coded ones not in the gold. */
        private List<Map<String, Object>> tripleErrors() {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (Outcome o : outcomes) {
                List<String> missed = o.goldTriples().stream().filter(t -> !o.predictedTriples().contains(t)).toList();
                List<String> extra = o.predictedTriples().stream().filter(t -> !o.goldTriples().contains(t)).toList();
                if (missed.isEmpty() && extra.isEmpty()) {
                    continue;
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", o.sentence().gold().id());
                e.put("text", o.sentence().gold().text());
                e.put("missed", missed);
                e.put("extra", extra);
                errors.add(e);
            }
            return errors;
        }

        private int count(java.util.function.Predicate<Outcome> test) {
            return (int) outcomes.stream().filter(test).count();
        }

        /** Gold category → predicted (top event) category or "-" → count. */
        public Map<String, Map<String, Integer>> confusion() {
            Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
            for (String gold : goldCategories()) {
                matrix.put(gold, new LinkedHashMap<>());
            }
            for (Outcome o : outcomes) {
                String predicted = o.detected() ? o.topCategory() : NONE;
                matrix.get(o.gold()).merge(predicted, 1, Integer::sum);
            }
            return matrix;
        }

        /** The 0.5b1 categories in their documented order, then any other category the gold file uses. */
        private List<String> goldCategories() {
            List<String> categories = new ArrayList<>(PloverCategories.GOLD);
            for (Outcome o : outcomes) {
                if (!categories.contains(o.gold())) {
                    categories.add(o.gold());
                }
            }
            return categories;
        }

        private List<Map<String, Object>> perCategory() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String category : goldCategories()) {
                List<Outcome> gold = outcomes.stream().filter(o -> o.gold().equals(category)).toList();
                int predictedTop = (int) outcomes.stream().filter(o -> category.equals(o.topCategory())).count();
                if (gold.isEmpty() && predictedTop == 0) {
                    continue;
                }
                int correctTop = (int) gold.stream().filter(o -> category.equals(o.topCategory())).count();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("category", category);
                row.put("gold", gold.size());
                row.put("detected", (int) gold.stream().filter(Outcome::detected).count());
                row.put("correct_any", (int) gold.stream().filter(Outcome::anyMatch).count());
                row.put("correct_top", correctTop);
                row.put("predicted_top", predictedTop);
                row.put("precision_top", Reports.number(predictedTop == 0 ? Double.NaN : (double) correctTop / predictedTop));
                row.put("recall_top", Reports.number(gold.isEmpty() ? Double.NaN : (double) correctTop / gold.size()));
                rows.add(row);
            }
            return rows;
        }

        /**
         * Worst first: detected with a wrong category (most confident first), then right category with a wrong
         * source or target country (most confident first), then not detected (gold order).
         */
        List<Outcome> worst() {
            List<Outcome> errors = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (severity(o) > 0) {
                    errors.add(o);
                }
            }
            errors.sort(Comparator.comparingInt((Outcome o) -> -severity(o))
                    .thenComparingDouble(o -> o.detected() ? -o.top().confidence() : 0.0));
            return errors.subList(0, Math.min(options.worst(), errors.size()));
        }

        private static int severity(Outcome o) {
            if (!o.detected()) {
                return 1;
            }
            if (!o.anyMatch()) {
                return 3;
            }
            return Boolean.FALSE.equals(o.sourceCorrect()) || Boolean.FALSE.equals(o.targetCorrect()) ? 2 : 0;
        }

        private static String kind(Outcome o) {
            return switch (severity(o)) {
                case 3 -> "wrong category";
                case 2 -> "wrong " + (Boolean.FALSE.equals(o.sourceCorrect()) ? "source" : "")
                        + (Boolean.FALSE.equals(o.sourceCorrect()) && Boolean.FALSE.equals(o.targetCorrect()) ? " and " : "")
                        + (Boolean.FALSE.equals(o.targetCorrect()) ? "target" : "") + " country";
                case 1 -> "not detected";
                default -> "correct";
            };
        }

        private static String goldLine(GoldSentence gold) {
            return gold.category() + "  " + actors(gold.sources()) + " -> " + actors(gold.targets());
        }

        private static String actors(List<GoldActor> actors) {
            if (actors.isEmpty()) {
                return NONE;
            }
            List<String> parts = new ArrayList<>();
            for (GoldActor a : actors) {
                parts.add(a.code() + (a.sector() == null ? "" : "/" + a.sector()) + "[" + a.text() + "]");
            }
            return String.join(" + ", parts);
        }

        @Override
        public Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", format());
            m.put("gold", goldName);
            m.put("sentences", sentences());
            m.put("failed", failed());
            m.put("scored_events", options.modalitiesLabel());
            m.put("detection", detection().toMap());
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("any_event_on_detected", categoryAny().toMap());
            category.put("top_event_on_detected", categoryTop().toMap());
            category.put("top_event_on_all", categoryTopAll().toMap());
            m.put("category", category);
            m.put("source_country", sourceCountry().toMap());
            m.put("target_country", targetCountry().toMap());
            m.put("triples", triples.toMap());
            m.put("per_category", perCategory());
            m.put("confusion", confusion());
            List<Map<String, Object>> worst = new ArrayList<>();
            for (Outcome o : worst()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("id", o.sentence().gold().id());
                w.put("error", kind(o));
                w.put("text", o.sentence().gold().text());
                w.put("gold", goldLine(o.sentence().gold()));
                w.put("coded", o.sentence().events().stream()
                        .map(e -> Reports.eventMap(e, PloverCategories.of(e.cameo()))).toList());
                if (o.sentence().failed()) {
                    w.put("failure", o.sentence().error());
                }
                worst.add(w);
            }
            m.put("worst", worst);
            m.put("triple_errors", tripleErrors());
            return m;
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append("PLOVER gold standard: ").append(goldName).append('\n');
            out.append("  ").append(sentences()).append(" sentences, ").append(failed())
                    .append(" failed to code; scored events: ").append(options.modalitiesLabel())
                    .append("; categories: PLOVER 0.5b1 by CAMEO root (02 appeals stay REQUEST)\n\n");
            out.append("Event detection\n");
            out.append("  detected (at least one scored event):  ").append(detection().describe()).append("\n\n");
            out.append("Category\n");
            out.append("  any event matches, detected sentences:       ").append(categoryAny().describe()).append('\n');
            out.append("  top-confidence event, detected sentences:    ").append(categoryTop().describe()).append('\n');
            out.append("  top-confidence event, all sentences:         ").append(categoryTopAll().describe()).append("\n\n");
            out.append("Actor countries (event of the gold category, else the top event; detected sentences whose gold names the actor)\n");
            out.append("  source:  ").append(sourceCountry().describe()).append('\n');
            out.append("  target:  ").append(targetCountry().describe()).append("\n\n");
            out.append("Triples (source country, target country, category), every scored event\n");
            out.append("  ").append(triples.describe()).append("\n\n");
            out.append("Per category (top = the highest-confidence event)\n");
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> row : perCategory()) {
                rows.add(List.of(String.valueOf(row.get("category")), String.valueOf(row.get("gold")),
                        String.valueOf(row.get("detected")), String.valueOf(row.get("correct_any")),
                        String.valueOf(row.get("correct_top")), String.valueOf(row.get("predicted_top")),
                        fixedOrNa(row.get("precision_top")), fixedOrNa(row.get("recall_top"))));
            }
            out.append(Reports.table(List.of("category", "gold", "detected", "correct any", "correct top",
                    "predicted top", "precision top", "recall top"), rows)).append('\n');
            out.append(confusionText()).append('\n');
            List<Outcome> worst = worst();
            out.append("Worst errors (").append(worst.size()).append(")\n");
            int n = 0;
            for (Outcome o : worst) {
                GoldSentence gold = o.sentence().gold();
                out.append(String.format("  %d. %s: %s%n", ++n, gold.id(), kind(o)));
                out.append("     text:  ").append(gold.text()).append('\n');
                out.append("     gold:  ").append(goldLine(gold)).append('\n');
                if (o.sentence().failed()) {
                    out.append("     coding failed: ").append(o.sentence().error()).append('\n');
                }
                if (o.sentence().events().isEmpty()) {
                    out.append("     coded: nothing\n");
                }
                for (CodedEvent e : o.sentence().events()) {
                    out.append("     coded: ").append(Reports.describe(e, PloverCategories.of(e.cameo())))
                            .append(options.counts(e) ? "" : " (not scored)").append('\n');
                }
            }
            return out.toString();
        }

        private static String fixedOrNa(Object value) {
            return value == null ? "n/a" : Reports.fixed((Double) value);
        }

        private String confusionText() {
            Map<String, Map<String, Integer>> matrix = confusion();
            List<String> columns = new ArrayList<>();
            for (String c : ABBREVIATIONS.keySet()) {
                boolean used = matrix.values().stream().anyMatch(r -> r.containsKey(c));
                if (used || PloverCategories.GOLD.contains(c)) {
                    columns.add(c);
                }
            }
            for (Map<String, Integer> row : matrix.values()) {
                row.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            }
            List<String> header = new ArrayList<>();
            header.add("gold \\ coded");
            columns.forEach(c -> header.add(ABBREVIATIONS.getOrDefault(c, c)));
            header.add("total");
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, Integer>> entry : matrix.entrySet()) {
                int total = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
                if (total == 0) {
                    continue;
                }
                List<String> row = new ArrayList<>();
                row.add(entry.getKey());
                for (String c : columns) {
                    Integer count = entry.getValue().get(c);
                    row.add(count == null ? "." : count.toString());
                }
                row.add(String.valueOf(total));
                rows.add(row);
            }
            StringBuilder out = new StringBuilder();
            out.append("Confusion matrix (rows: gold category; columns: category of the top event, - = no event)\n");
            out.append(Reports.table(header, rows));
            List<String> legend = new ArrayList<>();
            for (String c : columns) {
                legend.add(ABBREVIATIONS.getOrDefault(c, c) + "=" + (c.equals(NONE) ? "not detected" : c));
            }
            for (int i = 0; i < legend.size(); i += 7) {
                out.append("  ").append(String.join("  ", legend.subList(i, Math.min(i + 7, legend.size()))))
                        .append('\n');
            }
            return out.toString();
        }
    }
}
