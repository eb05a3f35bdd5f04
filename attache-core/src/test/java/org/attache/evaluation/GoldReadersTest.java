package org.attache.evaluation;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three gold readers on small hand-written inputs. */
class GoldReadersTest {

    private static List<GoldSentence> read(GoldReader reader, String text) throws Exception {
        return reader.read(new StringReader(text), "test-input");
    }

    @Test
    void ploverRecordsSkipDocumentationAndKeepActors() throws Exception {
        String json = """
                [
                 {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes about the file"},
                 {"id": "T-1", "date": "2001-02-03", "event": "THREATEN", "eventText": "warned",
                  "text": "Freedonia warned Sylvania against moving troops to the border.",
                  "source": [{"actorText": "Freedonia", "code": "FRD", "sector": "GOV"}],
                  "target": [{"actorText": "Sylvania", "code": "syl"}]},
                 {"id": "T-2", "event": "consult", "text": "Envoys of Ruritania and Graustark met in Geneva.",
                  "source": [{"actorText": "Ruritania", "code": "RUR"}, {"actorText": "Graustark", "code": "GRA"}],
                  "target": ""}
                ]""";
        List<GoldSentence> sentences = read(new PloverGoldReader(), json);

        assertThat(sentences).extracting(GoldSentence::id).containsExactly("T-1", "T-2");
        GoldSentence first = sentences.get(0);
        assertThat(first.category()).isEqualTo("THREATEN");
        assertThat(first.date()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(first.text()).startsWith("Freedonia warned");
        assertThat(first.sources()).containsExactly(new GoldActor("Freedonia", "FRD", "GOV"));
        assertThat(first.targets()).containsExactly(new GoldActor("Sylvania", "SYL", null));
        assertThat(first.pentaClass()).isEqualTo(-1);

        GoldSentence second = sentences.get(1);
        assertThat(second.category()).isEqualTo("CONSULT");
        assertThat(second.date()).isNull();
        assertThat(second.sources()).extracting(GoldActor::code).containsExactly("RUR", "GRA");
        assertThat(second.targets()).as("a string target means none").isEmpty();
    }

    @Test
    void ploverReaderNamesWhatIsWrong() {
        assertThatThrownBy(() -> read(new PloverGoldReader(), "{\"id\": 1}"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> read(new PloverGoldReader(), "[{\"id\": \"X-9\", \"event\": \"AID\"}]"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("X-9").hasMessageContaining("no text");
        assertThatThrownBy(() -> read(new PloverGoldReader(), "[{\"event\": \"AID\", \"text\": \"t\", \"date\": \"May\"}]"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("record 1").hasMessageContaining("date");
        assertThatThrownBy(() -> read(new PloverGoldReader(), "[not json"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void classLinesWithCrlfEndsAndLabels() throws Exception {
        String tsv = "\uFEFFThe minister praised the neighbours' restraint.\t1\r\n"
                + "\r\n"
                + "Rebels shelled the\tcapital overnight.\t4\r\n"
                + "Officials made a statement.\t0";
        List<GoldSentence> sentences = read(new ConfliBertClassReader(), tsv);

        assertThat(sentences).extracting(GoldSentence::text).containsExactly(
                "The minister praised the neighbours' restraint.", "Rebels shelled the\tcapital overnight.",
                "Officials made a statement.");
        assertThat(sentences).extracting(GoldSentence::pentaClass).containsExactly(1, 4, 0);
        assertThat(sentences).extracting(GoldSentence::id).containsExactly("class-1", "class-3", "class-4");
        assertThat(sentences.get(0).category()).isNull();
    }

    @Test
    void classReaderRejectsBadLabelsWithTheLine() {
        assertThatThrownBy(() -> read(new ConfliBertClassReader(), "fine\t2\r\nnot fine\t7\r\n"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("test-input:2").hasMessageContaining("'7'");
        assertThatThrownBy(() -> read(new ConfliBertClassReader(), "no label here\r\n"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("test-input:1");
    }

    @Test
    void nerTagsBecomeTokenSpans() throws Exception {
        String conll = """
                The O
                navy B-S
                of I-S
                Freedonia I-S
                seized O
                a B-T
                Sylvanian I-T
                trawler I-T
                . O

                Envoys B-R
                met O
                diplomats I-R
                B-S B-S
                officials B-S
                again O
                """;
        List<GoldSentence> sentences = read(new ConfliBertNerReader(), conll);

        assertThat(sentences).hasSize(2);
        GoldSentence first = sentences.get(0);
        assertThat(first.id()).isEqualTo("ner-1");
        assertThat(first.text()).isEqualTo("The navy of Freedonia seized a Sylvanian trawler .");
        assertThat(first.spans()).containsExactly(new GoldSpan('S', 1, 4), new GoldSpan('T', 5, 8));
        assertThat(first.tokenStarts()).containsExactly(0, 4, 9, 12, 22, 29, 31, 41, 49);

        GoldSentence second = sentences.get(1);
        assertThat(second.tokens()).containsExactly("Envoys", "met", "diplomats", "B-S", "officials", "again");
        assertThat(second.spans()).as("an I- tag after O opens a span; a B- tag closes the open one")
                .containsExactly(new GoldSpan('R', 0, 1), new GoldSpan('R', 2, 3), new GoldSpan('S', 3, 4),
                        new GoldSpan('S', 4, 5));
    }

    @Test
    void nerReaderRejectsUnknownTags() {
        assertThatThrownBy(() -> read(new ConfliBertNerReader(), "Word O\nOther B-X\n"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("test-input:2").hasMessageContaining("B-X");
        assertThatThrownBy(() -> read(new ConfliBertNerReader(), "lonely\n"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("test-input:1");
    }

    @Test
    void formatsByNameAndFileName() {
        assertThat(GoldFormat.byName("conflibert-ner")).isEqualTo(GoldFormat.CONFLIBERT_NER);
        assertThat(GoldFormat.guess(java.nio.file.Path.of("x/gold.json"))).isEqualTo(GoldFormat.PLOVER);
        assertThat(GoldFormat.guess(java.nio.file.Path.of("x/gold.tsv"))).isEqualTo(GoldFormat.CONFLIBERT_CLASS);
        assertThat(GoldFormat.guess(java.nio.file.Path.of("x/gold.xml"))).isNull();
        assertThatThrownBy(() -> GoldFormat.byName("tabari")).isInstanceOf(IllegalArgumentException.class);
    }
}
