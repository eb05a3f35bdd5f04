package org.attache.pipeline;

import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorMatcher;
import org.attache.actors.ActorResolver;
import org.attache.events.CameoCodebook;
import org.attache.events.TriggerFinder;
import org.attache.events.TriggerLexicon;
import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.InputCollector;
import org.attache.nlp.ParsedDocument;
import org.attache.nlp.ParsedSentence;
import org.attache.nlp.SharedParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence filter on the bundled sample articles, parsed in full by CoreNLP: it keeps every sentence in which the
 * coder finds an actor candidate and a trigger that can become an event of its own (a speech verb with no addressee
 * in the sentence cannot: "officials said they had not received"), every sentence that yields an event, and the
 * events are the same with and without it.
 */
class SentenceFilterTest {
    private static final List<Article> SAMPLES = new ArrayList<>();
    private static Pipeline filtered;
    private static ActorMatcher matcher;
    private static TriggerFinder triggers;
    private static EventSentenceSelector selector;

    @BeforeAll
    static void load() {
        new InputCollector(new ByteArrayInputStream(new byte[0])).collect(List.of("../examples/articles"), new ArticleSink() {
            @Override
            public void article(Article article) {
                SAMPLES.add(article);
            }

            @Override
            public void error(IngestError error) {
                throw new AssertionError(error.describe());
            }
        });
        CameoCodebook codebook = CameoCodebook.bundled();
        TriggerLexicon lexicon = TriggerLexicon.bundled(codebook);
        ActorDictionary dictionary = ActorDictionary.bundled();
        filtered = new Pipeline(SharedParser.get(), dictionary, lexicon, codebook);
        matcher = new ActorMatcher(dictionary);
        triggers = new TriggerFinder(lexicon);
        selector = new EventSentenceSelector(matcher, triggers);
    }

    @Test
    void theFilterKeepsEverySentenceWithAnActorCandidateAndATriggerAndChangesNoEvent() {
        assertThat(SAMPLES).hasSizeGreaterThan(20);
        Pipeline unfiltered = filtered.withSentenceFilter(false);
        assertThat(filtered.hasSentenceFilter()).isTrue();
        assertThat(unfiltered.hasSentenceFilter()).isFalse();
        int sentences = 0;
        int withBoth = 0;
        int parsedWithFilter = 0;
        for (Article article : SAMPLES) {
            ParsedDocument full = unfiltered.parse(article);
            ActorResolver resolver = new ActorResolver(matcher, article.published());
            for (ParsedSentence sentence : full.sentences()) {
                resolver.startSentence(sentence);
                sentences++;
                boolean eventTrigger = triggers.find(sentence).stream().anyMatch(m -> !m.entry().has("speech"));
                if (resolver.sentenceHasActorCandidates() && eventTrigger) {
                    withBoth++;
                    assertThat(selector.mayYieldEvent(sentence)).as("%s: %s", article.id(),
                            full.text().substring(sentence.start(), sentence.end())).isTrue();
                }
            }
            List<org.attache.events.CodedEvent> expected = unfiltered.codeParsed(article, full);
            for (org.attache.events.CodedEvent event : expected) {
                assertThat(selector.mayYieldEvent(full.sentences().get(event.sentenceIndex()))).as(event.id()).isTrue();
            }
            CodedArticle coded = filtered.codeCounted(article);
            parsedWithFilter += coded.parsedSentences();
            assertThat(records(article, coded.events())).as(article.id())
                    .isEqualTo(records(article, expected));
        }
        assertThat(withBoth).isGreaterThan(50);
        assertThat(parsedWithFilter).as("sentences parsed in full with the filter").isLessThan(sentences);
    }

    private static List<Object> records(Article article, List<org.attache.events.CodedEvent> events) {
        return events.stream().map(e -> (Object) EventRecords.toMap(article, e)).toList();
    }
}
