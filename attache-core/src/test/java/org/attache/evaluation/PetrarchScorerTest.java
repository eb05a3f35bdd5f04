package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.events.Modality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.evaluation.Coded.actor;
import static org.attache.evaluation.Coded.asserted;
import static org.attache.evaluation.Coded.event;

class PetrarchScorerTest {
    private static final LocalDate DAY = LocalDate.of(1995, 1, 1);
    private static final Set<String> CAMEO = Set.of("010", "023", "041", "043", "051", "054", "064");

    private static PetrarchRecord.Coding c(String source, String target, String event) {
        return new PetrarchRecord.Coding(source, target, event);
    }

    private static PetrarchRecord record(String id, String category, PetrarchRecord.Expected expected,
                                         PetrarchRecord.Coding... codings) {
        return new PetrarchRecord(id, category, DAY, "text of " + id, true, expected, List.of(codings),
                expected == PetrarchRecord.Expected.ERROR ? "storydiscard" : null, 1);
    }

    private static final List<PetrarchRecord> RECORDS = List.of(
            // reproduced: a reciprocal pair
            record("r1", "DEMO", PetrarchRecord.Expected.EVENTS, c("ARNGOV", "GON", "064"), c("GON", "ARNGOV", "064")),
            // another code, and the government where the country was expected
            record("r2", "DEMO", PetrarchRecord.Expected.EVENTS, c("ARN", "GON", "041")),
            // a placeholder government of no known country; only a future event is coded
            record("r3", "AGENT", PetrarchRecord.Expected.EVENTS, c("---GOV", "---", "023")),
            record("r4", "PARSING", PetrarchRecord.Expected.NO_EVENT),
            record("r5", "PARSING", PetrarchRecord.Expected.NO_EVENT),
            record("r6", "ERROR", PetrarchRecord.Expected.ERROR),
            // a test code of the Validate verbs: right dyad, no CAMEO code can match
            record("r7", "PATTERN", PetrarchRecord.Expected.EVENTS, c("HOB", "MOR", "345")));

    private static List<CodedSentence> coded() {
        List<CodedSentence> sentences = new ArrayList<>();
        List<List<CodedEvent>> events = List.of(
                List.of(asserted("064", actor("ARNGOV", "ARN", "GOV"), actor("GON", "GON", null), 0.9),
                        asserted("064", actor("GON", "GON", null), actor("ARNGOV", "ARN", "GOV"), 0.9)),
                List.of(asserted("051", actor("ARNGOV", "ARN", "GOV"), actor("GON", "GON", null), 0.7)),
                List.of(event("023", null, null, null, Modality.FUTURE, 0.5)),
                List.of(),
                List.of(asserted("010", actor("GON", "GON", null), null, 0.6)),
                List.of(asserted("054", actor("ARN", "ARN", null), actor("GON", "GON", null), 0.8)),
                List.of(asserted("043", actor("HOB", "HOB", null), actor("MOR", "MOR", null), 0.8)));
        for (int i = 0; i < RECORDS.size(); i++) {
            sentences.add(new CodedSentence(RECORDS.get(i).gold(), events.get(i), null));
        }
        return sentences;
    }

    private static PetrarchScorer.Report score(boolean allModalities) {
        PetrarchRecords records = new PetrarchRecords("hand-made.xml", RECORDS, List.of(
                new PetrarchRecords.Bad("r9", 40, "no <Text>")), List.of());
        return new PetrarchScorer(new ScoringOptions(allModalities, 10), records, List.of("v.actors.txt"),
                CAMEO::contains).score(coded(), "hand-made.xml");
    }

    @Test
    void countsReproducedRecordsByExpectation() {
        PetrarchScorer.Report report = score(false);

        assertThat(report.scored()).as("the error record is not scored").isEqualTo(6);
        assertThat(report.failed()).isZero();
        assertThat(report.reproduced()).isEqualTo(new Ratio(2, 6));
        assertThat(report.reproducedExpectingEvents()).isEqualTo(new Ratio(1, 4));
        assertThat(report.noEventKept()).isEqualTo(new Ratio(1, 2));
        assertThat(report.detection()).isEqualTo(new Ratio(3, 4));
        assertThat(report.dyadsReproduced()).isEqualTo(new Ratio(2, 4));
        assertThat(report.reproducedMarked(true)).isEqualTo(new Ratio(2, 6));
        assertThat(report.nonCameoCodings()).isEqualTo(new Ratio(1, 5));
        assertThat(report.nonCameoRecords()).isEqualTo(new Ratio(1, 4));
    }

    @Test
    void triplesAtEachLevel() {
        PetrarchScorer.Report report = score(false);

        assertThat(report.triples()).isEqualTo(Prf.of(2, 5, 5));
        assertThat(report.triplesCountry()).isEqualTo(Prf.of(2, 5, 5));
        assertThat(report.triplesCountryRoot()).isEqualTo(Prf.of(2, 5, 5));
        assertThat(report.dyads()).isEqualTo(Prf.of(3, 5, 5));

        PetrarchScorer.Report all = score(true);
        assertThat(all.detection()).isEqualTo(new Ratio(4, 4));
        assertThat(all.triples()).as("--- is not ---GOV").isEqualTo(Prf.of(2, 6, 5));
        assertThat(all.triplesCountry()).as("but both are no known country").isEqualTo(Prf.of(3, 6, 5));
    }

    @Test
    void agreementOverPairedCodings() {
        PetrarchScorer.Report report = score(false);

        assertThat(report.paired()).as("r3's coding has no asserted event to pair with").isEqualTo(new Ratio(4, 5));
        assertThat(report.agreement(PetrarchRecord.Coding::event)).isEqualTo(new Ratio(2, 4));
        assertThat(report.agreement(x -> PetrarchScorer.root(x.event()))).isEqualTo(new Ratio(2, 4));
        assertThat(report.agreement(PetrarchRecord.Coding::source)).isEqualTo(new Ratio(3, 4));
        assertThat(report.agreement(x -> PetrarchScorer.country(x.source()))).isEqualTo(new Ratio(4, 4));
        assertThat(report.agreement(PetrarchRecord.Coding::target)).isEqualTo(new Ratio(4, 4));
    }

    @Test
    void codesAtTheCountryLevelAndPairing() {
        assertThat(PetrarchScorer.country("ARNGOV")).isEqualTo("ARN");
        assertThat(PetrarchScorer.country("IGOCOPITP")).isEqualTo("IGO");
        assertThat(PetrarchScorer.country("---GOV")).isEqualTo("---");
        assertThat(PetrarchScorer.country("")).isEqualTo("---");
        assertThat(PetrarchScorer.country("\"INJURY TOLL\"")).isEqualTo("\"INJURY TOLL\"");
        assertThat(PetrarchScorer.country("ZBW")).isEqualTo("ZBW");
        assertThat(PetrarchScorer.root("1717")).isEqualTo("17");
        assertThat(PetrarchScorer.root("064")).isEqualTo("06");
        assertThat(PetrarchScorer.code(null)).isEqualTo("---");

        // the coded triple with the same root goes to the coding it agrees with, even when listed second
        List<PetrarchScorer.Pair> pairs = PetrarchScorer.pair(List.of(c("ARN", "GON", "064"), c("GON", "ARN", "190")),
                new java.util.LinkedHashSet<>(List.of(c("GON", "ARN", "193"), c("ARN", "GON", "054"))));
        assertThat(pairs).extracting(PetrarchScorer.Pair::coded)
                .containsExactly(c("ARN", "GON", "054"), c("GON", "ARN", "193"));
        assertThat(PetrarchScorer.pair(List.of(c("ARN", "GON", "064")), Set.of()))
                .extracting(PetrarchScorer.Pair::coded).containsOnlyNulls();
    }

    @Test
    void reportAndMetricsListErrorsBadRecordsAndWorst() {
        PetrarchScorer.Report report = score(false);
        Map<String, Object> metrics = report.metrics();

        assertThat(metrics.get("format")).isEqualTo("petrarch");
        assertThat(metrics.get("records_scored")).isEqualTo(6);
        assertThat(metrics).containsKeys("reproduced", "triples", "triples_country", "dyads", "agreement",
                "no_event_kept", "per_category", "error_records", "bad_records", "worst");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> worst = (List<Map<String, Object>>) metrics.get("worst");
        assertThat(worst).extracting(w -> w.get("id")).containsExactly("r2", "r7", "r3", "r5");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perCategory = (List<Map<String, Object>>) metrics.get("per_category");
        assertThat(perCategory).extracting(r -> r.get("category")).containsExactly("DEMO", "AGENT", "PARSING",
                "PATTERN");
        assertThat(perCategory.get(0)).containsEntry("records", 2).containsEntry("reproduced", 1);
        assertThat(perCategory.get(2)).containsEntry("expecting_none", 2).containsEntry("none_coded", 1);

        String text = report.text();
        assertThat(text).contains("PETRARCH-2 unit-test records: hand-made.xml",
                "all scored records:                   0.333 (2/6)", "Per category",
                "r6 (storydiscard): coded ARN -054-> GON", "hand-made.xml:40 (r9): no <Text>",
                "Worst errors (4)", "expected: ARN -041-> GON", "(not scored)");
    }
}
