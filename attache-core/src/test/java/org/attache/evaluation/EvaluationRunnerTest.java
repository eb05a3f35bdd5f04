package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.evaluation.Coded.actor;
import static org.attache.evaluation.Coded.asserted;

class EvaluationRunnerTest {

    @Test
    void resultsKeepGoldOrderAndProgressComesEveryHundred() {
        List<GoldSentence> gold = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            gold.add(GoldSentence.pentaClass("s" + i, "text " + i, i % 5));
        }
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Function<Article, List<CodedEvent>> coder = article -> {
            seen.add(Thread.currentThread().getName());
            if (article.id().equals("s7")) {
                throw new IllegalStateException("parser fell over");
            }
            return List.of(asserted("040", actor(article.id(), "FRD", null), null, 0.5));
        };
        List<int[]> progress = new ArrayList<>();

        List<CodedSentence> coded = new EvaluationRunner(coder, 2).run(gold, (done, total) -> progress.add(new int[] {done, total}));

        assertThat(coded).extracting(c -> c.gold().id()).containsExactlyElementsOf(gold.stream().map(GoldSentence::id).toList());
        assertThat(coded.get(3).events()).extracting(e -> e.source().code()).containsExactly("s3");
        assertThat(coded.get(7).failed()).isTrue();
        assertThat(coded.get(7).error()).contains("parser fell over");
        assertThat(coded.get(7).events()).isEmpty();
        assertThat(progress).extracting(p -> p[0]).containsExactly(100, 200, 250);
        assertThat(progress).extracting(p -> p[1]).containsOnly(250);
        assertThat(seen).hasSize(250);
    }

    @Test
    void articleCarriesTheGoldDateOrNone() {
        Article dated = EvaluationRunner.article(GoldSentence.plover("p", "Text.", LocalDate.of(2000, 1, 1), "AID",
                List.of(), List.of()));
        assertThat(dated.published()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(dated.dateOrigin()).isEqualTo("meta");
        assertThat(dated.text()).isEqualTo("Text.");
        assertThat(dated.input()).isEqualTo("gold");
        Article undated = EvaluationRunner.article(GoldSentence.pentaClass("c", "Other.", 0));
        assertThat(undated.published()).isNull();
        assertThat(undated.dateOrigin()).isEqualTo("none");
    }
}
