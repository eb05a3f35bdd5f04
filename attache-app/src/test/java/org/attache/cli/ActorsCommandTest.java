package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code attache actors lookup|list|check} and {@code attache code --actors} through the real command line. */
class ActorsCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void lookupAtADatePrintsTheRoleHeldThenWithItsDatesAndOrigin() {
        CliRun run = CliRun.run("actors", "lookup", "Imran Khan", "--date", "2020-03-16");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("(?s)Imran Khan \\(person, people\\.txt:\\d+\\)\n"
                + "  on 2020-03-16: PAKGOV  2018-08-18 to 2022-04-10  Prime Minister of Pakistan  \\[people\\.txt:\\d+]\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lookupOutsideThePersonsRolesSaysWhetherTheirNationalityApplies() {
        CliRun before = CliRun.run("actors", "lookup", "Michel Aoun", "--date", "2000-01-01");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("on 2000-01-01: no role; national of LBN, coded LBN")
                .contains("nearest role: LBNOPP  2005-05-07 to 2016-10-31");
        CliRun after = CliRun.run("actors", "lookup", "Dick Cheney", "--date", "2026-06-01");
        assertThat(after.out()).contains("on 2026-06-01: no role (not coded as an actor on that date: the last listed"
                + " role ended 2025-11-03)");
    }

    @Test
    void lookupWithoutADatePrintsEveryRole() {
        CliRun run = CliRun.run("actors", "lookup", "imran khan");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  PAKOPP  1996-04-25 to 2018-08-17  ")
                .contains("  PAKGOV  2018-08-18 to 2022-04-10  Prime Minister of Pakistan  [people.txt:")
                .containsPattern("  PAKOPP  from 2022-04-1\\d  ");
        CliRun country = CliRun.run("actors", "lookup", "Islamabad");
        assertThat(country.out()).matches("Islamabad \\(capital, countries\\.tsv:\\d+\\)\n  PAKGOV \\(government\\)\n");
    }

    @Test
    void anUnknownPhraseIsNotFound() {
        CliRun run = CliRun.run("actors", "lookup", "Nobody In Particular");
        assertThat(run.exitCode()).isEqualTo(ActorsCommand.NOT_FOUND);
        assertThat(run.err()).isEqualTo("attache: no dictionary entry for \"Nobody In Particular\"\n");
        CliRun misspelt = CliRun.run("actors", "lookup", "Afganistan");
        assertThat(misspelt.exitCode()).isEqualTo(ActorsCommand.NOT_FOUND);
        assertThat(misspelt.err()).isEqualTo("attache: no dictionary entry for \"Afganistan\"; in text tagged as a"
                + " place or people it is read as \"Afghanistan\" (one typing slip)\n");
    }

    @Test
    void extraFilesOverrideTheBundledAndTheConflictsAreSummarisedOrListed() throws IOException {
        Path people = write("more-people.txt",
                "# attache-format: people",
                "person\tImran Khan",
                "role\tPAKTST\t2018-08-18\t2022-04-09\ta test role");
        CliRun run = CliRun.run("actors", "lookup", "Imran Khan", "--date", "2020-03-16", "--actors", people.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Imran Khan (person, more-people.txt:2)\n"
                + "  on 2020-03-16: PAKTST  2018-08-18 to 2022-04-09  a test role  [more-people.txt:3]\n");
        assertThat(run.err()).isEqualTo("attache: actors: loaded more-people.txt (1): 1 entries, 0 lines skipped,"
                + " 0 notes; 1 earlier phrases overridden, 1 of them with a different code (later files win);"
                + " --verbose lists them\n");

        CliRun verbose = CliRun.run("actors", "lookup", "Imran Khan", "--actors", people.toString(), "--verbose");
        assertThat(verbose.err().lines()).hasSize(3);
        assertThat(verbose.err().lines().toList().get(2))
                .startsWith("  conflict \"Imran Khan\": [PAKOPP 1996-04-25..2018-08-17, PAKGOV 2018-08-18..2022-04-10,")
                .endsWith("replaced by [PAKTST 2018-08-18..2022-04-09] (more-people.txt:2)");
    }

    @Test
    void aBadActorsFileIsAUsageError() throws IOException {
        Path notes = write("notes.txt", "nothing to see");
        CliRun run = CliRun.run("actors", "lookup", "Imran Khan", "--actors", notes.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--actors: ").contains("cannot tell the dictionary format");
    }

    @Test
    void listByCountryAndDate() {
        CliRun run = CliRun.run("actors", "list", "--country", "PAK");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).contains("country\tPakistan\tPAK\tcountries.tsv:" + line(run.out(), "country\tPakistan\t"))
                .anyMatch(l -> l.startsWith("person\tImran Khan\tPAKOPP 1996-04-25 to 2018-08-17, PAKGOV 2018-08-18 to 2022-04-10,"));
        assertThat(run.out().lines()).noneMatch(l -> l.contains("\tUSA"));
        assertThat(run.out().lines()).as("armed groups based in the country").anyMatch(l -> l.startsWith("organisation\tPakistani Taliban\tTTP"))
                .noneMatch(l -> l.startsWith("organisation\tTaliban\t"));
        CliRun dated = CliRun.run("actors", "list", "--country", "pak", "--date", "2020-03-16");
        assertThat(dated.out().lines()).anyMatch(l -> l.startsWith("person\tImran Khan\tPAKGOV 2018-08-18 to 2022-04-10\t"))
                .filteredOn(l -> l.startsWith("person\t")).allMatch(l -> l.split("\t")[2].matches("PAK\\w* [^,]+"));
        assertThat(dated.err()).matches("attache: \\d+ entries\n");
    }

    @Test
    void aDatedCapitalIsLookedUpAndListedAsItStoodOnTheDate() {
        CliRun before = CliRun.run("actors", "lookup", "Juba", "--date", "1995-01-01");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).matches("(?s)Juba \\(capital, countries\\.tsv:\\d+\\)\n"
                + "  on 1995-01-01: SDN  until 2011-07-08  a place of SDN before it was the capital  .*");
        assertThat(CliRun.run("actors", "lookup", "Juba", "--date", "2011-07-09").out())
                .contains("on 2011-07-09: SSDGOV  from 2011-07-09  the capital");
        assertThat(CliRun.run("actors", "lookup", "Juba").out())
                .contains("  SDN  until 2011-07-08  ").contains("  SSDGOV  from 2011-07-09  ");
        assertThat(CliRun.run("actors", "list", "--country", "SDN", "--date", "1995-01-01").out().lines())
                .anyMatch(l -> l.startsWith("capital\tJuba\tSDN\t"));
        assertThat(CliRun.run("actors", "list", "--country", "SSD").out().lines())
                .anyMatch(l -> l.startsWith("capital\tJuba\tSDN until 2011-07-08, SSDGOV from 2011-07-09\t"));
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(l.lastIndexOf(':') + 1))
                .orElse("?");
    }

    @Test
    void checkReportsWhatReadingAFileDid() {
        Path validate = SharedData.require("data/gold/petrarch2-PETR.Validate.actors.txt");
        CliRun run = CliRun.run("actors", "check", validate.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("petrarch2-PETR.Validate.actors.txt (tabari-actors): 242 lines: 158 entries"
                + " (115 country, 34 organisation, 9 person), 26 dated roles; 2 lines skipped, 7 notes\n"
                + "  lines: blank 42 comment 22 phrase 159 code 17 marker 0 skipped 2\n");
        assertThat(run.out()).contains("  petrarch2-PETR.Validate.actors.txt:50: null code '---' (not an actor):"
                + " \"Boromir\" not added\n");
    }

    @Test
    void codeWithExtraActorsUsesThemAndSaysSo() throws IOException {
        Path people = write("more-people.txt",
                "# attache-format: people",
                "person\tImran Khan",
                "role\tPAKTST\t2018-08-18\t2022-04-09\ta test role");
        Path article = write("talks.txt", "Date: 2020-03-16", "",
                "Imran Khan met Chinese President Xi Jinping in Beijing on Monday.");
        CliRun run = CliRun.run("code", "--format", "jsonl", "--actors", people.toString(), "--verbose",
                article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("attache: actors: loaded more-people.txt (1): 1 entries")
                .contains("  conflict \"Imran Khan\": ");
        assertThat(run.records()).extracting(r -> r.at("/source/code").asText()).contains("PAKTST");
        JsonNode record = run.records().stream().filter(r -> r.at("/source/code").asText().equals("PAKTST"))
                .findFirst().orElseThrow();
        assertThat(record.at("/source/text").asText()).isEqualTo("Imran Khan");

        CliRun bundled = CliRun.run("code", "--format", "jsonl", article.toString());
        assertThat(bundled.records()).extracting(r -> r.at("/source/code").asText()).contains("PAKGOV")
                .doesNotContain("PAKTST");
    }
}
