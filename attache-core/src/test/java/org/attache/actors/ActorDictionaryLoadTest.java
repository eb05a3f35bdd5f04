package org.attache.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extra dictionary files in Attaché's own formats, format detection, and later files overriding earlier ones. */
class ActorDictionaryLoadTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ActorDictionary.class.getResourceAsStream("/org/attache/actors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBundledFilesReadAsUserFilesGiveTheSameEntries() throws IOException {
        ActorDictionary bundled = ActorDictionary.bundled();
        for (String name : List.of("countries.tsv", "seats.tsv", "organisations.tsv", "sectors.tsv", "people.txt")) {
            String text = resource(name);
            DictionaryFormat format = DictionaryFiles.detect(name, text);
            assertThat(DictionaryFiles.detect("renamed.txt", text)).as("%s told by its header", name).isEqualTo(format);
            DictionaryImport imported = DictionaryFiles.read(name, format, text);
            assertThat(imported.report().skipped()).as(name).isEmpty();
            assertThat(imported.report().unaccountedLines()).as(name).isEmpty();
            List<DictionaryEntry> expected = bundled.entries().stream()
                    .filter(e -> e.origin().startsWith(name + ":")).toList();
            assertThat(imported.entries()).as(name).isEqualTo(expected);
        }
    }

    @Test
    void formatsAreToldByHeaderLineColumnsFileNameOrContent() throws IOException {
        assertThat(DictionaryFiles.detect("x.txt", "# attache-format: seats\nWhite House\tUSAGOV\n"))
                .isEqualTo(DictionaryFormat.SEATS);
        assertThat(DictionaryFiles.detect("x.txt", "# Columns (TAB-separated): phrase, sector\nenvoy\tGOV\n"))
                .isEqualTo(DictionaryFormat.SECTORS);
        assertThat(DictionaryFiles.detect("x.txt", "# mine\nperson\tJane Doe\nrole\tUSAGOV\t2020-01-01\t\t\n"))
                .isEqualTo(DictionaryFormat.PEOPLE);
        assertThat(DictionaryFiles.detect("my.organizations.tsv", "IGOXYZ\tXYZ\tIGO\t\tXyz Forum\n"))
                .isEqualTo(DictionaryFormat.ORGANISATIONS);
        assertThat(DictionaryFiles.detect("extra.actors.txt", "KABUL [AFG]\n")).isEqualTo(DictionaryFormat.TABARI_ACTORS);
        assertThat(DictionaryFiles.detect("extra.txt", "KABUL [AFG]\nHAMID_KARZAI\n\t[AFGGOV >011222]\n"))
                .isEqualTo(DictionaryFormat.TABARI_ACTORS);
        assertThat(DictionaryFiles.detect("extra.txt", "TROOP [~MIL]\nENVOY [~GOV]\n"))
                .isEqualTo(DictionaryFormat.TABARI_AGENTS);
        Path unknown = write("notes.txt", "just some words");
        assertThatThrownBy(() -> DictionaryFiles.read(unknown)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot tell the dictionary format");
        assertThatThrownBy(() -> DictionaryFiles.read(dir.resolve("absent.tsv"))).isInstanceOf(IOException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void badLinesOfAUserFileAreReportedAndTheRestRead() throws IOException {
        Path people = write("people-extra.txt",
                "# attache-format: people",
                "role\tPAKGOV\t2020-01-01\t\tno person yet",
                "person\tJane Roe|J. Roe",
                "role\tPAKGOV\t2020-01-01\t2021-13-01\ta bad end date",
                "role\tPAKMIL\t2019-01-01\t2019-12-31\tarmy",
                "someone\telse");
        DictionaryImport imported = DictionaryFiles.read(people);
        assertThat(imported.format()).isEqualTo(DictionaryFormat.PEOPLE);
        assertThat(imported.report().skipped()).extracting(ImportReport.Issue::describe).containsExactly(
                "people-extra.txt:2: a role line needs a person line before it",
                "people-extra.txt:4: '2021-13-01' is not a date (YYYY-MM-DD)",
                "people-extra.txt:6: expected 'person' or 'role', found 'someone'");
        assertThat(imported.entries()).extracting(DictionaryEntry::phrase).containsExactly("Jane Roe", "J. Roe");
        assertThat(imported.entries().get(0).roles()).extracting(DatedRole::code).containsExactly("PAKMIL");
        assertThat(imported.report().unaccountedLines()).isEmpty();

        Path seats = write("seats-extra.tsv", "# Columns (TAB-separated): phrase, code", "Bani Gala\tPAKGOV", "Lonely");
        DictionaryImport seatsImport = DictionaryFiles.read(seats);
        assertThat(seatsImport.entries()).extracting(DictionaryEntry::code).containsExactly("PAKGOV");
        assertThat(seatsImport.report().skipped()).extracting(ImportReport.Issue::describe)
                .containsExactly("seats-extra.tsv:3: expected 2 tab-separated columns, found 1");
    }

    @Test
    void datedRolesOfAUserFileHoldOnBothEndDaysAndTheNewRoleWinsTheHandover() throws IOException {
        Path people = write("people.txt",
                "person\tAmina Example",
                "role\tXYZOPP\t2015-03-01\t2019-06-30\topposition leader",
                "role\tXYZGOV\t2019-06-30\t2023-01-31\tprime minister",
                "role\tXYZELI\t2023-02-01\t\tformer prime minister");
        DictionaryEntry amina = DictionaryFiles.read(people).entries().get(0);
        assertThat(amina.roleOn(LocalDate.of(2015, 2, 28))).isNull();
        assertThat(amina.roleOn(LocalDate.of(2015, 3, 1)).code()).isEqualTo("XYZOPP");
        assertThat(amina.roleOn(LocalDate.of(2019, 6, 29)).code()).isEqualTo("XYZOPP");
        assertThat(amina.roleOn(LocalDate.of(2019, 6, 30)).code()).as("handover day").isEqualTo("XYZGOV");
        assertThat(amina.roleOn(LocalDate.of(2023, 1, 31)).code()).as("last day, inclusive").isEqualTo("XYZGOV");
        assertThat(amina.roleOn(LocalDate.of(2023, 2, 1)).code()).isEqualTo("XYZELI");
        assertThat(amina.roleOn(LocalDate.of(2030, 1, 1)).code()).isEqualTo("XYZELI");
        assertThat(amina.roleOn(LocalDate.of(2019, 6, 30)).origin()).isEqualTo("people.txt:3");
    }

    @Test
    void outsideTheirRolesAPersonIsANationalOfTheNearestStateRoleUntilTheLastRoleEnds() throws IOException {
        Path people = write("people.txt",
                "person\tBruno Sample",
                "role\tKENMIL\t2001-01-01\t2004-12-31\tarmy chief",
                "role\tUNOGOV\t2005-01-01\t2008-12-31\tUN envoy",
                "role\tTAL\t2009-01-01\t2009-06-30\tgroup leader, for the test",
                "role\tUGAGOV\t2012-01-01\t2015-12-31\tminister of a neighbour, for the test");
        DictionaryEntry bruno = DictionaryFiles.read(people).entries().get(0);
        ActorDictionary dictionary = ActorDictionary.bundled();
        assertThat(bruno.nationalRoleNear(LocalDate.of(1990, 1, 1), dictionary::isState).code())
                .as("before the first role").isEqualTo("KENMIL");
        assertThat(bruno.nationalRoleNear(LocalDate.of(2006, 1, 1), dictionary::isState).code())
                .as("an international body's role is no nationality").isEqualTo("KENMIL");
        assertThat(bruno.nationalRoleNear(LocalDate.of(2011, 1, 1), dictionary::isState).code())
                .as("nor an armed group's; the nearer state role wins").isEqualTo("UGAGOV");
        assertThat(bruno.nationalRoleNear(LocalDate.of(2016, 1, 1), dictionary::isState))
                .as("after the last role has ended").isNull();
        assertThat(dictionary.isState("KEN")).isTrue();
        assertThat(dictionary.isState("UNO")).isFalse();
    }

    @Test
    void peopleAreFoundByTheLastWordOfTheirNames() {
        ActorDictionary dictionary = ActorDictionary.bundled();
        assertThat(dictionary.peopleWithSurname("Schroeder")).extracting(DictionaryEntry::phrase)
                .containsExactly("Gerhard Schroeder");
        assertThat(dictionary.peopleWithSurname("biden")).extracting(DictionaryEntry::phrase)
                .as("any case, and a suffix is no surname").contains("Joseph R. Biden Jr.", "Biden");
        assertThat(dictionary.peopleWithSurname("Nobody")).isEmpty();
    }

    @Test
    void laterFilesOverrideEarlierOnesAndTheBundledAndConflictsAreReported() throws IOException {
        Path first = write("first-people.txt",
                "person\tImran Khan",
                "role\tPAKXXX\t2018-08-18\t2022-04-09\ta test role");
        Path second = write("second.actors.txt",
                "IMRAN_KHAN",
                "\t[PAKGOV 20180818-20220410]",
                "PAKISTAN_ [PAK]");
        Path sectors = write("extra-sectors.tsv", "# attache-format: sectors", "army chief|Pakistan\tMIL");
        ActorDictionary dictionary = ActorDictionary.bundledWith(List.of(first, second, sectors));
        List<DictionaryLoad> loads = dictionary.loads();
        assertThat(loads).hasSize(3);

        assertThat(loads.get(0).conflicts()).hasSize(1);
        DictionaryConflict overBundled = loads.get(0).conflicts().get(0);
        assertThat(overBundled.earlier().origin()).startsWith("people.txt:");
        assertThat(overBundled.later().origin()).isEqualTo("first-people.txt:1");
        assertThat(overBundled.describe()).startsWith("\"Imran Khan\": [PAKOPP 1996-04-25..2018-08-17, PAKGOV");
        assertThat(overBundled.describe()).endsWith(" replaced by [PAKXXX 2018-08-18..2022-04-09] (first-people.txt:1)");

        // The second file replaces the first file's Imran Khan (a conflict) and the bundled Pakistan (same code:
        // replaced, but no conflict).
        assertThat(loads.get(1).conflicts()).extracting(DictionaryConflict::describe).containsExactly(
                "\"Imran Khan\": [PAKXXX 2018-08-18..2022-04-09] (first-people.txt:1) replaced by"
                        + " [PAKGOV 2018-08-18..2022-04-09] (second.actors.txt:1)");
        assertThat(loads.get(1).replaced()).isEqualTo(2);
        assertThat(dictionary.lookup("imran khan")).hasSize(1)
                .allSatisfy(e -> assertThat(e.roleOn(LocalDate.of(2020, 3, 16)).code()).isEqualTo("PAKGOV"));
        assertThat(dictionary.lookup("Pakistan")).extracting(DictionaryEntry::origin)
                .containsExactly("second.actors.txt:3", "extra-sectors.tsv:2");

        // A sector word replaces a sector word, never a name: "army chief" changes, "Pakistan" stays a country too.
        assertThat(dictionary.lookup("army chief")).extracting(DictionaryEntry::sector).containsExactly("MIL");
        assertThat(loads.get(2).conflicts()).isEmpty();
        assertThat(dictionary.trie().size()).isEqualTo(dictionary.entries().size());

        ActorResolver resolver = new ActorResolver(new ActorMatcher(dictionary), LocalDate.of(2020, 3, 16));
        resolver.startSentence(Sentences.of("Imran", "Khan", "spoke"));
        assertThat(resolver.resolve(1).actor().origin()).isEqualTo("second.actors.txt:2");
    }
}
