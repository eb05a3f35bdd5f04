package org.attache.actors;

import org.attache.nlp.ParsedSentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorDictionaryTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.bundled();
    private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);

    private static List<String> matched(ParsedSentence s) {
        return MATCHER.match(s).stream()
                .map(m -> m.entries().get(0).kind() + ":" + (m.entries().get(0).code() != null ? m.entries().get(0).code()
                        : m.entries().get(0).sector() != null ? m.entries().get(0).sector() : m.entries().get(0).phrase()))
                .toList();
    }

    @Test
    void everyUnMemberStateIsThere() {
        long countries = DICTIONARY.entries().stream().filter(e -> e.kind() == DictionaryEntry.Kind.COUNTRY)
                .map(DictionaryEntry::country).distinct().count();
        assertThat(countries).isGreaterThanOrEqualTo(193);
    }

    @Test
    void longestPhraseWinsAndCaseMatters() {
        assertThat(matched(Sentences.of("the", "United", "States", "told", "us")))
                .containsExactly("COUNTRY:USA");
        assertThat(matched(Sentences.of("the", "US", "and", "Pakistani", "officials", "in", "Islamabad")))
                .containsExactly("COUNTRY:USA", "DEMONYM:PAK", "SECTOR:GOV", "CAPITAL:PAKGOV");
        assertThat(matched(Sentences.of("roast", "turkey"))).isEmpty();
        assertThat(matched(Sentences.of("Pakistan", "’s", "army"))).containsExactly("COUNTRY:PAK", "SECTOR:MIL");
    }

    @Test
    void aRankBeforeANameIsAMilitaryTitleButGeneralInRunningTextAndCivilianGeneralsAreNot() {
        assertThat(matched(Sentences.of("General", "Dupont", "spoke"))).containsExactly("SECTOR:MIL");
        assertThat(matched(Sentences.of("Lt.", "Gen.", "Dupont"))).containsExactly("SECTOR:MIL");
        assertThat(matched(Sentences.of("a", "general", "strike"))).isEmpty();
        assertThat(matched(Sentences.of("Secretary", "General", "Dupont"))).containsExactly("SECTOR:GOV");
        assertThat(matched(Sentences.of("Attorney", "General", "Dupont"))).containsExactly("SECTOR:JUD");
    }

    @Test
    void pluralPossessiveInANameIsSplitAsTheParserSplitsIt() {
        assertThat(PhraseTokens.split("Kurdistan Workers' Party")).containsExactly("kurdistan", "workers", "'", "party");
        assertThat(matched(Sentences.of("the", "Kurdistan", "Workers", "'", "Party"))).contains("ORGANISATION:PKK");
    }

    @Test
    void theCountryThatLedAForceNamesIt() {
        assertThat(matched(Sentences.of("US-led", "forces"))).containsExactly("COUNTRY:USA", "SECTOR:MIL");
        assertThat(matched(Sentences.of("Saudi-led", "coalition"))).startsWith("DEMONYM:SAU");
        assertThat(matched(Sentences.of("us-led", "forces"))).containsExactly("SECTOR:MIL");
    }

    @Test
    void rolesAreChosenByDateIncludingHandoverDays() {
        DictionaryEntry imranKhan = person("Imran Khan");
        assertThat(imranKhan.roleOn(LocalDate.of(2020, 3, 16)).code()).isEqualTo("PAKGOV");
        assertThat(imranKhan.roleOn(LocalDate.of(2023, 1, 1)).code()).isEqualTo("PAKOPP");
        DictionaryEntry trump = person("Trump");
        assertThat(trump.roleOn(LocalDate.of(2018, 6, 1)).code()).isEqualTo("USAGOV");
        assertThat(trump.roleOn(LocalDate.of(2022, 6, 1)).code()).isNotEqualTo("USAGOV");
        assertThat(trump.roleOn(LocalDate.of(2025, 1, 20)).code()).isEqualTo("USAGOV");
        assertThat(trump.roleOn(LocalDate.of(2021, 1, 20)).code()).isNotEqualTo("USAGOV");
    }

    private static DictionaryEntry person(String name) {
        return DICTIONARY.entries().stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.PERSON && e.phrase().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + name));
    }

    @Test
    void trieFindsAllPhrasesStartingAtAPosition() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add(List.of("united", "states"), "USA");
        trie.add(List.of("united", "nations"), "UN");
        trie.add(List.of("united"), "adjective");
        assertThat(trie.matchesAt(List.of("the", "united", "states", "army"), 1))
                .extracting(PhraseTrie.Match::end).containsExactly(2, 3);
        assertThat(trie.exact(List.of("united", "nations"))).containsExactly("UN");
    }
}
