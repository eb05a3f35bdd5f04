package org.attache.evaluation;

import org.attache.events.Modality;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.evaluation.Coded.actorAt;
import static org.attache.evaluation.Coded.asserted;
import static org.attache.evaluation.Coded.event;
import static org.attache.evaluation.Coded.sentence;

class ActorSpanScorerTest {

    private static GoldSentence tagged(String id, String text, GoldSpan... spans) {
        return GoldSentence.tagged(id, List.of(text.split(" ")), List.of(spans));
    }

    private static ActorSpanScorer.Report score() {
        // "The navy of Freedonia seized a Sylvanian trawler ."
        GoldSentence s1 = tagged("s1", "The navy of Freedonia seized a Sylvanian trawler .",
                new GoldSpan('S', 1, 4), new GoldSpan('T', 5, 8));
        GoldSentence s2 = tagged("s2", "Envoys met diplomats in Geneva", new GoldSpan('R', 0, 1), new GoldSpan('R', 2, 3));
        GoldSentence s3 = tagged("s3", "Troops fired on protesters", new GoldSpan('S', 0, 1), new GoldSpan('T', 3, 4));
        List<CodedSentence> coded = List.of(
                sentence(s1, asserted("171", actorAt("Freedonia", 12, "FRD"), actorAt("Sylvanian trawler", 31, "SYL"), 0.7)),
                sentence(s2, asserted("043", actorAt("Envoys", 0, "AAA"), actorAt("diplomats", 11, "BBB"), 0.6),
                        asserted("043", actorAt("diplomats", 11, "BBB"), actorAt("Envoys", 0, "AAA"), 0.6)),
                sentence(s3, asserted("190", actorAt("protesters", 16, "CCC"), null, 0.5),
                        event("190", null, actorAt("Troops", 0, "DDD"), actorAt("protesters", 16, "CCC"),
                                Modality.FUTURE, 0.9)));
        return new ActorSpanScorer(new ScoringOptions(false, 10)).score(coded, "hand-made");
    }

    @Test
    void charactersMapBackToTokens() {
        List<String> tokens = List.of("The", "navy", "of", "Freedonia", ".");
        int[] starts = GoldSentence.tagged("t", tokens, List.of()).tokenStarts();
        assertThat(ActorSpanScorer.tokenRange(tokens, starts, 12, 21)).isEqualTo(new ActorSpanScorer.TokenRange(3, 4));
        assertThat(ActorSpanScorer.tokenRange(tokens, starts, 5, 14)).as("partial tokens count")
                .isEqualTo(new ActorSpanScorer.TokenRange(1, 4));
        assertThat(ActorSpanScorer.tokenRange(tokens, starts, 3, 4)).as("only the space").isNull();
    }

    @Test
    void sourcesAndTargetsByOverlapAndExactly() {
        ActorSpanScorer.Report report = score();
        assertThat(report.coverage()).isEqualTo(new Ratio(3, 3));
        assertThat(report.sources(false)).isEqualTo(new Prf(3, 4, 3, 4));
        assertThat(report.sources(true)).isEqualTo(new Prf(2, 4, 2, 4));
        assertThat(report.targets(false)).isEqualTo(new Prf(3, 3, 3, 4));
        assertThat(report.targets(true)).isEqualTo(new Prf(2, 3, 2, 4));
        assertThat(report.anyRole(false)).as("role-agnostic").isEqualTo(new Prf(5, 5, 5, 6));
    }

    @Test
    void reportMarksTheGoldSpans() {
        ActorSpanScorer.Report report = score();
        assertThat(report.text()).contains("source, overlap", "target, exact", "any role, overlap",
                "Worst errors (1;", "gold:    [S Troops] fired on [T protesters]", "(not scored)");
        assertThat(report.worst()).extracting(o -> o.sentence().gold().id()).containsExactly("s3");
        assertThat(ActorSpanScorer.Report.markup(List.of("The", "navy", "of", "Freedonia", "seized", "a", "ship"),
                List.of(new GoldSpan('S', 1, 4), new GoldSpan('T', 5, 7))))
                .isEqualTo("The [S navy of Freedonia] seized [T a ship]");
        assertThat(report.metrics()).containsKeys("source_overlap", "source_exact", "target_overlap",
                "target_exact", "any_role_overlap", "gold_spans", "worst");
    }
}
