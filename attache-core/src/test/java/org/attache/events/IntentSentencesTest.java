package org.attache.events;

import org.attache.actors.ActorDictionary;
import org.attache.ingest.Article;
import org.attache.nlp.SharedParser;
import org.attache.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other side of the no-event check: sentences of our own in which a party commits itself to a future act
 * towards another, which CAMEO codes as an intent (03x) or a threat (13x), through real CoreNLP. At least 80% must
 * yield such an asserted event, and none may yield the future act itself as asserted.
 */
class IntentSentencesTest {

    @Test
    void aPartysOwnFutureActTowardsAnotherIsAnAssertedIntentOrThreat() throws IOException {
        CameoCodebook codebook = CameoCodebook.bundled();
        Pipeline pipeline = new Pipeline(SharedParser.get(), ActorDictionary.bundled(), TriggerLexicon.bundled(codebook), codebook);
        List<String> sentences = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/intent/intent-sentences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(line.strip());
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(20);
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Article article = new Article("intent-" + i, null, null, null, LocalDate.of(2024, 6, 1), "meta",
                    sentences.get(i), "intent-sentences.txt:" + i);
            List<CodedEvent> asserted = pipeline.code(article).stream()
                    .filter(e -> e.modality() == Modality.ASSERTED).toList();
            assertThat(asserted).as(sentences.get(i))
                    .noneMatch(e -> !e.cameo().root().equals("03") && !e.cameo().root().equals("13"));
            if (asserted.isEmpty()) {
                missed.add(sentences.get(i));
            }
        }
        System.out.printf("intent sentences coded as an intent or threat: %d of %d%n",
                sentences.size() - missed.size(), sentences.size());
        missed.forEach(s -> System.out.println("  not coded: " + s));
        assertThat((double) missed.size() / sentences.size()).as(String.join("\n", missed)).isLessThanOrEqualTo(0.2);
    }
}
