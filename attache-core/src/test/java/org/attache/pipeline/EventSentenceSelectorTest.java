package org.attache.pipeline;

import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorMatcher;
import org.attache.events.CameoCodebook;
import org.attache.events.TriggerFinder;
import org.attache.events.TriggerLexicon;
import org.attache.nlp.ParsedSentence;
import org.attache.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence filter on hand-built shallow sentences (tokens, tags and lemmas; no tree, no entities), as the parser
 * hands them over before the expensive stages.
 */
class EventSentenceSelectorTest {
    private static EventSentenceSelector selector;
    private static TriggerFinder triggers;

    @BeforeAll
    static void load() {
        CameoCodebook codebook = CameoCodebook.bundled();
        triggers = new TriggerFinder(TriggerLexicon.bundled(codebook));
        selector = new EventSentenceSelector(new ActorMatcher(ActorDictionary.bundled()), triggers);
    }

    /** "Iran/NNP/Iran condemned/VBD/condemn ./././." */
    static ParsedSentence shallow(int index, String tagged) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String part : tagged.split(" ")) {
            String[] f = part.split("/");
            tokens.add(new Token(tokens.size(), f[0], f[2], f[1], offset, offset + f[0].length(), "O"));
            offset += f[0].length() + 1;
        }
        int[] heads = new int[tokens.size()];
        String[] relations = new String[tokens.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "dep");
        return new ParsedSentence(index, 0, offset, tokens, heads, relations, List.of(), List.of());
    }

    private static BitSet select(String... sentences) {
        List<ParsedSentence> shallow = new ArrayList<>();
        for (String s : sentences) {
            shallow.add(shallow(shallow.size(), s));
        }
        return selector.select(shallow);
    }

    @Test
    void aSentenceWithAnActorAndATriggerCandidateIsAlwaysKept() {
        List<String> both = List.of(
                "Iran/NNP/Iran condemned/VBD/condemn the/DT/the attack/NN/attack ././.",       // dictionary + verb
                "Pakistan/NNP/Pakistan held/VBD/hold talks/NNS/talk with/IN/with India/NNP/India", // light verb + its noun
                "Mr./NNP/Mr. Wolfowitz/NNP/Wolfowitz criticised/VBD/criticise the/DT/the plan/NN/plan", // unknown name
                "the/DT/the government/NN/government said/VBD/say to/TO/to reporters/NNS/reporter that/IN/that "
                        + "Iran/NNP/Iran was/VBD/be ready/JJ/ready",                             // speech with "to"
                "Russia/NNP/Russia 's/POS/'s invasion/NN/invasion of/IN/of Ukraine/NNP/Ukraine",  // event noun
                // speech whose addressee is a gerund complement's object
                "the/DT/the Leader/NNP/Leader said/VBD/say citing/VBG/cite the/DT/the example/NN/example of/IN/of "
                        + "the/DT/the U.S./NNP/U.S. military/NN/military");
        for (String sentence : both) {
            ParsedSentence parsed = shallow(0, sentence);
            assertThat(selector.mayYieldEvent(parsed)).as(sentence).isTrue();
            assertThat(select(sentence).get(0)).as(sentence).isTrue();
        }
    }

    @Test
    void sentencesThatCannotYieldAnEventAreSkipped() {
        BitSet chosen = select(
                "the/DT/the weather/NN/weather was/VBD/be warm/JJ/warm ././.",                      // neither
                "Iran/NNP/Iran is/VBZ/be a/DT/a large/JJ/large country/NN/country",                // actor, no trigger
                "prices/NNS/price were/VBD/be condemned/VBN/condemn as/IN/as too/RB/too high/JJ/high", // trigger, no actor
                "Iran/NNP/Iran made/VBD/make progress/NN/progress",              // light verb without its noun
                "Iran/NNP/Iran said/VBD/say the/DT/the talks/NNS/talk failed/VBD/fail",  // "talk" is an event noun
                "Iran/NNP/Iran said/VBD/say it/PRP/it was/VBD/be over/RB/over"); // speech without an addressee
        assertThat(chosen.get(0)).isFalse();
        assertThat(chosen.get(1)).isFalse();
        assertThat(chosen.get(2)).isFalse();
        assertThat(chosen.get(3)).isFalse();
        assertThat(chosen.get(4)).as("an event noun with an actor is a candidate").isTrue();
        assertThat(chosen.get(5)).isFalse();
    }

    @Test
    void anEarlierSentenceWhereANamedPersonIsIntroducedIsParsedToo() {
        BitSet chosen = select(
                // a country and a title around a name: the resolver learns who Hamidi is (no trigger here)
                "Afghan/JJ/Afghan Foreign/NNP/Foreign Minister/NNP/Minister Karim/NNP/Karim Hamidi/NNP/Hamidi "
                        + "arrived/VBD/arrive ././.",
                "the/DT/the weather/NN/weather was/VBD/be warm/JJ/warm ././.",
                "Hamidi/NNP/Hamidi condemned/VBD/condemn the/DT/the attack/NN/attack ././.");
        assertThat(chosen.stream().toArray()).containsExactly(0, 2);
    }

    @Test
    void aPronounPullsInTheSentenceBeforeThatMayNameAKnownPerson() {
        BitSet chosen = select(
                "Afghan/JJ/Afghan Foreign/NNP/Foreign Minister/NNP/Minister Karim/NNP/Karim Hamidi/NNP/Hamidi "
                        + "arrived/VBD/arrive ././.",
                "She/PRP/she condemned/VBD/condemn Pakistan/NNP/Pakistan ././.");
        assertThat(chosen.stream().toArray()).containsExactly(0, 1);
        BitSet unrelated = select(
                "Hamidi/NNP/Hamidi arrived/VBD/arrive ././.",  // no country and title: nothing to learn about him
                "She/PRP/she condemned/VBD/condemn Pakistan/NNP/Pakistan ././.");
        assertThat(unrelated.stream().toArray()).containsExactly(1);
    }

    @Test
    void aNameTheDictionaryResolvesByItselfPullsInNothing() {
        BitSet chosen = select(
                "Iranian/JJ/Iranian Foreign/NNP/Foreign Minister/NNP/Minister spoke/VBD/speak ././.",
                "Iran/NNP/Iran condemned/VBD/condemn the/DT/the attack/NN/attack ././.");
        assertThat(chosen.stream().toArray()).containsExactly(1);
    }
}
