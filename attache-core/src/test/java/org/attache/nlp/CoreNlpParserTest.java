package org.attache.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Real CoreNLP: the adapter's offsets, dependencies, entities and SUTime dates. */
class CoreNlpParserTest {
    private static CoreNlpParser parser;

    @BeforeAll
    static void loadModels() {
        parser = SharedParser.get();
    }

    @Test
    void offsetsSliceTheTextExactlyAndDependenciesAreUniversal() {
        String text = "Pakistan’s army chief met US officials in Islamabad on New Year's Day.\n"
                + "Exit mobile versionThe ISIS-K attack was condemned.";
        ParsedDocument doc = parser.parse(text, LocalDate.of(2018, 1, 3));
        assertThat(doc.sentences()).hasSize(2);
        for (ParsedSentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end()).replace("’", "'"))
                        .isEqualTo(t.word().replace("’", "'"));
            }
        }
        ParsedSentence first = doc.sentences().get(0);
        int met = indexOf(first, "met");
        assertThat(first.relation(met)).isEqualTo("root");
        assertThat(first.dependents(met, "nsubj")).extracting(i -> first.token(i).word()).containsExactly("chief");
        assertThat(first.dependents(met, "obj")).extracting(i -> first.token(i).word()).containsExactly("officials");
        assertThat(first.token(met).lemma()).isEqualTo("meet");
        assertThat(first.times()).anySatisfy(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2018, 1, 1)));
        ParsedSentence second = doc.sentences().get(1);
        assertThat(second.tokens()).extracting(Token::word).contains("ISIS-K");
        assertThat(second.start()).isEqualTo(text.indexOf("Exit"));
    }

    @Test
    void peopleAreRecognised() {
        ParsedDocument doc = parser.parse("President Joe Biden has not spoken yet with Pakistani Prime Minister Imran Khan.", null);
        ParsedSentence s = doc.sentences().get(0);
        assertThat(s.entities()).filteredOn(e -> e.type().equals("PERSON"))
                .extracting(e -> s.token(e.startToken()).word() + " " + s.token(e.endToken() - 1).word())
                .contains("Joe Biden", "Imran Khan");
    }

    private static int indexOf(ParsedSentence s, String word) {
        for (Token t : s.tokens()) {
            if (t.word().equals(word)) {
                return t.index();
            }
        }
        throw new AssertionError("no token " + word);
    }
}
