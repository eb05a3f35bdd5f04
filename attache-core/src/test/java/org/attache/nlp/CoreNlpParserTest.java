package org.attache.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

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

    @Test
    void sentencesLeftOutKeepTagsAndLemmasAndTheOthersComeOutAsFromTheFullParse() {
        String text = "The weather was warm in the capital.\n"
                + "President Joe Biden met Pakistani Prime Minister Imran Khan on New Year's Day.\n"
                + "Prices rose.";
        ParsedDocument full = parser.parse(text, LocalDate.of(2022, 1, 3));
        ParsedDocument part = parser.parse(text, LocalDate.of(2022, 1, 3), shallow -> {
            assertThat(shallow).hasSize(3);
            assertThat(shallow.get(1).tokens()).extracting(Token::lemma).contains("meet");
            assertThat(shallow).noneMatch(ParsedSentence::isFullyParsed);
            java.util.BitSet chosen = new java.util.BitSet();
            chosen.set(1);
            return chosen;
        });
        assertThat(part.sentences()).hasSize(3);
        assertThat(ConlluWriter.write(new ParsedDocument(text, List.of(part.sentences().get(1)))))
                .isEqualTo(ConlluWriter.write(new ParsedDocument(text, List.of(full.sentences().get(1)))));
        ParsedSentence met = part.sentences().get(1);
        assertThat(met.isFullyParsed()).isTrue();
        assertThat(met.times()).anySatisfy(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2022, 1, 1)));
        assertThat(met.entities()).filteredOn(e -> e.type().equals("PERSON")).hasSize(2);
        for (int i : new int[] {0, 2}) {
            ParsedSentence skipped = part.sentences().get(i);
            assertThat(skipped.isFullyParsed()).isFalse();
            assertThat(skipped.entities()).isEmpty();
            assertThat(skipped.tokens()).extracting(Token::pos)
                    .isEqualTo(full.sentences().get(i).tokens().stream().map(Token::pos).toList());
            assertThat(skipped.start()).isEqualTo(full.sentences().get(i).start());
        }
    }

    @Test
    void aRepeatedSentenceTakesTheFirstOnesAnalysisAtItsOwnOffsets() {
        String once = "President Joe Biden met Imran Khan on Tuesday.";
        String text = once + "\nThe weather was warm.\n" + once;
        ParsedDocument doc = parser.parse(text, LocalDate.of(2022, 1, 6), shallow -> {
            java.util.BitSet all = new java.util.BitSet();
            all.set(0, shallow.size());
            return all;
        });
        ParsedSentence first = doc.sentences().get(0);
        ParsedSentence repeat = doc.sentences().get(2);
        assertThat(repeat.start()).isEqualTo(text.lastIndexOf(once));
        assertThat(repeat.index()).isEqualTo(2);
        for (Token t : repeat.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
        String analysis = ConlluWriter.write(new ParsedDocument(text, List.of(first))).replace("sent_id = 0", "");
        assertThat(ConlluWriter.write(new ParsedDocument(text, List.of(repeat))).replace("sent_id = 2", ""))
                .isEqualTo(analysis);
        assertThat(repeat.times()).anySatisfy(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2022, 1, 4)));
        ParsedSentence alone = parser.parse(once, LocalDate.of(2022, 1, 6)).sentences().get(0);
        assertThat(ConlluWriter.write(new ParsedDocument(once, List.of(alone))).replace("sent_id = 0", ""))
                .isEqualTo(analysis);
    }

    @Test
    void aSentenceWithNothingThatNamesADayGetsNoTimeAnalysis() {
        ParsedSentence s = parser.parse("Iran condemned the attack in 2019 and paid 30 dollars.", null).sentences().get(0);
        assertThat(DayCues.mayNameDay(s)).isFalse();
        assertThat(s.times()).isEmpty();
        assertThat(DayCues.mayNameDay(parser.parse("Talks resume on 2019-03-12.", null).sentences().get(0))).isTrue();
        assertThat(DayCues.mayNameDay(parser.parse("Talks resume on Tuesday.", null).sentences().get(0))).isTrue();
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
