package org.attache.evaluation;

import org.attache.events.Modality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.evaluation.Coded.actor;
import static org.attache.evaluation.Coded.asserted;
import static org.attache.evaluation.Coded.event;
import static org.attache.evaluation.Coded.sentence;

class PloverScorerTest {
    private static final LocalDate DAY = LocalDate.of(2000, 1, 1);

    private static GoldSentence gold(String id, String category, List<GoldActor> sources, List<GoldActor> targets) {
        return GoldSentence.plover(id, "sentence " + id, DAY, category, sources, targets);
    }

    private static GoldActor a(String code) {
        return new GoldActor(code.toLowerCase(), code, null);
    }

    private static List<CodedSentence> coded() {
        return List.of(
                // right category, source and target
                sentence(gold("g1", "AGREE", List.of(a("USA")), List.of(a("IRN"))),
                        asserted("036", actor("USAGOV", "USA", "GOV"), actor("IRN", "IRN", null), 0.8)),
                // a demand coded as an appeal (top) and a disapproval: wrong category
                sentence(gold("g2", "DEMAND", List.of(new GoldActor("Israel", "ISR", "GOV")), List.of(a("PSE"))),
                        asserted("020", actor("ISRGOV", "ISR", "GOV"), actor("PSE", "PSE", null), 0.9),
                        asserted("112", actor("ISRGOV", "ISR", "GOV"), actor("PSE", "PSE", null), 0.5)),
                // only a future event: not detected unless every modality is scored
                sentence(gold("g3", "FIGHT", List.of(a("RUS")), List.of(a("UKR"))),
                        event("190", "ASSAULT", actor("RUSMIL", "RUS", "MIL"), actor("UKR", "UKR", null),
                                Modality.FUTURE, 0.7)),
                // a meeting: two sources, no target, coded both ways
                sentence(gold("g4", "CONSULT", List.of(a("RUR"), a("GRA")), List.of()),
                        asserted("040", actor("RUR", "RUR", null), actor("GRA", "GRA", null), 0.6),
                        asserted("040", actor("GRA", "GRA", null), actor("RUR", "RUR", null), 0.6)),
                // the top event is a statement, a lesser one has the category; legacy and group codes
                sentence(gold("g5", "AGREE", List.of(a("JAP")), List.of(a("IGO"))),
                        asserted("030", actor("JPNGOV", "JPN", "GOV"), actor("IGOUNO", "UNO", "IGO"), 0.7),
                        asserted("010", actor("JPNGOV", "JPN", "GOV"), null, 0.9)),
                // right category, wrong target
                sentence(gold("g6", "AGREE", List.of(a("FRA")), List.of(a("DEU"))),
                        asserted("030", actor("FRA", "FRA", null), actor("GBR", "GBR", null), 0.4)));
    }

    private static PloverScorer.Report score(boolean allModalities) {
        return new PloverScorer(new ScoringOptions(allModalities, 10), new CountryCodes(Map.of()))
                .score(coded(), "hand-made");
    }

    @Test
    void countsDetectionCategoriesAndActors() {
        PloverScorer.Report report = score(false);

        assertThat(report.sentences()).isEqualTo(6);
        assertThat(report.detection()).isEqualTo(new Ratio(5, 6));
        assertThat(report.categoryAny()).isEqualTo(new Ratio(4, 5));
        assertThat(report.categoryTop()).isEqualTo(new Ratio(3, 5));
        assertThat(report.categoryTopAll()).isEqualTo(new Ratio(3, 6));
        assertThat(report.sourceCountry()).isEqualTo(new Ratio(5, 5));
        assertThat(report.targetCountry()).as("g4 has no gold target").isEqualTo(new Ratio(3, 4));
    }

    @Test
    void triplesMatchReciprocalPairsAndNormalisedCodes() {
        Prf triples = score(false).triples();
        assertThat(triples).isEqualTo(Prf.of(4, 8, 7));
        assertThat(triples.precision()).isEqualTo(0.5);
        assertThat(triples.recall()).isEqualTo(4.0 / 7);
        assertThat(PloverScorer.goldTriples(gold("x", "CONSULT", List.of(a("RUR"), a("GRA")), List.of())))
                .containsExactly("RUR|GRA|CONSULT", "GRA|RUR|CONSULT");
        assertThat(PloverScorer.goldTriples(gold("y", "ASSAULT", List.of(), List.of(a("IRQ")))))
                .containsExactly("-|IRQ|ASSAULT");
    }

    @Test
    void confusionAndWorstErrors() {
        PloverScorer.Report report = score(false);
        Map<String, Map<String, Integer>> confusion = report.confusion();
        assertThat(confusion.get("AGREE")).containsOnly(Map.entry("AGREE", 2), Map.entry("STATEMENT", 1));
        assertThat(confusion.get("DEMAND")).containsOnly(Map.entry("REQUEST", 1));
        assertThat(confusion.get("FIGHT")).containsOnly(Map.entry("-", 1));
        assertThat(confusion.get("CONSULT")).containsOnly(Map.entry("CONSULT", 1));
        assertThat(confusion.get("AID")).isEmpty();

        assertThat(report.worst()).extracting(o -> o.sentence().gold().id()).containsExactly("g2", "g6", "g3");
    }

    @Test
    void allModalitiesCountsTheFutureFight() {
        PloverScorer.Report report = score(true);
        assertThat(report.detection()).isEqualTo(new Ratio(6, 6));
        assertThat(report.categoryTopAll()).isEqualTo(new Ratio(4, 6));
    }

    @Test
    void reportAndMetricsHaveEverySection() {
        PloverScorer.Report report = score(false);
        assertThat(report.text()).contains("Event detection", "Category", "Actor countries", "Triples",
                "Per category", "Confusion matrix", "Worst errors (3)", "0.833 (5/6)", "sentence g2");
        Map<String, Object> metrics = report.metrics();
        assertThat(metrics).containsKeys("detection", "category", "source_country", "target_country", "triples",
                "per_category", "confusion", "worst");
        assertThat(metrics.get("format")).isEqualTo("plover");
        @SuppressWarnings("unchecked")
        Map<String, Object> detection = (Map<String, Object>) metrics.get("detection");
        assertThat(detection.get("value")).isEqualTo(0.8333);
    }
}
