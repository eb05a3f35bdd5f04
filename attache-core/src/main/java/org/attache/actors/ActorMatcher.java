package org.attache.actors;

import org.attache.nlp.ParsedSentence;
import org.attache.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Finds dictionary phrases in a sentence, longest match first, left to right, without overlaps. */
public final class ActorMatcher {
    private final ActorDictionary dictionary;

    public ActorMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<ActorMention> match(ParsedSentence sentence) {
        List<String> normalised = new ArrayList<>(sentence.size());
        for (Token token : sentence.tokens()) {
            normalised.add(led(PhraseTokens.normalise(token.word())));
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
     * "US-led forces", "Saudi-led coalition": the leading country names the actor, so the word is matched without
     * its "-led".
     */
    private static String led(String word) {
        return word.length() > 5 && word.toLowerCase(java.util.Locale.ROOT).endsWith("-led")
                ? word.substring(0, word.length() - 4) : word;
    }

    private static boolean casesAgree(ActorDictionary.Phrase phrase, ParsedSentence sentence, int start) {
        List<String> written = phrase.writtenTokens();
        for (int k = 0; k < written.size(); k++) {
            if (!PhraseTokens.caseCompatible(written.get(k), led(sentence.token(start + k).word()))) {
                return false;
            }
        }
        return true;
    }
}
