package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * What PETRARCH-2 users must run before coding: CoreNLP's PCFG constituency parse (tokenize, ssplit, pos, parse with
 * the English PCFG model). Attaché does not use it; the benchmark times it on the same sentences for comparison.
 */
public final class ConstituencyBaseline {
    private final StanfordCoreNLP pipeline;

    public ConstituencyBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,parse");
        props.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Parses the text and returns how many sentences it had. */
    public int parse(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
