package org.attache.actors;

import org.attache.evaluation.CountryCodes;
import org.attache.events.EventActor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled organisations dictionary: armed groups with their base countries, bodies, and no name under two codes. */
class OrganisationsDictionaryTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.bundled();
    private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);
    private static final CountryCodes COUNTRIES = CountryCodes.bundled();

    private static List<String> codes(String... words) {
        return MATCHER.match(Sentences.of(words)).stream().map(m -> m.entries().get(0).code()).toList();
    }

    /** The organisation a name stands for, as "CODE SECTOR BASE", BASE being the country the evaluation reads it as. */
    private static String coded(String name) {
        List<DictionaryEntry> entries = DICTIONARY.lookup(name).stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.ORGANISATION).toList();
        assertThat(entries).as(name).hasSize(1);
        DictionaryEntry e = entries.get(0);
        String base = COUNTRIES.coded(new EventActor(name, e.code(), e.country(), e.sector(), 0, 1, "dictionary"));
        return e.code() + " " + e.sector() + " " + base;
    }

    @Test
    void armedGroupsAndMovementsHaveTheirCodeSectorAndBaseCountry() {
        Map<String, String> expected = new HashMap<>();
        expected.put("Karen National Union", "KNU REB MMR");
        expected.put("Kachin Independence Army", "KIO REB MMR");
        expected.put("United Wa State Army", "UWS REB MMR");
        expected.put("Provisional IRA", "PIR INS GBR");
        expected.put("ETA militants", "ETA INS ESP");
        expected.put("Shining Path", "SHP REB PER");
        expected.put("Sendero Luminoso", "SHP REB PER");
        expected.put("EZLN", "EZL REB MEX");
        expected.put("Contras", "CTR REB NIC");
        expected.put("FMLN", "FML REB SLV");
        expected.put("Sudan People's Liberation Army", "SPL REB SSD");
        expected.put("SPLM-N", "SPN REB SDN");
        expected.put("Justice and Equality Movement", "JEQ REB SDN");
        expected.put("Janjaweed", "JJW INS SDN");
        expected.put("FDLR", "FDL REB COD");
        expected.put("Allied Democratic Forces", "ADL INS COD");
        expected.put("Seleka", "SLK REB CAF");
        expected.put("anti-Balaka", "ABL REB CAF");
        expected.put("Ansar Dine", "ADN INS MLI");
        expected.put("Islamic State Sinai Province", "SIN INS EGY");
        expected.put("Renamo", "RNM REB MOZ");
        expected.put("LURD", "LRD REB LBR");
        expected.put("Kosovo Liberation Army", "KLA REB XKX");
        expected.put("Caucasus Emirate", "CHR REB RUS");
        expected.put("Donetsk People's Republic", "DNR REB UKR");
        expected.put("Transnistria", "TRN REB MDA");
        expected.put("South Ossetia", "SOS REB GEO");
        expected.put("Hezb-e-Islami", "HIG INS AFG");
        expected.put("Free Aceh Movement", "GAM REB IDN");
        expected.put("ULFA", "ULF REB IND");
        expected.put("Naxalites", "NXL REB IND");
        expected.put("Mujahedin-e Khalq", "MEK OPP IRN");
        expected.put("Free Syrian Army", "FSA REB SYR");
        expected.put("Asaib Ahl al-Haq", "AAH INS IRQ");
        expected.put("al-Aqsa Martyrs' Brigades", "AMB INS PSE");
        expected.put("Ogaden National Liberation Front", "ONL REB ETH");
        expected.put("Fano", "FNO REB ETH");
        expected.put("IPOB", "IPB REB NGA");
        expected.put("DHKP-C", "DHK INS TUR");
        expected.put("Hizb ut-Tahrir", "HUT OPP IMG");
        // state forces and criminal organisations are their country's
        expected.put("peshmerga", "IRQMIL MIL IRQ");
        expected.put("Hashd al-Shaabi", "IRQMIL MIL IRQ");
        expected.put("Sinaloa cartel", "MEXCRM CRM MEX");
        // international bodies
        expected.put("SADC", "IGOSAD IGO IGO");
        expected.put("Mercosur", "IGOMRC IGO IGO");
        expected.put("KFOR", "IGONAT IGO IGO");
        Map<String, String> actual = new HashMap<>();
        expected.keySet().forEach(name -> actual.put(name, coded(name)));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void namesAreMatchedInTextWithTheirCase() {
        assertThat(codes("the", "Karen", "National", "Union", "and", "the", "KNLA")).containsExactly("KNU", "KNL");
        assertThat(codes("the", "CPI", "(", "Maoist", ")")).containsExactly("NXL");
        assertThat(codes("the", "DHKP", "/", "C")).containsExactly("DHK");
        assertThat(codes("al-Aqsa", "Martyrs", "'", "Brigades")).containsExactly("AMB");
        assertThat(codes("Nepal", "'s", "Maoists")).containsExactly("NPM");
        assertThat(codes("the", "Uganda", "People", "'s", "Defence", "Force")).as("not Myanmar's PDF").containsExactly("UGAMIL");
        assertThat(codes("People", "'s", "Defence", "Force")).containsExactly("PDM");
        assertThat(codes("Islamic", "State", "in", "Libya")).containsExactly("ISB");
        assertThat(codes("Ansar", "al-Sharia", "in", "Tunisia")).containsExactly("AST");
        assertThat(codes("ETA", "separatists", "and", "ETA", "visas")).as("bare ETA is also an arrival time or a visa")
                .containsExactly("ETA");
        assertThat(codes("the", "AQI", "and", "the", "TRF")).as("air quality index, Thomson Reuters Foundation").isEmpty();
        assertThat(codes("the", "IRA", "and", "the", "KIA", "and", "the", "ADF")).as("left out as ambiguous").isEmpty();
        assertThat(codes("the", "Sea", "of", "Azov")).isEmpty();
    }

    @Test
    void eachNameBelongsToOneEntry() {
        Map<List<String>, Set<String>> codesByName = new HashMap<>();
        for (DictionaryEntry entry : DICTIONARY.entries()) {
            if (entry.kind() != DictionaryEntry.Kind.SECTOR) {
                codesByName.computeIfAbsent(PhraseTokens.split(entry.phrase()), k -> new TreeSet<>())
                        .add(entry.kind() + " " + DictionaryConflict.codes(entry));
            }
        }
        List<String> shared = new ArrayList<>();
        for (DictionaryEntry entry : DICTIONARY.entries()) {
            Set<String> codes = codesByName.get(PhraseTokens.split(entry.phrase()));
            if (entry.kind() == DictionaryEntry.Kind.ORGANISATION && codes.size() > 1) {
                shared.add(entry.phrase() + " " + codes);
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void loadingTheFileOverTheBundledDictionariesReportsNoConflicts() throws IOException {
        String text;
        try (InputStream in = ActorDictionary.class.getResourceAsStream("/org/attache/actors/organisations.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DictionaryImport imported = DictionaryFiles.read("organisations.tsv", DictionaryFormat.ORGANISATIONS, text);
        assertThat(imported.report().skipped()).isEmpty();
        DictionaryLoad load = ActorDictionary.bundled().addOverriding(imported);
        assertThat(load.conflicts()).extracting(DictionaryConflict::describe).isEmpty();
    }

    @Test
    void groupCodesAreNotCountryCodes() {
        Set<String> countries = new TreeSet<>();
        DICTIONARY.entries().stream().filter(e -> e.kind() == DictionaryEntry.Kind.COUNTRY)
                .forEach(e -> countries.add(e.country()));
        Set<String> clashes = new TreeSet<>();
        for (DictionaryEntry e : DICTIONARY.entries()) {
            boolean group = e.kind() == DictionaryEntry.Kind.ORGANISATION
                    && Set.of("IGO", "NGO", "INS", "REB", "OPP").contains(e.sector());
            if (group && countries.contains(e.country())) {
                clashes.add(e.code());
            }
        }
        // ISL (Islamic State) predates this rule; Iceland's ISL is told apart by the group's INS sector
        assertThat(clashes).containsExactly("ISL");
    }

    @Test
    void armedGroupsAndMovementsAreListedByTheHundred() {
        long groups = DICTIONARY.entries().stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.ORGANISATION)
                .filter(e -> Set.of("INS", "REB", "OPP").contains(e.sector()))
                .map(DictionaryEntry::code).distinct().count();
        assertThat(groups).isGreaterThanOrEqualTo(240);
    }
}
