package org.attache.evaluation;

import org.attache.events.CameoCodebook;
import org.attache.events.CodedEvent;
import org.attache.events.EventActor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores coded sentences against PETRARCH-2 unit-test records ({@link PetrarchRecord}).
 * <ul>
 *   <li>Each scored event (asserted only, unless all modalities are scored) is written as PETRARCH writes a coding:
 *       (source code, target code, CAMEO code), a missing actor being {@code ---}. A record is <em>reproduced</em>
 *       when the set of these triples equals the record's expected set; for a record expecting no event, when no
 *       event was scored.</li>
 *   <li>Triples: precision, recall and F1 of the triples over all scored records, with full actor codes
 *       ({@code ARNGOV}), at the country level (the code's first three letters, {@code ARN}; any code beginning with
 *       {@code ---} is {@code ---}; a quoted new-actor name stays whole), and at the country level with the event's
 *       root (its first two characters) instead of the full code.</li>
 *   <li>Agreement: in records expecting events, each expected coding is paired one-to-one with the distinct coded
 *       triple that agrees with it most (root first, then source and target country, then the full codes); over the
 *       pairs, how often the event code, the root, the source and the target (full and country) agree.</li>
 *   <li>Records whose expected outcome is a PETRARCH error ({@code dateline}, {@code bad_input_parse},
 *       {@code storydiscard}: checks of PETRARCH's input handling) are listed apart, not scored.</li>
 * </ul>
 */
public final class PetrarchScorer {
    static final String NONE = "---";

    private final ScoringOptions options;
    private final PetrarchRecords records;
    private final List<String> dictionaries;
    private final Predicate<String> cameoCode;

    /**
     * @param dictionaries the names of the actor dictionaries the pipeline was given, for the report
     * @param cameoCode    whether an event code is one of ours (the CAMEO codebook)
     */
    public PetrarchScorer(ScoringOptions options, PetrarchRecords records, List<String> dictionaries,
                          Predicate<String> cameoCode) {
        this.options = options;
        this.records = records;
        this.dictionaries = List.copyOf(dictionaries);
        this.cameoCode = cameoCode;
    }

    /** With the bundled CAMEO codebook. */
    public PetrarchScorer(ScoringOptions options, PetrarchRecords records, List<String> dictionaries) {
        this(options, records, dictionaries, CameoCodebook.bundled()::contains);
    }

    /** An expected coding and the coded triple paired with it (null when the record has fewer coded triples). */
    record Pair(PetrarchRecord.Coding expected, PetrarchRecord.Coding coded) {
    }

    /** How one record fared. */
    record Outcome(PetrarchRecord record, CodedSentence sentence, Set<PetrarchRecord.Coding> predicted,
                   List<Pair> pairs) {

        Set<PetrarchRecord.Coding> expected() {
            return new LinkedHashSet<>(record.codings());
        }

        boolean reproduced() {
            return expected().equals(predicted);
        }

        /** The same set of (source, target) pairs, whatever the event codes. */
        boolean dyadsReproduced() {
            return dyads(expected()).equals(dyads(predicted));
        }

        private static Set<String> dyads(Set<PetrarchRecord.Coding> codings) {
            Set<String> dyads = new HashSet<>();
            codings.forEach(c -> dyads.add(c.source() + "|" + c.target()));
            return dyads;
        }

        int matched() {
            Set<PetrarchRecord.Coding> both = new HashSet<>(predicted);
            both.retainAll(expected());
            return both.size();
        }

        int missed() {
            return record.codings().size() - matched();
        }

        int spurious() {
            return predicted.size() - matched();
        }

        boolean expectsEvents() {
            return record.expected() == PetrarchRecord.Expected.EVENTS;
        }

        boolean expectsNone() {
            return record.expected() == PetrarchRecord.Expected.NO_EVENT;
        }
    }

    public Report score(List<CodedSentence> sentences, String goldName) {
        Map<String, PetrarchRecord> byId = records.byId();
        List<Outcome> scored = new ArrayList<>();
        List<Outcome> errors = new ArrayList<>();
        for (CodedSentence sentence : sentences) {
            PetrarchRecord record = byId.get(sentence.gold().id());
            if (record == null) {
                throw new IllegalArgumentException("no PETRARCH record with id " + sentence.gold().id());
            }
            Set<PetrarchRecord.Coding> predicted = new LinkedHashSet<>();
            for (CodedEvent event : options.scored(sentence)) {
                predicted.add(coding(event));
            }
            Outcome outcome = new Outcome(record, sentence, predicted, pair(record.codings(), predicted));
            (record.expected() == PetrarchRecord.Expected.ERROR ? errors : scored).add(outcome);
        }
        return new Report(goldName, options, records, dictionaries, scored, errors, cameoCode);
    }

    /** A coded event as PETRARCH writes a coding. */
    static PetrarchRecord.Coding coding(CodedEvent event) {
        return new PetrarchRecord.Coding(code(event.source()), code(event.target()),
                event.cameo().code().toUpperCase(Locale.ROOT));
    }

    static String code(EventActor actor) {
        if (actor == null || actor.code() == null || actor.code().isBlank()) {
            return NONE;
        }
        return actor.code().strip().toUpperCase(Locale.ROOT);
    }

    /** The country level of a code: its first three letters; {@code ---} for none or an unknown country. */
    static String country(String code) {
        if (code == null || code.isBlank() || code.startsWith(NONE)) {
            return NONE;
        }
        if (code.startsWith("\"") || code.length() <= 3) {
            return code;
        }
        return code.substring(0, 3);
    }

    static String root(String event) {
        return event.length() <= 2 ? event : event.substring(0, 2);
    }

    /** One-to-one pairs, the most agreeing first; expected codings left over are paired with null. */
    static List<Pair> pair(List<PetrarchRecord.Coding> expected, Set<PetrarchRecord.Coding> predicted) {
        List<PetrarchRecord.Coding> coded = new ArrayList<>(predicted);
        record Candidate(int expected, int coded, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < coded.size(); j++) {
                candidates.add(new Candidate(i, j, agreement(expected.get(i), coded.get(j))));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(Candidate::expected).thenComparingInt(Candidate::coded));
        PetrarchRecord.Coding[] partner = new PetrarchRecord.Coding[expected.size()];
        boolean[] used = new boolean[coded.size()];
        for (Candidate c : candidates) {
            if (partner[c.expected()] == null && !used[c.coded()]) {
                partner[c.expected()] = coded.get(c.coded());
                used[c.coded()] = true;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            pairs.add(new Pair(expected.get(i), partner[i]));
        }
        return pairs;
    }

    private static int agreement(PetrarchRecord.Coding a, PetrarchRecord.Coding b) {
        int score = 0;
        score += root(a.event()).equals(root(b.event())) ? 16 : 0;
        score += country(a.source()).equals(country(b.source())) ? 4 : 0;
        score += country(a.target()).equals(country(b.target())) ? 4 : 0;
        score += a.event().equals(b.event()) ? 1 : 0;
        score += a.source().equals(b.source()) ? 1 : 0;
        score += a.target().equals(b.target()) ? 1 : 0;
        return score;
    }

    /** The PETRARCH evaluation's metrics and report. */
    public static final class Report implements EvaluationReport {
        private final String goldName;
        private final ScoringOptions options;
        private final PetrarchRecords records;
        private final List<String> dictionaries;
        private final List<Outcome> outcomes;
        private final List<Outcome> errors;
        private final Predicate<String> cameoCode;

        Report(String goldName, ScoringOptions options, PetrarchRecords records, List<String> dictionaries,
               List<Outcome> outcomes, List<Outcome> errors, Predicate<String> cameoCode) {
            this.goldName = goldName;
            this.options = options;
            this.records = records;
            this.dictionaries = dictionaries;
            this.outcomes = List.copyOf(outcomes);
            this.errors = List.copyOf(errors);
            this.cameoCode = cameoCode;
        }

        @Override
        public String format() {
            return "petrarch";
        }

        /** Records scored: those expecting events or no event. */
        public int scored() {
            return outcomes.size();
        }

        public int failed() {
            return (int) java.util.stream.Stream.concat(outcomes.stream(), errors.stream())
                    .filter(o -> o.sentence().failed()).count();
        }

        public Ratio reproduced() {
            return ratio(o -> true, Outcome::reproduced);
        }

        public Ratio reproducedExpectingEvents() {
            return ratio(Outcome::expectsEvents, Outcome::reproduced);
        }

        /** Records expecting events whose (source, target) pairs were reproduced, whatever the event codes. */
        public Ratio dyadsReproduced() {
            return ratio(Outcome::expectsEvents, Outcome::dyadsReproduced);
        }

        /** Records expecting no event for which no event was scored. */
        public Ratio noEventKept() {
            return ratio(Outcome::expectsNone, Outcome::reproduced);
        }

        /** Records expecting events for which some event was scored. */
        public Ratio detection() {
            return ratio(Outcome::expectsEvents, o -> !o.predicted().isEmpty());
        }

        /** Reproduced among the records PETRARCH's suite marks {@code sentence="true"} or {@code "false"}. */
        public Ratio reproducedMarked(boolean sentence) {
            return ratio(o -> o.record().sentence() == sentence, Outcome::reproduced);
        }

        public Prf triples() {
            return triples(Function.identity());
        }

        public Prf triplesCountry() {
            return triples(c -> new PetrarchRecord.Coding(country(c.source()), country(c.target()), c.event()));
        }

        /** (source, target) pairs with full codes, whatever the event codes. */
        public Prf dyads() {
            return triples(c -> new PetrarchRecord.Coding(c.source(), c.target(), ""));
        }

        public Prf triplesCountryRoot() {
            return triples(c -> new PetrarchRecord.Coding(country(c.source()), country(c.target()), root(c.event())));
        }

        private Prf triples(Function<PetrarchRecord.Coding, PetrarchRecord.Coding> level) {
            int matched = 0;
            int predicted = 0;
            int gold = 0;
            for (Outcome o : outcomes) {
                Set<PetrarchRecord.Coding> p = new HashSet<>();
                o.predicted().forEach(c -> p.add(level.apply(c)));
                Set<PetrarchRecord.Coding> g = new HashSet<>();
                o.record().codings().forEach(c -> g.add(level.apply(c)));
                predicted += p.size();
                gold += g.size();
                p.retainAll(g);
                matched += p.size();
            }
            return Prf.of(matched, predicted, gold);
        }

        /** Expected codings (in records expecting events) that were paired with a coded triple. */
        public Ratio paired() {
            int pairedCount = 0;
            int all = 0;
            for (Outcome o : outcomes) {
                for (Pair p : o.pairs()) {
                    all++;
                    pairedCount += p.coded() != null ? 1 : 0;
                }
            }
            return new Ratio(pairedCount, all);
        }

        /** Over the pairs: how often this part of the expected coding and of its paired triple agree. */
        public Ratio agreement(Function<PetrarchRecord.Coding, String> part) {
            int agree = 0;
            int all = 0;
            for (Outcome o : outcomes) {
                for (Pair p : o.pairs()) {
                    if (p.coded() != null) {
                        all++;
                        agree += part.apply(p.expected()).equals(part.apply(p.coded())) ? 1 : 0;
                    }
                }
            }
            return new Ratio(agree, all);
        }

        private Map<String, Ratio> agreements() {
            Map<String, Ratio> map = new LinkedHashMap<>();
            map.put("event_code", agreement(PetrarchRecord.Coding::event));
            map.put("root", agreement(c -> root(c.event())));
            map.put("source", agreement(PetrarchRecord.Coding::source));
            map.put("source_country", agreement(c -> country(c.source())));
            map.put("target", agreement(PetrarchRecord.Coding::target));
            map.put("target_country", agreement(c -> country(c.target())));
            return map;
        }

        /** Expected codings whose event code is not a CAMEO code of ours (the Validate verbs' test codes). */
        public Ratio nonCameoCodings() {
            int non = 0;
            int all = 0;
            for (Outcome o : outcomes) {
                for (PetrarchRecord.Coding c : o.record().codings()) {
                    all++;
                    non += cameoCode.test(c.event()) ? 0 : 1;
                }
            }
            return new Ratio(non, all);
        }

        /** Records expecting events of which some expected code is not a CAMEO code: no CAMEO coder reproduces them. */
        public Ratio nonCameoRecords() {
            return ratio(Outcome::expectsEvents,
                    o -> o.record().codings().stream().anyMatch(c -> !cameoCode.test(c.event())));
        }

        private Ratio ratio(Predicate<Outcome> among, Predicate<Outcome> test) {
            int total = 0;
            int correct = 0;
            for (Outcome o : outcomes) {
                if (among.test(o)) {
                    total++;
                    correct += test.test(o) ? 1 : 0;
                }
            }
            return new Ratio(correct, total);
        }

        private List<Map<String, Object>> perCategory() {
            Map<String, List<Outcome>> byCategory = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                byCategory.computeIfAbsent(o.record().category(), k -> new ArrayList<>()).add(o);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map.Entry<String, List<Outcome>> entry : byCategory.entrySet()) {
                List<Outcome> list = entry.getValue();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("category", entry.getKey());
                row.put("records", list.size());
                row.put("reproduced", (int) list.stream().filter(Outcome::reproduced).count());
                row.put("expecting_events", (int) list.stream().filter(Outcome::expectsEvents).count());
                row.put("detected", (int) list.stream().filter(o -> o.expectsEvents() && !o.predicted().isEmpty())
                        .count());
                row.put("expecting_none", (int) list.stream().filter(Outcome::expectsNone).count());
                row.put("none_coded", (int) list.stream().filter(o -> o.expectsNone() && o.predicted().isEmpty())
                        .count());
                int matched = list.stream().mapToInt(Outcome::matched).sum();
                Prf prf = Prf.of(matched, list.stream().mapToInt(o -> o.predicted().size()).sum(),
                        list.stream().mapToInt(o -> o.record().codings().size()).sum());
                row.put("triples", prf.toMap());
                rows.add(row);
            }
            return rows;
        }

        /** Records not reproduced, the most missed and spurious triples first, then in file order. */
        List<Outcome> worst() {
            return outcomes.stream().filter(o -> !o.reproduced())
                    .sorted(Comparator.comparingInt((Outcome o) -> o.missed() + o.spurious()).reversed()
                            .thenComparingInt(Outcome::matched))
                    .limit(options.worst()).toList();
        }

        private static String kind(Outcome o) {
            if (o.sentence().failed()) {
                return "coding failed";
            }
            if (o.expectsNone()) {
                return "no event expected, " + o.predicted().size() + " coded";
            }
            if (o.predicted().isEmpty()) {
                return "nothing coded";
            }
            return o.matched() + " of " + o.record().codings().size() + " expected triples coded, "
                    + o.spurious() + " other";
        }

        private static String expectedLine(PetrarchRecord record) {
            return switch (record.expected()) {
                case NO_EVENT -> "no event";
                case ERROR -> "PETRARCH error '" + record.error() + "'";
                case EVENTS -> String.join("; ", record.codings().stream().map(PetrarchRecord.Coding::describe)
                        .toList());
            };
        }

        private Map<String, Object> outcomeMap(Outcome o) {
            Map<String, Object> w = new LinkedHashMap<>();
            PetrarchRecord r = o.record();
            w.put("id", r.id());
            w.put("category", r.category());
            w.put("line", r.line());
            w.put("result", r.expected() == PetrarchRecord.Expected.ERROR ? "not scored" : kind(o));
            w.put("text", r.text());
            w.put("expected", expectedLine(r));
            w.put("coded_triples", o.predicted().stream().map(PetrarchRecord.Coding::describe).toList());
            w.put("coded", o.sentence().events().stream().map(e -> Reports.eventMap(e, e.cameo().name())).toList());
            if (o.sentence().failed()) {
                w.put("failure", o.sentence().error());
            }
            return w;
        }

        @Override
        public Map<String, Object> metrics() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", format());
            m.put("gold", goldName);
            m.put("dictionaries", dictionaries);
            m.put("scored_events", options.modalitiesLabel());
            m.put("records_read", records.records().size());
            m.put("records_scored", scored());
            m.put("failed", failed());
            m.put("reproduced", reproduced().toMap());
            m.put("reproduced_expecting_events", reproducedExpectingEvents().toMap());
            m.put("dyads_reproduced", dyadsReproduced().toMap());
            m.put("no_event_kept", noEventKept().toMap());
            m.put("detection", detection().toMap());
            m.put("reproduced_sentence_true", reproducedMarked(true).toMap());
            m.put("reproduced_sentence_false", reproducedMarked(false).toMap());
            m.put("triples", triples().toMap());
            m.put("triples_country", triplesCountry().toMap());
            m.put("triples_country_root", triplesCountryRoot().toMap());
            m.put("dyads", dyads().toMap());
            Map<String, Object> agreement = new LinkedHashMap<>();
            agreement.put("paired", paired().toMap());
            agreements().forEach((k, v) -> agreement.put(k, v.toMap()));
            m.put("agreement", agreement);
            m.put("non_cameo_codings", nonCameoCodings().toMap());
            m.put("non_cameo_records", nonCameoRecords().toMap());
            m.put("per_category", perCategory());
            m.put("error_records", errors.stream().map(this::outcomeMap).toList());
            List<Map<String, Object>> bad = new ArrayList<>();
            for (PetrarchRecords.Bad b : records.bad()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("id", b.id());
                map.put("line", b.line());
                map.put("reason", b.reason());
                bad.add(map);
            }
            m.put("bad_records", bad);
            m.put("notes", records.notes());
            m.put("worst", worst().stream().map(this::outcomeMap).toList());
            return m;
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append("PETRARCH-2 unit-test records: ").append(goldName).append('\n');
            out.append("  ").append(records.records().size() + records.bad().size()).append(" records in the file, ")
                    .append(records.bad().size()).append(" bad; ").append(scored()).append(" scored, ")
                    .append(errors.size()).append(" expecting a PETRARCH input error listed apart; ").append(failed())
                    .append(" failed to code\n");
            out.append("  actor dictionaries: ").append(dictionaries.isEmpty() ? "bundled only"
                    : String.join(", ", dictionaries) + " over the bundled ones").append('\n');
            out.append("  scored events: ").append(options.modalitiesLabel()).append("; triples (source, target,"
                    + " event code) as PETRARCH writes them, --- for no actor\n");
            for (String note : records.notes()) {
                out.append("  note: ").append(note).append('\n');
            }
            out.append('\n');
            out.append("Records reproduced exactly (the same set of triples)\n");
            out.append("  all scored records:                   ").append(reproduced().describe()).append('\n');
            out.append("  records expecting events:             ").append(reproducedExpectingEvents().describe())
                    .append('\n');
            out.append("  records expecting no event, none coded: ").append(noEventKept().describe()).append('\n');
            out.append("  records expecting events, same (source, target) pairs, any event code: ")
                    .append(dyadsReproduced().describe()).append('\n');
            out.append("  sentence=\"true\" records:              ").append(reproducedMarked(true).describe())
                    .append('\n');
            out.append("  sentence=\"false\" records (PETRARCH's own known failures): ")
                    .append(reproducedMarked(false).describe()).append('\n');
            out.append("  records expecting events with some event coded: ").append(detection().describe())
                    .append("\n\n");
            out.append("Triples, every scored event against every expected coding\n");
            out.append("  full codes (ARNGOV, 064):              ").append(triples().describe()).append('\n');
            out.append("  country level (ARN, 064):              ").append(triplesCountry().describe()).append('\n');
            out.append("  country level and event root (ARN, 06): ").append(triplesCountryRoot().describe())
                    .append('\n');
            out.append("  (source, target) pairs only (ARNGOV, GON): ").append(dyads().describe()).append("\n\n");
            out.append("Agreement, each expected coding paired with the coded triple that agrees most\n");
            out.append("  expected codings paired (the record has a coded triple left): ").append(paired().describe())
                    .append('\n');
            Map<String, Ratio> agreements = agreements();
            out.append("  event code:      ").append(agreements.get("event_code").describe()).append('\n');
            out.append("  event root:      ").append(agreements.get("root").describe()).append('\n');
            out.append("  source code:     ").append(agreements.get("source").describe()).append('\n');
            out.append("  source country:  ").append(agreements.get("source_country").describe()).append('\n');
            out.append("  target code:     ").append(agreements.get("target").describe()).append('\n');
            out.append("  target country:  ").append(agreements.get("target_country").describe()).append("\n\n");
            out.append("Expected event codes that are not CAMEO codes (test codes of the Validate verb dictionary)\n");
            out.append("  codings: ").append(nonCameoCodings()).append("; records expecting events with one: ")
                    .append(nonCameoRecords()).append("\n\n");
            out.append("Per category\n");
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> row : perCategory()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> prf = (Map<String, Object>) row.get("triples");
                rows.add(List.of(String.valueOf(row.get("category")), String.valueOf(row.get("records")),
                        String.valueOf(row.get("reproduced")), String.valueOf(row.get("expecting_events")),
                        String.valueOf(row.get("detected")), String.valueOf(row.get("expecting_none")),
                        String.valueOf(row.get("none_coded")), fixedOrNa(prf.get("precision")),
                        fixedOrNa(prf.get("recall")), fixedOrNa(prf.get("f1"))));
            }
            out.append(Reports.table(List.of("category", "records", "reproduced", "expect events", "detected",
                    "expect none", "none coded", "triple P", "triple R", "triple F1"), rows)).append('\n');
            if (!errors.isEmpty()) {
                out.append("Records expecting a PETRARCH input error (not scored)\n");
                for (Outcome o : errors) {
                    out.append("  ").append(o.record().id()).append(" (").append(o.record().error()).append("): coded ")
                            .append(o.predicted().isEmpty() ? "nothing" : String.join("; ",
                                    o.predicted().stream().map(PetrarchRecord.Coding::describe).toList()))
                            .append('\n');
                }
                out.append('\n');
            }
            if (!records.bad().isEmpty()) {
                out.append("Bad records (").append(records.bad().size()).append(", not coded)\n");
                for (PetrarchRecords.Bad b : records.bad()) {
                    out.append("  ").append(b.describe(goldName)).append('\n');
                }
                out.append('\n');
            }
            List<Outcome> worst = worst();
            out.append("Worst errors (").append(worst.size()).append(")\n");
            int n = 0;
            for (Outcome o : worst) {
                PetrarchRecord r = o.record();
                out.append(String.format(Locale.ROOT, "  %d. %s [%s, line %d]: %s%n", ++n, r.id(), r.category(),
                        r.line(), kind(o)));
                out.append("     text:     ").append(r.text()).append('\n');
                out.append("     expected: ").append(expectedLine(r)).append('\n');
                if (o.sentence().failed()) {
                    out.append("     coding failed: ").append(o.sentence().error()).append('\n');
                }
                if (o.sentence().events().isEmpty()) {
                    out.append("     coded:    nothing\n");
                }
                for (CodedEvent e : o.sentence().events()) {
                    out.append("     coded:    ").append(Reports.describe(e, e.cameo().name()))
                            .append(options.counts(e) ? "" : " (not scored)").append('\n');
                }
            }
            return out.toString();
        }

        private static String fixedOrNa(Object value) {
            return value == null ? "n/a" : Reports.fixed((Double) value);
        }
    }
}
