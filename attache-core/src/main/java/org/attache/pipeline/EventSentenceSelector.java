package org.attache.pipeline;

import org.attache.actors.ActorMatcher;
import org.attache.actors.ActorMention;
import org.attache.actors.DictionaryEntry;
import org.attache.events.TriggerFinder;
import org.attache.events.TriggerMatch;
import org.attache.nlp.DayCues;
import org.attache.nlp.ParsedSentence;
import org.attache.nlp.SentenceSelector;
import org.attache.nlp.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences worth a dependency parse: those that could yield an event, and those earlier sentences whose
 * people the resolver must have seen to resolve a name or pronoun in them. Everything else is skipped.
 *
 * <p>A sentence can yield an event only if it has an actor candidate (a dictionary phrase that names an actor, or a
 * word that could be part of a person's name: the coder also needs a dictionary phrase or a PERSON entity) and a
 * trigger candidate (a verb or noun lemma in the trigger lexicon). Both tests need only tags and lemmas and are
 * supersets of what the coder checks after the full parse, so a selected-out sentence would not have been coded.
 *
 * <p>The resolver also carries people from sentence to sentence: "Ambassador Alice Wells arrived" lets a later
 * "Wells" or "she" name the same actor. So a selected sentence pulls in the earlier sentences where a person it may
 * name could have been learnt (one of its name words next to a dictionary person, or to a country and a title), and,
 * when it has a personal pronoun, those of the two sentences before it that may name a known person; the sentences
 * pulled in do the same in turn.
 */
public final class EventSentenceSelector implements SentenceSelector {
    /** As far back as the resolver looks for a pronoun's person. */
    private static final int PRONOUN_REACH_SENTENCES = 2;
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    /** ner sometimes takes these for a PERSON ("He noted...", "in his remarks"), which makes them actor candidates. */
    private static final Set<String> PRONOUNS_NER_MAY_NAME = Set.of("he", "she", "him", "her", "his", "hers");

    private final ActorMatcher matcher;
    private final TriggerFinder triggers;

    public EventSentenceSelector(ActorMatcher matcher, TriggerFinder triggers) {
        this.matcher = matcher;
        this.triggers = triggers;
    }

    @Override
    public BitSet select(List<ParsedSentence> shallow) {
        int n = shallow.size();
        List<Set<String>> names = new ArrayList<>(n);
        // the sentences where the resolver may learn a person's actor, by the name words they hold
        Map<String, List<Integer>> introducersByName = new HashMap<>();
        BitSet introducers = new BitSet(n);
        BitSet mayShowPerson = new BitSet(n);
        BitSet selected = new BitSet(n);
        for (int i = 0; i < n; i++) {
            ParsedSentence sentence = shallow.get(i);
            List<ActorMention> mentions = matcher.match(sentence);
            Set<String> sentenceNames = nameWords(sentence, mentions);
            names.add(sentenceNames);
            boolean introduces = !sentenceNames.isEmpty() && mayIntroducePerson(mentions);
            boolean carriesOver = false;
            for (String name : sentenceNames) {
                carriesOver |= introducersByName.containsKey(name);
            }
            if (introduces) {
                introducers.set(i);
                for (String name : sentenceNames) {
                    introducersByName.computeIfAbsent(name, k -> new ArrayList<>(2)).add(i);
                }
            }
            if (introduces || carriesOver) {
                mayShowPerson.set(i);
            }
            if (triggers.mayHaveTriggers(sentence) && (!sentenceNames.isEmpty() || namesActor(mentions))) {
                selected.set(i);
            }
        }
        // Latest first: a sentence pulled in is always earlier, so its own needs are handled when the loop gets there.
        for (int i = selected.previousSetBit(n - 1); i >= 0; i = selected.previousSetBit(i - 1)) {
            for (String name : names.get(i)) {
                for (int earlier : introducersByName.getOrDefault(name, List.of())) {
                    if (earlier < i) {
                        selected.set(earlier);
                    }
                }
            }
            if (hasPersonalPronoun(shallow.get(i))) {
                for (int earlier = Math.max(0, i - PRONOUN_REACH_SENTENCES); earlier < i; earlier++) {
                    if (mayShowPerson.get(earlier)) {
                        selected.set(earlier);
                    }
                }
            }
        }
        return selected;
    }

    /**
     * Whether the resolver could learn a person's actor from this sentence alone: from a dictionary person, or from a
     * country and a title around the name ("Iranian Foreign Minister Mohammad Javad Zarif"). Only such sentences let a
     * later bare name resolve; a pronoun may also take a person from a sentence that names one learnt earlier.
     */
    private static boolean mayIntroducePerson(List<ActorMention> mentions) {
        boolean country = false;
        boolean title = false;
        for (ActorMention mention : mentions) {
            if (mention.has(DictionaryEntry.Kind.PERSON)) {
                return true;
            }
            title |= mention.has(DictionaryEntry.Kind.SECTOR);
            country |= mention.has(DictionaryEntry.Kind.COUNTRY) || mention.has(DictionaryEntry.Kind.DEMONYM)
                    || mention.has(DictionaryEntry.Kind.CAPITAL) || mention.has(DictionaryEntry.Kind.SEAT);
        }
        return country && title;
    }

    /**
     * Time expressions serve one purpose: an event's date, from a day-naming phrase that hangs on its trigger ("met on
     * Tuesday") or on the word a trigger noun depends on (EventDating). So only sentences where some trigger's word,
     * or its head, has an oblique, nominal or adverbial dependent with a day cue in its phrase need SUTime.
     */
    @Override
    public BitSet needTimes(List<ParsedSentence> parsed, BitSet analysed) {
        BitSet needed = new BitSet(parsed.size());
        for (int i = analysed.nextSetBit(0); i >= 0; i = analysed.nextSetBit(i + 1)) {
            ParsedSentence sentence = parsed.get(i);
            for (TriggerMatch match : triggers.find(sentence)) {
                for (int token : match.tokens()) {
                    if (datedBelow(sentence, token)
                            || (sentence.head(token) >= 0 && datedBelow(sentence, sentence.head(token)))) {
                        needed.set(i);
                    }
                }
            }
        }
        return needed;
    }

    private static boolean datedBelow(ParsedSentence sentence, int head) {
        for (int child : sentence.children(head)) {
            String relation = sentence.relation(child);
            if ((relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("advmod"))
                    && phraseHasDayCue(sentence, child, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phraseHasDayCue(ParsedSentence sentence, int token, int depth) {
        if (DayCues.isCue(sentence.token(token))) {
            return true;
        }
        if (depth < 8) {
            for (int child : sentence.children(token)) {
                if (phraseHasDayCue(sentence, child, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence, on its own, has both an actor candidate and a trigger candidate. */
    public boolean mayYieldEvent(ParsedSentence sentence) {
        List<ActorMention> mentions = matcher.match(sentence);
        return triggers.mayHaveTriggers(sentence) && (!nameWords(sentence, mentions).isEmpty() || namesActor(mentions));
    }

    private static boolean namesActor(List<ActorMention> mentions) {
        for (ActorMention mention : mentions) {
            if (mention.entries().stream().anyMatch(DictionaryEntry::namesActor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that could belong to a person's name the dictionaries do not resolve on their own, lower-cased:
     * proper nouns, capitalised words after the first (the tagger sometimes takes a rare name for an adjective or
     * common noun) and personal pronouns (ner sometimes tags "He" or "his" as a PERSON), except those inside a dictionary phrase that names no person ("Iran", "Foreign Minister"): those
     * resolve from the dictionary wherever they stand. Words of a dictionary person stay: a person whose last role
     * ended before the article's date is known only from an earlier sentence that named their country and title.
     */
    static Set<String> nameWords(ParsedSentence sentence, List<ActorMention> mentions) {
        boolean[] impersonal = new boolean[sentence.size()];
        for (ActorMention mention : mentions) {
            if (!mention.has(DictionaryEntry.Kind.PERSON)) {
                for (int t = mention.startToken(); t < mention.endToken(); t++) {
                    impersonal[t] = true;
                }
            }
        }
        Set<String> words = new HashSet<>();
        for (Token token : sentence.tokens()) {
            String word = token.word();
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            if (!impersonal[token.index()] && (token.isProperNoun() || (capitalised && token.index() > 0)
                    || PRONOUNS_NER_MAY_NAME.contains(token.lowerWord()))) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The pronouns the resolver takes back to a person ("he", "she", "him", "her"). */
    private static boolean hasPersonalPronoun(ParsedSentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("PRP") && PERSONAL_PRONOUNS.contains(token.lowerWord())) {
                return true;
            }
        }
        return false;
    }
}
