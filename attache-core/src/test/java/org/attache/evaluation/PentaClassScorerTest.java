package org.attache.evaluation;

import org.attache.events.Modality;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.evaluation.Coded.actor;
import static org.attache.evaluation.Coded.asserted;
import static org.attache.evaluation.Coded.event;
import static org.attache.evaluation.Coded.sentence;

class PentaClassScorerTest {

    private static PentaClassScorer.Report score() {
        var x = actor("FRD", "FRD", null);
        var y = actor("SYL", "SYL", null);
        List<CodedSentence> coded = List.of(
                // equal confidence: the first event is the main one
                sentence(GoldSentence.pentaClass("c1", "one", 1), asserted("036", x, y, 0.5), asserted("190", x, y, 0.5)),
                sentence(GoldSentence.pentaClass("c2", "two", 4), asserted("190", x, y, 0.3), asserted("111", x, y, 0.8)),
                sentence(GoldSentence.pentaClass("c3", "three", 0)),
                sentence(GoldSentence.pentaClass("c4", "four", 3)),
                // a more confident hypothetical event is not scored
                sentence(GoldSentence.pentaClass("c5", "five", 2), asserted("0871", x, y, 0.6),
                        event("190", null, x, y, Modality.HYPOTHETICAL, 0.9)));
        return new PentaClassScorer(new ScoringOptions(false, 10)).score(coded, "hand-made");
    }

    @Test
    void accuraciesWithAndWithoutTheSentencesLeftUncoded() {
        PentaClassScorer.Report report = score();
        assertThat(report.coverage()).isEqualTo(new Ratio(3, 5));
        assertThat(report.accuracyAll()).as("no event counts as class 0").isEqualTo(new Ratio(3, 5));
        assertThat(report.accuracyCoded()).isEqualTo(new Ratio(2, 3));
    }

    @Test
    void perClassAndConfusion() {
        PentaClassScorer.Report report = score();
        assertThat(report.perClass(0)).isEqualTo(Prf.of(1, 2, 1));
        assertThat(report.perClass(1)).isEqualTo(Prf.of(1, 1, 1));
        assertThat(report.perClass(3)).isEqualTo(Prf.of(0, 1, 1));
        assertThat(report.perClass(4)).isEqualTo(Prf.of(0, 0, 1));
        assertThat(report.perClass(4).f1()).isZero();
        assertThat(report.perClassCoded(0)).isEqualTo(Prf.of(0, 0, 0));

        int[][] confusion = report.confusion();
        assertThat(confusion[1][1]).isEqualTo(1);
        assertThat(confusion[4][3]).isEqualTo(1);
        assertThat(confusion[0][PentaClassScorer.NO_EVENT]).isEqualTo(1);
        assertThat(confusion[3][PentaClassScorer.NO_EVENT]).isEqualTo(1);
        assertThat(confusion[2][2]).isEqualTo(1);
    }

    @Test
    void worstErrorsAndReport() {
        PentaClassScorer.Report report = score();
        assertThat(report.worst()).extracting(o -> o.sentence().gold().id()).containsExactly("c2", "c4");
        assertThat(report.text()).contains("Accuracy, all sentences (no event = class 0):  0.600 (3/5)",
                "Per class", "Confusion matrix", "Worst errors (2)");
        assertThat(report.metrics()).containsKeys("coverage", "accuracy_all_no_event_as_0", "accuracy_coded",
                "per_class", "confusion", "worst");
    }
}
