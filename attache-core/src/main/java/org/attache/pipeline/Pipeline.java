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
import org.attache.nlp.SentenceParser;
import org.attache.places.EventLocator;
import org.attache.places.Gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The whole coding pipeline for one article: parse, resolve actors at the article's date, code events. */
public final class Pipeline {
    private final SentenceParser parser;
    private final ActorMatcher matcher;
    private final EventCoder coder;

    public Pipeline(SentenceParser parser, ActorDictionary dictionary, TriggerLexicon lexicon, CameoCodebook codebook) {
        this.parser = parser;
        this.matcher = new ActorMatcher(dictionary);
        this.coder = new EventCoder(lexicon, codebook, new EventLocator(Gazetteer.bundled()));
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
        ParsedDocument document = parser.parse(article.text(), article.published());
        return codeParsed(article, document);
    }

    /** The parse alone, for callers that time or cache the stages separately. */
    public ParsedDocument parse(Article article) {
        return parser.parse(article.text(), article.published());
    }

    public List<CodedEvent> codeParsed(Article article, ParsedDocument document) {
        ActorResolver resolver = new ActorResolver(matcher, article.published());
        return coder.code(article.id(), article.published(), document, resolver);
    }
}
