package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The one adapter over Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime) and UD depparse, converted
 * into {@link ParsedSentence}s. No other class of the project imports CoreNLP.
 *
 * <p>It runs in stages so that a {@link SentenceSelector} can spare sentences the expensive parts: the shallow stage
 * (tokenize, ssplit, pos, lemma: about a twentieth of the old time) runs on the whole text, the deep stage (ner,
 * depparse) only on the sentences selected, and SUTime only on those of them the selector still wants times for and
 * that could name a day. All stages annotate the same sentence objects, so a selected sentence comes out as from one
 * pipeline run over the whole text.
 */
public final class CoreNlpParser implements SentenceParser {
    private static final Pattern ONE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Longer "sentences" are tables, lists or run-on scraping debris, not news prose: they keep the shallow analysis
     * only, so one of them cannot hold a thread for minutes.
     */
    public static final int MAX_DEEP_TOKENS = 250;

    private final StanfordCoreNLP shallow;
    private final StanfordCoreNLP deep;
    private final TimeAnnotator timeAnnotator;

    public CoreNlpParser() {
        Properties props = defaultProperties();
        this.shallow = new StanfordCoreNLP(withAnnotators(props, SHALLOW_ANNOTATORS));
        Properties deepProps = withAnnotators(props, DEEP_ANNOTATORS);
        // the shallow pipeline has already produced what ner and depparse require
        deepProps.setProperty("enforceRequirements", "false");
        this.deep = new StanfordCoreNLP(deepProps);
        this.timeAnnotator = new TimeAnnotator("sutime", props, true);
    }

    private static final String SHALLOW_ANNOTATORS = "tokenize,ssplit,pos,lemma";
    private static final String DEEP_ANNOTATORS = "ner,depparse";

    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", SHALLOW_ANNOTATORS + "," + DEEP_ANNOTATORS);
        // "ISIS-K" and "Tehreek-e-Taliban" must stay single tokens for the actor dictionaries to match them.
        props.setProperty("tokenize.options",
                "splitHyphenated=false,normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneDelete");
        // Scraped articles put headlines, captions and widget leftovers on lines of their own.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // The project's own dictionaries name countries, titles and groups; CoreNLP's fine-grained NER would only
        // cost time (measured: 6 s start-up instead of 12-20 s, twice the sentences per second).
        props.setProperty("ner.applyFineGrained", "false");
        // The coder uses people's names from ner and one-day dates from SUTime, nothing else. ner's own numeric
        // classifiers and SUTime cost four fifths of its time on every sentence; SUTime runs on its own instead, only
        // on the sentences that could name a day (DayCues).
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        // Of ner's three CRF models only the first labels people, and in the default combination a later model may
        // not use a label of an earlier one: the 7-class and MISC models cannot change a PERSON, and the coder reads
        // nothing else they add. One model instead of three: a third of the CRF time and of its memory.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        return props;
    }

    private static Properties withAnnotators(Properties base, String annotators) {
        Properties props = new Properties();
        props.putAll(base);
        props.setProperty("annotators", annotators);
        return props;
    }

    @Override
    public ParsedDocument parse(String text, LocalDate documentDate) {
        return parse(text, documentDate, SentenceSelector.ALL);
    }

    @Override
    public ParsedDocument parse(String text, LocalDate documentDate, SentenceSelector selector) {
        Annotation document = new Annotation(text);
        if (documentDate != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        shallow.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<ParsedSentence> shallowSentences = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            shallowSentences.add(convert(shallowSentences.size(), sentence));
        }
        BitSet selected = selector.select(shallowSentences);
        // A sentence repeated in the article (scrapers repeat whole paragraphs) is analysed once: the analysis of a
        // sentence depends on its words alone, so the repeat takes the first one's.
        int[] firstOf = new int[sentences.size()];
        Map<List<String>, Integer> seen = new HashMap<>();
        List<CoreMap> deepSentences = new ArrayList<>(selected.cardinality());
        for (int i = selected.nextSetBit(0); i >= 0 && i < sentences.size(); i = selected.nextSetBit(i + 1)) {
            if (sentences.get(i).get(CoreAnnotations.TokensAnnotation.class).size() > MAX_DEEP_TOKENS) {
                selected.clear(i);
                continue;
            }
            Integer first = seen.putIfAbsent(words(shallowSentences.get(i)), i);
            firstOf[i] = first == null ? i : first;
            if (firstOf[i] == i) {
                deepSentences.add(sentences.get(i));
            }
        }
        if (deepSentences.isEmpty()) {
            return new ParsedDocument(text, shallowSentences);
        }
        deep.annotate(deepPart(document, deepSentences));
        List<ParsedSentence> parsed = new ArrayList<>(shallowSentences);
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            parsed.set(i, firstOf[i] == i ? convert(i, sentences.get(i)) : repeat(parsed.get(firstOf[i]),
                    shallowSentences.get(i)));
        }
        BitSet timed = selector.needTimes(parsed, selected);
        timed.and(selected);
        List<CoreMap> timedSentences = new ArrayList<>();
        for (int i = timed.nextSetBit(0); i >= 0; i = timed.nextSetBit(i + 1)) {
            if (!DayCues.mayNameDay(shallowSentences.get(i))) {
                timed.clear(i);
            } else if (firstOf[i] == i || !timed.get(firstOf[i])) {
                timed.set(firstOf[i]);
            }
        }
        for (int i = timed.nextSetBit(0); i >= 0; i = timed.nextSetBit(i + 1)) {
            if (firstOf[i] == i) {
                timedSentences.add(sentences.get(i));
            }
        }
        if (!timedSentences.isEmpty()) {
            timeAnnotator.annotate(deepPart(document, timedSentences));
            for (int i = timed.nextSetBit(0); i >= 0; i = timed.nextSetBit(i + 1)) {
                parsed.set(i, firstOf[i] == i ? convert(i, sentences.get(i)) : repeat(parsed.get(firstOf[i]),
                        shallowSentences.get(i)));
            }
        }
        return new ParsedDocument(text, parsed);
    }

    private static List<String> words(ParsedSentence sentence) {
        List<String> words = new ArrayList<>(sentence.size());
        for (Token token : sentence.tokens()) {
            words.add(token.word());
        }
        return words;
    }

    /** The analysis of {@code first} for a later sentence with the same words, at the later one's offsets. */
    private static ParsedSentence repeat(ParsedSentence first, ParsedSentence later) {
        List<Token> tokens = new ArrayList<>(later.size());
        int[] heads = new int[later.size()];
        String[] relations = new String[later.size()];
        for (Token token : later.tokens()) {
            int k = token.index();
            Token analysed = first.token(k);
            tokens.add(new Token(k, token.word(), analysed.lemma(), analysed.pos(), token.start(), token.end(),
                    analysed.ner()));
            heads[k] = first.head(k);
            relations[k] = first.relation(k);
        }
        return new ParsedSentence(later.index(), later.start(), later.end(), tokens, heads, relations,
                first.entities(), first.times());
    }

    /** A document holding only the chosen sentences (the same objects, so their annotations land in place). */
    private static Annotation deepPart(Annotation document, List<CoreMap> sentences) {
        if (sentences.size() == document.get(CoreAnnotations.SentencesAnnotation.class).size()) {
            return document;
        }
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        // the whole document's tokens: the sentences' token offsets index into them
        part.set(CoreAnnotations.TokensAnnotation.class, document.get(CoreAnnotations.TokensAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        String docDate = document.get(CoreAnnotations.DocDateAnnotation.class);
        if (docDate != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        return part;
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
        List<CoreMap> timexes = sentence.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap expression : timexes) {
                Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null || !("DATE".equals(timex.timexType()) || "TIME".equals(timex.timexType()))) {
                    continue;
                }
                int[] span = tokenSpan(labels, expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                if (span != null) {
                    times.add(new TimeExpression(span[0], span[1], timex.value(), oneDay(timex.value())));
                }
            }
        }
        int start = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
        return new ParsedSentence(index, start, end, tokens, heads, relations, entities, times);
    }

    /** The tokens [first, end) that lie within the characters [begin, end), or null when none does. */
    private static int[] tokenSpan(List<CoreLabel> labels, Integer begin, Integer end) {
        if (begin == null || end == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).beginPosition() >= begin && labels.get(i).endPosition() <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
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
