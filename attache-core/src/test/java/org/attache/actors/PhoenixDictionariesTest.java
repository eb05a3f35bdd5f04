package org.attache.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer on the real Phoenix dictionaries and PETRARCH's validation dictionaries (../shared): every line is
 * parsed or reported, with the exact counts these files give, and known entries resolve as the files say.
 */
class PhoenixDictionariesTest {

    private static DictionaryImport read(String relative) throws IOException {
        return DictionaryFiles.read(SharedDictionaries.require(relative));
    }

    private static DictionaryEntry entry(DictionaryImport imported, String phrase) {
        return imported.entries().stream().filter(e -> e.phrase().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + phrase));
    }

    /** Lines by disposition: blank, comment, phrase, code, marker, skipped; they add up to the file's lines. */
    private static void lines(DictionaryImport imported, int total, int... byDisposition) {
        ImportReport report = imported.report();
        assertThat(report.lines()).isEqualTo(total);
        assertThat(report.unaccountedLines()).as("lines with no disposition").isEmpty();
        int[] counts = new int[ImportReport.Disposition.values().length];
        for (ImportReport.Disposition d : ImportReport.Disposition.values()) {
            counts[d.ordinal()] = report.count(d);
        }
        assertThat(counts).containsExactly(byDisposition);
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(total);
        assertThat(report.skipped()).hasSize(report.count(ImportReport.Disposition.SKIPPED))
                .allSatisfy(issue -> assertThat(issue.reason()).isNotBlank());
    }

    private static Map<DictionaryEntry.Kind, Integer> kinds(Object... kindsAndCounts) {
        Map<DictionaryEntry.Kind, Integer> map = new java.util.EnumMap<>(DictionaryEntry.Kind.class);
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            map.put((DictionaryEntry.Kind) kindsAndCounts[i], (Integer) kindsAndCounts[i + 1]);
        }
        return map;
    }

    @Test
    void phoenixCountries() throws IOException {
        DictionaryImport imported = read(SharedDictionaries.PHOENIX + "Phoenix.Countries.actors.txt");
        assertThat(imported.format()).isEqualTo(DictionaryFormat.TABARI_ACTORS);
        lines(imported, 54_526, 317, 118, 25_840, 28_156, 0, 95);
        ImportReport report = imported.report();
        assertThat(report.entries()).isEqualTo(25_771);
        assertThat(report.entriesByKind()).isEqualTo(kinds(DictionaryEntry.Kind.COUNTRY, 4_929,
                DictionaryEntry.Kind.ORGANISATION, 665, DictionaryEntry.Kind.PERSON, 20_177));
        assertThat(report.roles()).isEqualTo(34_210);
        assertThat(report.notes()).hasSize(576);
        assertThat(report.skipped()).extracting(ImportReport.Issue::describe).contains(
                "Phoenix.Countries.actors.txt:2039: bad date in '[ARMUNR 9008223-911221]': '9008223' is neither"
                        + " yymmdd nor yyyymmdd: restriction skipped",
                "Phoenix.Countries.actors.txt:11234: phrase 'COTE_D\uFFFDIVOIRE_' holds an undecodable or control"
                        + " character: not added");
        assertThat(report.skipped()).anySatisfy(issue -> assertThat(issue.describe()).startsWith(
                "Phoenix.Countries.actors.txt:39487: no code for \"Ex-Soviet President Mikhail Gorbachev\""));

        DictionaryEntry afghanistan = entry(imported, "Afghanistan");
        assertThat(afghanistan.kind()).isEqualTo(DictionaryEntry.Kind.COUNTRY);
        assertThat(afghanistan.code()).isEqualTo("AFG");
        assertThat(afghanistan.origin()).isEqualTo("Phoenix.Countries.actors.txt:45");

        // NAWAZ_SHARIF [PAKGOV 970217-991012] ... [PAKELI]: the role is chosen by date, the range's last day excluded.
        DictionaryEntry sharif = entry(imported, "Nawaz Sharif");
        assertThat(sharif.kind()).isEqualTo(DictionaryEntry.Kind.PERSON);
        assertThat(sharif.roleOn(LocalDate.of(1997, 2, 16)).code()).isEqualTo("PAKELI");
        assertThat(sharif.roleOn(LocalDate.of(1997, 2, 17)).code()).isEqualTo("PAKGOV");
        assertThat(sharif.roleOn(LocalDate.of(1997, 2, 17)).origin()).isEqualTo("Phoenix.Countries.actors.txt:36087");
        assertThat(sharif.roleOn(LocalDate.of(1999, 10, 11)).code()).isEqualTo("PAKGOV");
        assertThat(sharif.roleOn(LocalDate.of(1999, 10, 12)).code()).isEqualTo("PAKELI");
        assertThat(sharif.roleOn(LocalDate.of(2013, 6, 5)).code()).isEqualTo("PAKGOV");
        assertThat(entry(imported, "Prime Minister Sharif").roles()).isEqualTo(sharif.roles());

        DictionaryEntry karzai = entry(imported, "Karzai");
        assertThat(karzai.roleOn(LocalDate.of(2001, 12, 21)).code()).isEqualTo("AFGELI");
        assertThat(karzai.roleOn(LocalDate.of(2001, 12, 22)).code()).isEqualTo("AFGGOV");

        // What the issue says of Phoenix: no head-of-government role for Imran Khan.
        DictionaryEntry imranKhan = entry(imported, "Imran Khan");
        assertThat(imranKhan.roleOn(LocalDate.of(2020, 3, 16)).code()).isEqualTo("PAKGOVLEG");

        // A place with dated codes is a country with its current code.
        DictionaryEntry armenia = entry(imported, "Armenia");
        assertThat(armenia.kind()).isEqualTo(DictionaryEntry.Kind.COUNTRY);
        assertThat(armenia.code()).isEqualTo("ARM");
        assertThat(armenia.roles()).extracting(DatedRole::code).containsExactly("USRARM", "ARM");
    }

    @Test
    void phoenixInternationalAndNonStateActors() throws IOException {
        DictionaryImport international = read(SharedDictionaries.PHOENIX + "Phoenix.International.actors.txt");
        lines(international, 8_013, 22, 37, 7_905, 46, 0, 3);
        assertThat(international.report().entriesByKind()).isEqualTo(kinds(DictionaryEntry.Kind.ORGANISATION, 6_399,
                DictionaryEntry.Kind.PERSON, 350));
        assertThat(international.report().roles()).isEqualTo(360);
        assertThat(international.report().skipped()).extracting(ImportReport.Issue::line).containsExactly(40, 266, 3694);
        DictionaryEntry ban = entry(international, "Ban Ki-Moon");
        assertThat(ban.roleOn(LocalDate.of(2006, 12, 31))).as("the KORGOVBUS line has a bad date").isNull();
        assertThat(ban.roleOn(LocalDate.of(2007, 1, 1)).code()).isEqualTo("IGOUNO");
        DictionaryEntry iaea = entry(international, "Iaea");
        assertThat(List.of(iaea.code(), iaea.country(), iaea.sector())).containsExactly("IGOUNOIAE", "IGO", "UNOIAE");

        DictionaryImport nonState = read(SharedDictionaries.PHOENIX + "Phoenix.MilNonState.actors.txt");
        lines(nonState, 2_733, 877, 57, 1_793, 6, 0, 0);
        assertThat(nonState.report().entriesByKind()).isEqualTo(kinds(DictionaryEntry.Kind.COUNTRY, 4,
                DictionaryEntry.Kind.ORGANISATION, 1_770, DictionaryEntry.Kind.PERSON, 5));
        assertThat(nonState.report().notes()).hasSize(17);
        assertThat(entry(nonState, "Boko Haram").code()).isEqualTo("NGAREB");
        assertThat(entry(nonState, "Aden Abyan Islamic Army ( Aaia )").code()).isEqualTo("YEMREB");
    }

    @Test
    void phoenixAgents() throws IOException {
        DictionaryImport agents = read(SharedDictionaries.PHOENIX + "Phoenix.agents.txt");
        assertThat(agents.format()).isEqualTo(DictionaryFormat.TABARI_AGENTS);
        lines(agents, 2_369, 45, 77, 2_236, 0, 2, 9);
        assertThat(agents.report().entriesByKind()).isEqualTo(kinds(DictionaryEntry.Kind.SECTOR, 5_112));
        assertThat(agents.report().notes()).hasSize(23);
        assertThat(agents.report().skippedByReason()).containsEntry("agent without a code ([~CODE])", 1)
                .containsEntry("every phrase of this line is given again later in the file, which wins", 8);
        assertThat(entry(agents, "government").sector()).isEqualTo("GOV");
        assertThat(entry(agents, "governments").sector()).isEqualTo("GOV");
        assertThat(entry(agents, "clergyman").sector()).isEqualTo("REL");
    }

    @Test
    void petrarchValidationDictionaries() throws IOException {
        DictionaryImport actors = read(SharedDictionaries.GOLD + "petrarch2-PETR.Validate.actors.txt");
        lines(actors, 242, 42, 22, 159, 17, 0, 2);
        assertThat(actors.report().entriesByKind()).isEqualTo(kinds(DictionaryEntry.Kind.COUNTRY, 115,
                DictionaryEntry.Kind.ORGANISATION, 34, DictionaryEntry.Kind.PERSON, 9));
        assertThat(actors.report().roles()).isEqualTo(26);
        assertThat(actors.report().skipped()).extracting(ImportReport.Issue::describe).containsExactly(
                "petrarch2-PETR.Validate.actors.txt:50: null code '---' (not an actor): \"Boromir\" not added",
                "petrarch2-PETR.Validate.actors.txt:112: invalid code '+++' (letters and digits, or --- for none);"
                        + " no code for \"Isildur\": none on its line or after it (a synonym without its leading +?"
                        + " PETRARCH gives it no code either)");
        // SAM_GAMGEE [HOB] with five dated codes, one inside another ("This should override the next restriction").
        DictionaryEntry sam = entry(actors, "Sam Gamgee");
        assertThat(sam.roleOn(LocalDate.of(2008, 1, 19)).code()).isEqualTo("HOBCIV");
        assertThat(sam.roleOn(LocalDate.of(2008, 1, 20)).code()).isEqualTo("HOBMIL");
        assertThat(sam.roleOn(LocalDate.of(2010, 1, 10)).code()).isEqualTo("ORCHOB");
        assertThat(sam.roleOn(LocalDate.of(2010, 1, 12)).code()).isEqualTo("HOBMIL");
        assertThat(sam.roleOn(LocalDate.of(2012, 11, 9)).code()).isEqualTo("HOBGOV");
        assertThat(sam.roleOn(LocalDate.of(2013, 1, 19)).code()).isEqualTo("HOBELI");
        assertThat(entry(actors, "Zimbabwe").code()).isEqualTo("ZBW");
        assertThat(entry(actors, "Zimbabwe").roleOn(LocalDate.of(1979, 6, 5)).code()).isEqualTo("RHO");

        DictionaryImport agents = read(SharedDictionaries.GOLD + "petrarch2-PETR.Validate.agents.txt");
        lines(agents, 98, 4, 4, 88, 0, 2, 0);
        assertThat(agents.report().entriesByKind()).isEqualTo(kinds(DictionaryEntry.Kind.SECTOR, 165));
        assertThat(agents.report().notes()).hasSize(3);
        assertThat(entry(agents, "congresswomen").sector()).isEqualTo("LEG");
        assertThat(entry(agents, "golden geese").sector()).isEqualTo("GGS");
    }

    @Test
    void allPhoenixFilesLoadOverTheBundledDictionariesAndResolveByDate() throws IOException {
        List<Path> files = List.of(
                SharedDictionaries.require(SharedDictionaries.PHOENIX + "Phoenix.Countries.actors.txt"),
                SharedDictionaries.require(SharedDictionaries.PHOENIX + "Phoenix.International.actors.txt"),
                SharedDictionaries.require(SharedDictionaries.PHOENIX + "Phoenix.MilNonState.actors.txt"),
                SharedDictionaries.require(SharedDictionaries.PHOENIX + "Phoenix.agents.txt"));
        ActorDictionary bundled = ActorDictionary.bundled();
        ActorDictionary dictionary = ActorDictionary.bundledWith(files);
        assertThat(dictionary.loads()).hasSize(4);
        int imported = dictionary.loads().stream().mapToInt(l -> l.imported().entries().size()).sum();
        int replaced = dictionary.loads().stream().mapToInt(DictionaryLoad::replaced).sum();
        assertThat(imported).isEqualTo(25_771 + 6_749 + 1_779 + 5_112);
        assertThat(dictionary.entries()).hasSize(bundled.entries().size() + imported - replaced);
        assertThat(dictionary.trie().size()).isEqualTo(dictionary.entries().size());
        // The bundled "Kabul" (a capital, AFGGOV) gives way to Phoenix's (AFG), and the change is a conflict.
        assertThat(dictionary.lookup("Kabul")).extracting(DictionaryConflict::codes).containsExactly("AFG");
        assertThat(dictionary.loads().get(0).conflicts()).anySatisfy(c -> assertThat(c.describe())
                .isEqualTo("\"Kabul\": AFGGOV (countries.tsv:22) replaced by AFG (Phoenix.Countries.actors.txt:62)"));

        ActorResolver resolver = new ActorResolver(new ActorMatcher(dictionary), LocalDate.of(1998, 5, 28));
        resolver.startSentence(Sentences.of("Nawaz", "Sharif", "addressed", "Armenian", "troops"));
        ResolvedActor sharif = resolver.resolve(1);
        assertThat(sharif.actor().code()).isEqualTo("PAKGOV");
        assertThat(sharif.actor().origin()).isEqualTo("Phoenix.Countries.actors.txt:36087");
        ActorResolver later = new ActorResolver(new ActorMatcher(dictionary), LocalDate.of(2005, 1, 1));
        later.startSentence(Sentences.of("Nawaz", "Sharif", "spoke"));
        assertThat(later.resolve(1).actor().code()).isEqualTo("PAKELI");
    }
}
