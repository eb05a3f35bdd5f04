package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The one adapter over Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime) and UD depparse, converted
 * into {@link ParsedSentence}s. No other class of the project imports CoreNLP.
 */
public final class CoreNlpParser implements SentenceParser {
    private static final Pattern ONE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final StanfordCoreNLP pipeline;

    public CoreNlpParser() {
        this.pipeline = new StanfordCoreNLP(defaultProperties());
    }

    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // "ISIS-K" and "Tehreek-e-Taliban" must stay single tokens for the actor dictionaries to match them.
        props.setProperty("tokenize.options",
                "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneDelete");
        // Scraped articles put headlines, captions and widget leftovers on lines of their own.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // The project's own dictionaries name countries, titles and groups; CoreNLP's fine-grained NER would only
        // cost time (measured: 6 s start-up instead of 12-20 s, twice the sentences per second).
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    @Override
    public ParsedDocument parse(String text, LocalDate documentDate) {
        Annotation document = new Annotation(text);
        if (documentDate != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<ParsedSentence> parsed = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            parsed.add(convert(parsed.size(), sentence));
        }
        return new ParsedDocument(text, parsed);
    }

    private static ParsedSentence convert(int index, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            String ner = label.ner() == null ? "O" : label.ner();
            tokens.add(new Token(i, label.word(), label.lemma() == null ? label.word() : label.lemma(),
                    label.tag() == null ? "" : label.tag(), label.beginPosition(), label.endPosition(), ner));
        }
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                int dependent = edge.getDependent().index() - 1;
                heads[dependent] = edge.getGovernor().index() - 1;
                relations[dependent] = edge.getRelation().toString();
            }
            graph.getRoots().forEach(root -> relations[root.index() - 1] = "root");
        }
        int sentenceTokenOffset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap mention : mentions) {
                int begin = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenOffset;
                int end = mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenOffset;
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                if (begin < 0 || end > tokens.size() || begin >= end || type == null) {
                    continue;
                }
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null && (type.equals("DATE") || type.equals("TIME"))) {
                    times.add(new TimeExpression(begin, end, timex.value(), oneDay(timex.value())));
                } else {
                    entities.add(new EntityMention(begin, end, type));
                }
            }
        }
        int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
        return new ParsedSentence(index, start, end, tokens, heads, relations, entities, times);
    }

    private static LocalDate oneDay(String value) {
        if (value == null || value.length() < 10 || !ONE_DAY.matcher(value.substring(0, 10)).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
