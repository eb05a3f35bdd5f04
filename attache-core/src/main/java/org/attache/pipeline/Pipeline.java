package org.attache.pipeline;

import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorMatcher;
import org.attache.actors.ActorResolver;
import org.attache.events.CameoCodebook;
import org.attache.events.CodedEvent;
import org.attache.events.EventCoder;
import org.attache.events.TriggerLexicon;
import org.attache.ingest.Article;
import org.attache.nlp.CoreNlpParser;
import org.attache.nlp.ParsedDocument;
import org.attache.nlp.ParsedSentence;
import org.attache.nlp.SentenceParser;
import org.attache.nlp.SentenceSelector;
import org.attache.places.EventLocator;
import org.attache.places.Gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole coding pipeline for one article: parse, resolve actors at the article's date, code events. By default
 * only the sentences that could yield an event (and those their names and pronouns refer back to) get the expensive
 * parse; see {@link EventSentenceSelector}. Safe to share across threads: it holds only read-only resources.
 */
public final class Pipeline {
    private final SentenceParser parser;
    private final ActorMatcher matcher;
    private final Gazetteer gazetteer;
    private final EventCoder coder;
    private final SentenceSelector selector;

    public Pipeline(SentenceParser parser, ActorDictionary dictionary, TriggerLexicon lexicon, CameoCodebook codebook) {
        this.parser = parser;
        this.matcher = new ActorMatcher(dictionary);
        this.gazetteer = Gazetteer.bundled();
        this.coder = new EventCoder(lexicon, codebook, new EventLocator(gazetteer));
        this.selector = new EventSentenceSelector(matcher, coder.triggerFinder());
    }

    private Pipeline(Pipeline other, SentenceSelector selector) {
        this.parser = other.parser;
        this.matcher = other.matcher;
        this.gazetteer = other.gazetteer;
        this.coder = other.coder;
        this.selector = selector;
    }

    /**
     * This pipeline with the sentence filter on (the default) or off (every sentence fully parsed, to show what the
     * filter changes); the models and dictionaries are shared.
     */
    public Pipeline withSentenceFilter(boolean on) {
        SentenceSelector wanted = on ? new EventSentenceSelector(matcher, coder.triggerFinder()) : SentenceSelector.ALL;
        return (on == (selector != SentenceSelector.ALL)) ? this : new Pipeline(this, wanted);
    }

    public boolean hasSentenceFilter() {
        return selector != SentenceSelector.ALL;
    }

    /** The pipeline with CoreNLP and the bundled dictionaries and lexicon (loading takes several seconds). */
    public static Pipeline withBundledResources() {
        CameoCodebook codebook = CameoCodebook.bundled();
        return new Pipeline(new CoreNlpParser(), ActorDictionary.bundled(), TriggerLexicon.bundled(codebook), codebook);
    }

    /**
     * The bundled pipeline with extra actor dictionary files (Attaché's own formats or TABARI/PETRARCH) loaded over
     * the bundled dictionaries, in order: a later file's phrase overrides an earlier one's.
     */
    public static Pipeline withBundledResources(List<Path> actorFiles) throws IOException {
        return withBundledResources(ActorDictionary.bundledWith(actorFiles));
    }

    /** The bundled pipeline with this actor dictionary instead of the bundled one (e.g. with extra files loaded). */
    public static Pipeline withBundledResources(ActorDictionary dictionary) {
        CameoCodebook codebook = CameoCodebook.bundled();
        return new Pipeline(new CoreNlpParser(), dictionary, TriggerLexicon.bundled(codebook), codebook);
    }

    /** The bundled lexicon and codebook with this dictionary and parser (e.g. a {@code ParseCache}). */
    public static Pipeline withBundledResources(ActorDictionary dictionary, SentenceParser parser) {
        CameoCodebook codebook = CameoCodebook.bundled();
        return new Pipeline(parser, dictionary, TriggerLexicon.bundled(codebook), codebook);
    }

    /** Every event of the article, whatever its modality; callers filter. */
    public List<CodedEvent> code(Article article) {
        return codeParsed(article, parse(article));
    }

    /** Every event of the article with the counts of its sentences, all and fully parsed. */
    public CodedArticle codeCounted(Article article) {
        ParsedDocument document = parse(article);
        int parsed = 0;
        for (ParsedSentence sentence : document.sentences()) {
            if (sentence.isFullyParsed()) {
                parsed++;
            }
        }
        return new CodedArticle(codeParsed(article, document), document.sentences().size(), parsed);
    }

    /** The parse alone (sentences the filter skips keep tokens, tags and lemmas only), for callers that time stages. */
    public ParsedDocument parse(Article article) {
        return parser.parse(article.text(), article.published(), selector);
    }

    public List<CodedEvent> codeParsed(Article article, ParsedDocument document) {
        ActorResolver resolver = new ActorResolver(matcher, gazetteer, article.published());
        return coder.code(article.id(), article.published(), document, resolver);
    }
}
