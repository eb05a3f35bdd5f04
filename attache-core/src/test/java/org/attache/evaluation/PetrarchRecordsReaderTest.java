package org.attache.evaluation;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PETRARCH records reader on small hand-written files in the unit-test records' layout. */
class PetrarchRecordsReaderTest {

    private static PetrarchRecords read(String xml) throws Exception {
        return new PetrarchRecordsReader().readRecords(new StringReader(xml), "test.xml");
    }

    private static PetrarchRecord.Coding coding(String source, String target, String event) {
        return new PetrarchRecord.Coding(source, target, event);
    }

    private static final String FILE = """
            <Validation>
            <!-- a comment that mentions <Sentence id="NOT-A-RECORD"> and must be skipped -->
            <Environment><Actorfile>Freedonia.actors.txt</Actorfile></Environment>
            <Sentences>
            <Sentence date="20030405" id="FRE-1" category="DEMO" sentence="true">
            <!-- two events, one without a target -->
            <EventCoding sourcecode="FRDGOV" targetcode="SYL" eventcode="111"></EventCoding>
            <EventCoding sourcecode="frd" targetcode="" eventcode="010"></EventCoding>
            <EventCoding sourcecode="FRDGOV" targetcode="SYL" eventcode="111"></EventCoding>
            <Text>
            The Freedonian government   criticised
            Sylvania &amp; its allies.
            </Text>
            <Parse>(ROOT (S (NP (NNP Freedonia))))</Parse>
            </Sentence>

            <Sentence date = "20030406" id ="FRE-2"  category="AGENT" sentence="false">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened in Freedonia.</Text>
            </Sentence>

            <Sentence date="20030407" id="FRE-3" category="PATTERN" sentence="true">
            <Text>Rufus was in a mood about Sylvania.</Text>
            </Sentence>

            <Sentence date="20030408" id="FRE-4" category="ERROR" sentence="true">
            <EventCoding error="storydiscard"></EventCoding>
            <Text>Freedonia won the croquet cup.</Text>
            </Sentence>

            <Sentence date="20030409" id="FRE-5" category="DEMO" sentence="true">
            <EventCoding sourcecode="FRD" targetcode="SYL" eventcode="040"></EventCoding>
            <Text>Freedonia met Sylvania &nbsp; today.</Text>
            </Sentence>

            <Sentence date="April 2003" id="FRE-6" category="DATE" sentence="true">
            <EventCoding sourcecode="FRD" targetcode="SYL" eventcode="040"></EventCoding>
            <Text>Freedonia met Sylvania.</Text>
            </Sentence>

            <Sentence date="20030410" id="FRE-7" category="DEMO" sentence="true">
            <EventCoding sourcecode="FRD" targetcode="SYL" eventcode="040"></EventCoding>
            </Sentence>

            <Sentence date="20030411" id="FRE-1" category="COMPOUND" sentence="true">
            <EventCoding sourcecode="SYL" targetcode="FRD" eventcode="040"></EventCoding>
            <Text>Sylvania met Freedonia.</Text>
            </Sentence>

            <Sentence date="20030412" id="FRE-8" category="DEMO" sentence="true">
            <EventCoding sourcecode="FRD" eventcode="040"></EventCoding>
            <Text>Freedonia met.</Text>
            </Sentence>

            <Sentence date="20030413" id="FRE-9" category="DEMO" sentence="true">
            <EventCoding sourcecode="FRD" targetcode="SYL" eventcode="040"></EventCoding>
            <EventCoding noevents="True"></EventCoding>
            <Text>Freedonia met Sylvania again.</Text>
            </Sentence>

            <Sentence date="20030414" id="FRE-10" category="DEMO" sentence="true">
            <EventCoding sourcecode="FRD" targetcode="SYL" eventcode="040"></EventCoding>
            <Text>Freedonia met Sylvania once more.</Text>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsRecordsCodingsAndExpectations() throws Exception {
        PetrarchRecords records = read(FILE);

        assertThat(records.records()).extracting(PetrarchRecord::id)
                .containsExactly("FRE-1", "FRE-2", "FRE-3", "FRE-4", "FRE-1@45");
        PetrarchRecord first = records.records().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2003, 4, 5));
        assertThat(first.category()).isEqualTo("DEMO");
        assertThat(first.sentence()).isTrue();
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.text()).as("entities decoded, blanks collapsed")
                .isEqualTo("The Freedonian government criticised Sylvania & its allies.");
        assertThat(first.expected()).isEqualTo(PetrarchRecord.Expected.EVENTS);
        assertThat(first.codings()).as("upper-cased, empty target is ---, repeats dropped")
                .containsExactly(coding("FRDGOV", "SYL", "111"), coding("FRD", "---", "010"));
        assertThat(first.gold().id()).isEqualTo("FRE-1");
        assertThat(first.gold().date()).isEqualTo(first.date());
        assertThat(first.gold().text()).isEqualTo(first.text());

        PetrarchRecord second = records.records().get(1);
        assertThat(second.expected()).isEqualTo(PetrarchRecord.Expected.NO_EVENT);
        assertThat(second.sentence()).isFalse();
        assertThat(second.date()).isEqualTo(LocalDate.of(2003, 4, 6));
        assertThat(second.codings()).isEmpty();

        assertThat(records.records().get(2).expected()).as("no <EventCoding>: no event expected")
                .isEqualTo(PetrarchRecord.Expected.NO_EVENT);
        PetrarchRecord fourth = records.records().get(3);
        assertThat(fourth.expected()).isEqualTo(PetrarchRecord.Expected.ERROR);
        assertThat(fourth.error()).isEqualTo("storydiscard");

        PetrarchRecord repeated = records.records().get(4);
        assertThat(repeated.category()).isEqualTo("COMPOUND");
        assertThat(repeated.codings()).containsExactly(coding("SYL", "FRD", "040"));
        assertThat(records.notes()).anySatisfy(n -> assertThat(n).contains("repeated ids: FRE-1 (lines 5 and 45"))
                .anySatisfy(n -> assertThat(n).contains("1 record without <EventCoding>"))
                .anySatisfy(n -> assertThat(n).contains("not well-formed XML as a whole (line 33", "nbsp"));
        assertThat(records.sentences()).hasSize(5);
        assertThat(new PetrarchRecordsReader().read(new StringReader(FILE), "test.xml"))
                .extracting(GoldSentence::id).containsExactly("FRE-1", "FRE-2", "FRE-3", "FRE-4", "FRE-1@45");
    }

    @Test
    void badRecordsAreReportedWithTheirLineAndReason() throws Exception {
        PetrarchRecords records = read(FILE);

        assertThat(records.bad()).extracting(PetrarchRecords.Bad::id)
                .containsExactly("FRE-5", "FRE-6", "FRE-7", "FRE-8", "FRE-9", "FRE-10");
        List<String> described = records.bad().stream().map(b -> b.describe("test.xml")).toList();
        assertThat(described.get(0)).startsWith("test.xml:31 (FRE-5): not well-formed XML at line 33")
                .contains("nbsp");
        assertThat(described.get(1)).contains("FRE-6", "date 'April 2003' is not a yyyymmdd date");
        assertThat(described.get(2)).contains("FRE-7", "no <Text>");
        assertThat(described.get(3)).contains("FRE-8", "without targetcode");
        assertThat(described.get(4)).contains("FRE-9", "expects events and no events at once");
        assertThat(described.get(5)).contains("FRE-10", "not closed before the end of the file");
    }

    @Test
    void aWellFormedFileHasNoNoteAndDeclaredEntitiesResolve() throws Exception {
        PetrarchRecords records = read("""
                <?xml version="1.0"?>
                <!DOCTYPE Validation [ <!ENTITY frd "Freedonia"> ]>
                <Validation><Sentences>
                <Sentence date="19991231" id="E-1" category="DEMO">
                <EventCoding sourcecode="FRD" targetcode="---" eventcode="010"></EventCoding>
                <Text>&frd; spoke.</Text>
                </Sentence>
                </Sentences></Validation>
                """);

        assertThat(records.bad()).isEmpty();
        assertThat(records.notes()).isEmpty();
        assertThat(records.records()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Freedonia spoke.");
            assertThat(r.sentence()).as("no sentence attribute: a sentence").isTrue();
            assertThat(r.codings()).containsExactly(coding("FRD", "---", "010"));
        });
    }

    @Test
    void aFileThatIsNotWellFormedAsAWholeIsNoted() throws Exception {
        PetrarchRecords records = read("""
                <Validation>
                #### a banner outside any comment, & an ampersand
                <Sentence date="19991231" id="N-1" category="DEMO"><Text>Freedonia spoke.</Text></Sentence>
                """);

        assertThat(records.records()).extracting(PetrarchRecord::id).containsExactly("N-1");
        assertThat(records.notes()).first().asString()
                .contains("not well-formed XML as a whole (line 2").contains("each record was read on its own");
    }

    @Test
    void aFileWithoutRecordsIsAFormatError() {
        assertThatThrownBy(() -> read("{\"not\": \"xml\"}"))
                .isInstanceOf(GoldFormatException.class).hasMessageContaining("no <Sentence> records");
    }

    @Test
    void defaultDictionariesLieBesideTheRecords() {
        assertThat(PetrarchRecordsReader.defaultDictionaries(Path.of("/data/gold/records.xml")))
                .containsExactly(Path.of("/data/gold/petrarch2-PETR.Validate.actors.txt"),
                        Path.of("/data/gold/petrarch2-PETR.Validate.agents.txt"));
        assertThat(GoldFormat.byName("petrarch")).isEqualTo(GoldFormat.PETRARCH);
        assertThat(GoldFormat.PETRARCH.reader()).isInstanceOf(PetrarchRecordsReader.class);
    }
}
