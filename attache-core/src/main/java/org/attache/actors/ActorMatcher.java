package org.attache.actors;

import org.attache.nlp.ParsedSentence;
import org.attache.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Finds dictionary phrases in a sentence, longest match first, left to right, without overlaps. */
public final class ActorMatcher {
    /** Named-entity tags under which a word the dictionaries do not know may be a misspelt country or people. */
    private static final java.util.Set<String> PLACE_OR_PEOPLE_TAGS = java.util.Set.of("LOCATION", "COUNTRY",
            "NATIONALITY", "MISC", "GPE");

    private final ActorDictionary dictionary;
    private final MisspeltNames misspelt;

    public ActorMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        List<String> countryWords = new ArrayList<>();
        for (String name : dictionary.stateNames()) {
            if (PhraseTokens.split(name).size() == 1) {
                countryWords.add(name);
            }
        }
        this.misspelt = new MisspeltNames(countryWords);
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    public List<ActorMention> match(ParsedSentence sentence) {
        List<String> normalised = new ArrayList<>(sentence.size());
        for (Token token : sentence.tokens()) {
            normalised.add(PhraseTokens.normalise(token.word()));
        }
        List<ActorMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < normalised.size()) {
            ActorMention best = null;
            for (PhraseTrie.Match<ActorDictionary.Phrase> match : dictionary.trie().matchesAt(normalised, i)) {
                List<DictionaryEntry> accepted = new ArrayList<>(match.values().size());
                for (ActorDictionary.Phrase phrase : match.values()) {
                    if (casesAgree(phrase, sentence, match.start())) {
                        accepted.add(phrase.entry());
                    }
                }
                if (!accepted.isEmpty()) {
                    best = new ActorMention(match.start(), match.end(), accepted);
                }
            }
            if (best == null) {
                best = ledBy(sentence.token(i).word(), i);
            }
            if (best == null) {
                best = misspelt(sentence.token(i), i);
            }
            if (best != null) {
                mentions.add(best);
                i = best.endToken();
            } else {
                i++;
            }
        }
        return mentions;
    }

    /**
     * "US-led forces", "the Saudi-led coalition": forces or a war led by a country are that country's; the one-word
     * "X-led" names X. Only country names and demonyms count ("UN-led" is a mission of the UN but the coder does not
     * guess it), and "-backed" is no leading role ("Syrian-backed militias" are not Syrian).
     */
    private ActorMention ledBy(String word, int token) {
        String lower = PhraseTokens.normalise(word);
        if (!lower.endsWith("-led") || lower.length() <= 4) {
            return null;
        }
        String leader = word.substring(0, word.length() - 4);
        List<DictionaryEntry> accepted = new ArrayList<>();
        for (PhraseTrie.Match<ActorDictionary.Phrase> match
                : dictionary.trie().matchesAt(List.of(PhraseTokens.normalise(leader)), 0)) {
            for (ActorDictionary.Phrase phrase : match.values()) {
                List<String> written = phrase.writtenTokens();
                boolean countryLike = phrase.entry().kind() == DictionaryEntry.Kind.COUNTRY
                        || phrase.entry().kind() == DictionaryEntry.Kind.DEMONYM;
                if (countryLike && written.size() == 1 && PhraseTokens.caseCompatible(written.get(0), leader)) {
                    accepted.add(phrase.entry());
                }
            }
        }
        return accepted.isEmpty() ? null : new ActorMention(token, token + 1, accepted);
    }

    /**
     * The state's name or demonym, as the dictionary writes it, that a word is one typing slip from, or null (for
     * `actors lookup` to say how such a word is read in text).
     */
    public String stateNameMisspeltAs(String word) {
        String name = misspelt.correct(word);
        if (name == null) {
            return null;
        }
        return dictionary.stateNames().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    /** "a fresh offer from Afganistan": a place or people the tagger found, one slip from a country's name. */
    private ActorMention misspelt(Token token, int index) {
        if (token.ner() == null || !PLACE_OR_PEOPLE_TAGS.contains(token.ner())
                || !Character.isUpperCase(token.word().charAt(0))) {
            return null;
        }
        String name = misspelt.correct(token.word());
        if (name == null) {
            return null;
        }
        List<DictionaryEntry> accepted = new ArrayList<>();
        for (PhraseTrie.Match<ActorDictionary.Phrase> match : dictionary.trie().matchesAt(List.of(name), 0)) {
            for (ActorDictionary.Phrase phrase : match.values()) {
                DictionaryEntry entry = phrase.entry();
                if (entry.kind() == DictionaryEntry.Kind.COUNTRY || entry.kind() == DictionaryEntry.Kind.DEMONYM) {
                    accepted.add(new DictionaryEntry(entry.kind(), entry.phrase(), entry.country(), entry.sector(),
                            entry.code(), entry.roles(), entry.origin() + ", read for the misspelt \"" + token.word() + "\""));
                }
            }
        }
        return accepted.isEmpty() ? null : new ActorMention(index, index + 1, accepted);
    }

    private static boolean casesAgree(ActorDictionary.Phrase phrase, ParsedSentence sentence, int start) {
        List<String> written = phrase.writtenTokens();
        for (int k = 0; k < written.size(); k++) {
            if (!PhraseTokens.caseCompatible(written.get(k), sentence.token(start + k).word())) {
                return false;
            }
        }
        return true;
    }
}
