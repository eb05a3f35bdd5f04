package org.attache.actors;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The TABARI/PETRARCH reader on small dictionaries written here: formats, date rules, and what it reports. */
class TabariDictionaryReaderTest {

    private static DictionaryImport actors(String... lines) {
        return TabariDictionaryReader.readActors("test.actors.txt", String.join("\n", lines) + "\n");
    }

    private static DictionaryImport agents(String... lines) {
        return TabariDictionaryReader.readAgents("test.agents.txt", String.join("\n", lines) + "\n");
    }

    private static DictionaryEntry entry(DictionaryImport imported, String phrase) {
        return imported.entries().stream().filter(e -> e.phrase().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + phrase + " in " + imported.entries()));
    }

    private static void everyLineAccounted(DictionaryImport imported) {
        ImportReport report = imported.report();
        assertThat(report.unaccountedLines()).isEmpty();
        int sum = 0;
        for (ImportReport.Disposition d : ImportReport.Disposition.values()) {
            sum += report.count(d);
        }
        assertThat(sum).isEqualTo(report.lines());
    }

    @Test
    void primaryPhraseSynonymsAndPlainCodes() {
        DictionaryImport imported = actors(
                "# a comment",
                "AFGHANISTAN_  [AFG]",
                "+AFGHAN_ ",
                "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN",
                "+HELMAND # a province, since it is reported often",
                "",
                "AFGHAN_NATIONAL_SECURITY_FORCES",
                "+ANSF",
                "\t[AFGMIL]",
                "THE_UNITED_NATIONS_ [IGOUNO]",
                "U.S._ [USA]",
                "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]");
        assertThat(imported.entries()).extracting(DictionaryEntry::phrase).containsExactly(
                "Afghanistan", "Afghan", "Islamic Republic of Afghanistan", "Helmand",
                "Afghan National Security Forces", "Ansf", "the United Nations", "U.S.",
                "Aden Abyan Islamic Army ( Aaia )");
        DictionaryEntry afghanistan = entry(imported, "Afghanistan");
        assertThat(afghanistan.kind()).isEqualTo(DictionaryEntry.Kind.COUNTRY);
        assertThat(afghanistan.code()).isEqualTo("AFG");
        assertThat(afghanistan.origin()).isEqualTo("test.actors.txt:2");
        assertThat(entry(imported, "Helmand").origin()).isEqualTo("test.actors.txt:5");
        DictionaryEntry ansf = entry(imported, "Ansf");
        assertThat(ansf.kind()).isEqualTo(DictionaryEntry.Kind.ORGANISATION);
        assertThat(List.of(ansf.code(), ansf.country(), ansf.sector())).containsExactly("AFGMIL", "AFG", "MIL");
        DictionaryEntry un = entry(imported, "the United Nations");
        assertThat(List.of(un.code(), un.country(), un.sector())).containsExactly("IGOUNO", "IGO", "UNO");
        ImportReport report = imported.report();
        assertThat(report.count(ImportReport.Disposition.COMMENT)).isEqualTo(1);
        assertThat(report.count(ImportReport.Disposition.BLANK)).isEqualTo(1);
        assertThat(report.count(ImportReport.Disposition.PHRASE)).isEqualTo(9);
        assertThat(report.count(ImportReport.Disposition.CODE)).isEqualTo(1);
        assertThat(report.skipped()).isEmpty();
        everyLineAccounted(imported);
    }

    @Test
    void namesKeepTheirCaseForTheMatcher() {
        ActorDictionary dictionary = new ActorDictionary();
        actors("KABUL_ [AFG]", "UN_ [IGOUNO]").entries().forEach(dictionary::add);
        ActorMatcher matcher = new ActorMatcher(dictionary);
        assertThat(matcher.match(Sentences.of("Officials", "in", "Kabul", "said"))).hasSize(1);
        assertThat(matcher.match(Sentences.of("KABUL", "—", "officials", "said"))).hasSize(1);
        assertThat(matcher.match(Sentences.of("a", "kabul", "carpet"))).isEmpty();
        assertThat(matcher.match(Sentences.of("the", "UN", "said"))).hasSize(1);
    }

    @Test
    void datedCodesMakeAPersonWithRolesAndADefault() {
        DictionaryImport imported = actors(
                "NAWAZ_SHARIF_  # CountryInfo.txt",
                "+PRIME_MINISTER_NAWAZ_SHARIF",
                "\t[PAKELI 670101-901106]",
                "\t[PAKGOV 901106-930418]",
                "\t[PAKGOV 970217-991012]",
                "\t[PAKGOV >20130605] # third term",
                "\t[PAKELI]");
        DictionaryEntry sharif = entry(imported, "Nawaz Sharif");
        assertThat(sharif.kind()).isEqualTo(DictionaryEntry.Kind.PERSON);
        assertThat(entry(imported, "Prime Minister Nawaz Sharif").roles()).isEqualTo(sharif.roles());
        assertThat(sharif.roles()).hasSize(5);
        assertThat(sharif.roles().get(3).description()).isEqualTo("third term");
        assertThat(sharif.roles().get(2).origin()).isEqualTo("test.actors.txt:5");
        // PETRARCH applies a range from its first day up to the day before its last.
        assertThat(sharif.roleOn(LocalDate.of(1997, 2, 16)).code()).isEqualTo("PAKELI");
        assertThat(sharif.roleOn(LocalDate.of(1997, 2, 17)).code()).isEqualTo("PAKGOV");
        assertThat(sharif.roleOn(LocalDate.of(1999, 10, 11)).code()).isEqualTo("PAKGOV");
        assertThat(sharif.roleOn(LocalDate.of(1999, 10, 12)).code()).isEqualTo("PAKELI");
        // Consecutive ranges hand over on the day the second starts.
        assertThat(sharif.roleOn(LocalDate.of(1990, 11, 5)).code()).isEqualTo("PAKELI");
        assertThat(sharif.roleOn(LocalDate.of(1990, 11, 6)).code()).isEqualTo("PAKGOV");
        // ">D" holds from D on; the default holds whenever no dated code does.
        assertThat(sharif.roleOn(LocalDate.of(2013, 6, 4)).code()).isEqualTo("PAKELI");
        assertThat(sharif.roleOn(LocalDate.of(2013, 6, 5)).code()).isEqualTo("PAKGOV");
        assertThat(sharif.roleOn(LocalDate.of(2005, 1, 1)).code()).isEqualTo("PAKELI");
        assertThat(sharif.roleOn(LocalDate.of(1950, 1, 1)).code()).isEqualTo("PAKELI");
        everyLineAccounted(imported);
    }

    @Test
    void beforeAndAfterRestrictionsWithoutADefault() {
        DictionaryImport imported = actors(
                "GOLLUM  # pas 27 Apr 03",
                "+SMEAGOL",
                "\t[HOB < 950601]",
                "\t[HOBGOV 19950601 - 19990815]",
                "#\t[950601-990815]  incorrect code block check 09.11.18",
                "\t[HOBREB > 990816]");
        DictionaryEntry gollum = entry(imported, "Smeagol");
        assertThat(gollum.roleOn(LocalDate.of(1995, 5, 31)).code()).isEqualTo("HOB");
        assertThat(gollum.roleOn(LocalDate.of(1995, 6, 1)).code()).isEqualTo("HOBGOV");
        assertThat(gollum.roleOn(LocalDate.of(1999, 8, 14)).code()).isEqualTo("HOBGOV");
        assertThat(gollum.roleOn(LocalDate.of(1999, 8, 15))).as("a gap between the ranges").isNull();
        assertThat(gollum.roleOn(LocalDate.of(1999, 8, 16)).code()).isEqualTo("HOBREB");
        assertThat(imported.report().count(ImportReport.Disposition.COMMENT)).isEqualTo(1);
        everyLineAccounted(imported);
    }

    @Test
    void yearsInSixDigitDatesPivotAtThirty() {
        assertThat(TabariDictionaryReader.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(TabariDictionaryReader.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
        assertThat(TabariDictionaryReader.date("19270101")).isEqualTo(LocalDate.of(1927, 1, 1));
    }

    @Test
    void aNullCodedPeriodSuspendsTheDefault() {
        DictionaryImport imported = actors(
                "PRINCE OF DOL AMROTH  ",
                "\t[--- <950630] ",
                "\t[DOL]",
                "BOROMIR  [---]");
        DictionaryEntry prince = entry(imported, "Prince of Dol Amroth");
        assertThat(prince.roleOn(LocalDate.of(1995, 6, 29))).isNull();
        assertThat(prince.roleOn(LocalDate.of(1995, 6, 30)).code()).isEqualTo("DOL");
        assertThat(imported.entries()).extracting(DictionaryEntry::phrase).doesNotContain("Boromir");
        assertThat(imported.report().skipped()).extracting(ImportReport.Issue::describe)
                .containsExactly("test.actors.txt:4: null code '---' (not an actor): \"Boromir\" not added");
        everyLineAccounted(imported);
    }

    @Test
    void badLinesAreReportedWithFileLineAndReason() {
        DictionaryImport imported = actors(
                "<!-- a comment",
                "# spanning lines -->",
                "\t[AFG]",
                "ISILDUR  [+++]",
                "BAN_KI-MOON",
                "\t[IGOUNO >20070101]",
                "\t[KORGOVBUS 2004017-20061201]",
                "GHAZI_AL_YAWER",
                "\t[IRQGOV 040517-040517]",
                "\t[IRQELI]",
                "EX-SOVIET_PRESIDENT_MIKHAIL_GORBACHEV",
                "MIKHAIL_GORBACHEV",
                "\t[RUSGOV 850311-910824]",
                "LIAMINE_Z\u001AROUAL_",
                "\t[DZAGOV 940131-990427]",
                "LORIEN  [ELR/GAL]",
                "PALESTINIAN [pse]",
                "MNEGOV_TEST",
                "\t[MNEGOV 20121204]");
        assertThat(imported.report().skipped()).extracting(ImportReport.Issue::describe).containsExactly(
                "test.actors.txt:3: code line with no phrase before it",
                "test.actors.txt:4: invalid code '+++' (letters and digits, or --- for none); no code for \"Isildur\":"
                        + " none on its line or after it (a synonym without its leading +? PETRARCH gives it no code either)",
                "test.actors.txt:7: bad date in '[KORGOVBUS 2004017-20061201]': '2004017' is neither yymmdd nor"
                        + " yyyymmdd: restriction skipped",
                "test.actors.txt:9: date range '040517-040517' is empty (PETRARCH applies a code from its first day"
                        + " up to the day before its last): restriction skipped",
                "test.actors.txt:11: no code for \"Ex-Soviet President Mikhail Gorbachev\": none on its line or after"
                        + " it (a synonym without its leading +? PETRARCH gives it no code either)",
                "test.actors.txt:14: phrase 'LIAMINE_Z?ROUAL_' holds an undecodable or control character: not added",
                "test.actors.txt:15: code for an entry none of whose phrases could be read");
        assertThat(imported.report().notes()).extracting(ImportReport.Issue::describe).containsExactly(
                "test.actors.txt:16: several codes 'ELR/GAL': only the first, ELR, kept (an Attaché actor has one code)",
                "test.actors.txt:17: lower-case code 'pse' read as PSE",
                "test.actors.txt:19: a date with neither '<', '>' nor a range: '20121204' read as '>20121204' (from"
                        + " that day)");
        assertThat(imported.entries()).extracting(DictionaryEntry::phrase)
                .containsExactly("Ban Ki-Moon", "Ghazi al Yawer", "Mikhail Gorbachev", "Lorien", "Palestinian",
                        "Mnegov Test");
        assertThat(entry(imported, "Ghazi al Yawer").code()).as("its only range was empty").isEqualTo("IRQELI");
        assertThat(entry(imported, "Lorien").code()).isEqualTo("ELR");
        assertThat(entry(imported, "Mnegov Test").roleOn(LocalDate.of(2012, 12, 4)).code()).isEqualTo("MNEGOV");
        everyLineAccounted(imported);
    }

    @Test
    void aPhraseGivenTwiceKeepsBothCodesTheFirstFirst() {
        DictionaryImport imported = actors(
                "PALESTINIAN [PSE]",
                "PALESTINE [PAL]",
                "+PALESTINIAN",
                "ABDUL_ALI_",
                "\t[AFGGOV 030101-040930]",
                "ABDUL_ALI_",
                "\t[IRQGOV 050101-060101]");
        assertThat(entry(imported, "Palestinian").code()).isEqualTo("PSE");
        DictionaryEntry ali = entry(imported, "Abdul Ali");
        assertThat(ali.roleOn(LocalDate.of(2003, 6, 1)).code()).isEqualTo("AFGGOV");
        assertThat(ali.roleOn(LocalDate.of(2005, 6, 1)).code()).isEqualTo("IRQGOV");
        assertThat(imported.report().notes()).extracting(ImportReport.Issue::line).contains(3, 6);
        everyLineAccounted(imported);
    }

    @Test
    void agentsWithPluralsMarkersAndPrefixCodes() {
        DictionaryImport imported = agents(
                "<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->",
                "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",
                "!MINST! = MINISTER, MINISTRY",
                "AMBASSADOR [~GOV] # LRP 02 Jun 2004",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]",
                "POLICE {} [ ~COP]",
                "CONGRESS!PERSON! [~LEG]",
                "!MINST!_OF_SILLY_WALKS [~GOV]",
                "ENVOY [~GOV]",
                "AUTHORITY  [~GOV]",
                "HUMAN_RIGHTS_BODY  [NGO~]",
                "DEPARMENT_OF_ENVIRONMENT [~ENV}",
                "ISLAMIC_EXTREMIST",
                "CLERGY!PRIEST! [~REL]",
                "FOREIGN_MINISTER [~GOVFRM]");
        assertThat(imported.entries()).extracting(e -> e.phrase() + "=" + e.sector()).containsExactly(
                "ambassador=GOV", "ambassadors=GOV", "attorney general=GOV", "attorneys general=GOV", "police=COP",
                "congressman=LEG", "congressmen=LEG", "congresswoman=LEG", "congresswomen=LEG", "congressperson=LEG",
                "minister of silly walks=GOV", "ministry of silly walks=GOV", "envoy=GOV", "envoys=GOV",
                "authority=GOV", "authorities=GOV", "human rights body=NGO", "human rights bodies=NGO",
                "deparment of environment=ENV", "deparment of environments=ENV", "foreign minister=GOVFRM",
                "foreign ministers=GOVFRM");
        assertThat(imported.entries()).allMatch(e -> e.kind() == DictionaryEntry.Kind.SECTOR);
        ImportReport report = imported.report();
        assertThat(report.count(ImportReport.Disposition.MARKER)).isEqualTo(2);
        assertThat(report.skipped()).extracting(ImportReport.Issue::describe).containsExactly(
                "test.agents.txt:13: agent without a code ([~CODE])",
                "test.agents.txt:14: substitution marker !PRIEST! is not defined above this line");
        assertThat(report.notes()).extracting(ImportReport.Issue::describe).containsExactly(
                "test.agents.txt:11: prefix agent 'NGO~' read as the sector NGO (PETRARCH puts it before the country"
                        + " code, Attaché after)",
                "test.agents.txt:12: code closed with '}' instead of ']'");
        everyLineAccounted(imported);
    }

    @Test
    void agentsCombineWithACountryInTheResolver() {
        ActorDictionary dictionary = new ActorDictionary();
        actors("PAKISTAN [PAK]").entries().forEach(dictionary::add);
        agents("FOREIGN_MINISTER [~GOVFRM]").entries().forEach(dictionary::add);
        List<ActorMention> mentions = new ActorMatcher(dictionary)
                .match(Sentences.of("Pakistan", "'s", "foreign", "minister", "spoke"));
        assertThat(mentions).extracting(m -> m.entries().get(0).kind())
                .containsExactly(DictionaryEntry.Kind.COUNTRY, DictionaryEntry.Kind.SECTOR);
    }
}
