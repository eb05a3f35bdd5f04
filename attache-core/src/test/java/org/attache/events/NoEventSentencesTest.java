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
 * Over-coding check on 250 sentences of our own that report no asserted event (opinion, negated, hypothetical,
 * forecasts and timetables, questions, denials, non-political uses of event words), through real CoreNLP: fewer
 * than 5% may yield an asserted event. A party's own commitment to a future act is an intent in CAMEO and is
 * checked by {@link IntentSentencesTest} instead.
 */
class NoEventSentencesTest {

    @Test
    void fewerThanFivePercentOfNoEventSentencesYieldAnAssertedEvent() throws IOException {
        CameoCodebook codebook = CameoCodebook.bundled();
        Pipeline pipeline = new Pipeline(SharedParser.get(), ActorDictionary.bundled(), TriggerLexicon.bundled(codebook), codebook);
        List<String> sentences = new ArrayList<>();
        List<String> denials = new ArrayList<>();
        boolean inDenials = false;
        try (InputStream in = getClass().getResourceAsStream("/negative/no-event-sentences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# --- Group")) {
                    inDenials = line.toLowerCase(java.util.Locale.ROOT).contains("denial");
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    (inDenials ? denials : sentences).add(line.strip());
                }
            }
        }
        // A denial is itself a CAMEO event (016); what must not be asserted is the denied content.
        for (int i = 0; i < denials.size(); i++) {
            Article article = new Article("denial-" + i, null, null, null, LocalDate.of(2024, 6, 1), "meta",
                    denials.get(i), "no-event-sentences.txt");
            assertThat(pipeline.code(article)).as(denials.get(i))
                    .noneMatch(e -> e.modality() == Modality.ASSERTED && !e.cameo().root().equals("01"));
        }
        assertThat(denials).hasSizeGreaterThanOrEqualTo(30);
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(200);
        List<String> overCoded = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Article article = new Article("neg-" + i, null, null, null, LocalDate.of(2024, 6, 1), "meta",
                    sentences.get(i), "no-event-sentences.txt:" + i);
            for (CodedEvent event : pipeline.code(article)) {
                if (event.modality() == Modality.ASSERTED) {
                    overCoded.add(sentences.get(i) + "  =>  " + event.source().code() + " " + event.cameo().code()
                            + " " + (event.target() == null ? "-" : event.target().code()) + " [" + event.trigger().text() + "]");
                    break;
                }
            }
        }
        double rate = (double) overCoded.size() / sentences.size();
        System.out.printf("no-event sentences with an asserted event: %d of %d (%.1f%%)%n", overCoded.size(),
                sentences.size(), 100 * rate);
        overCoded.forEach(s -> System.out.println("  " + s));
        assertThat(rate).as(String.join("\n", overCoded)).isLessThan(0.05);
    }
}
