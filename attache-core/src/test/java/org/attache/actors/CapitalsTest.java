package org.attache.actors;

import org.attache.places.Gazetteer;
import org.attache.places.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Capitals stand for their government only while they are capitals, and a shared name reads by the story. */
class CapitalsTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.bundled();
    private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final LocalDate NINETIES = LocalDate.of(1995, 6, 1);

    @Test
    void tenureReadsFromUntilAndBeforeInAnyOrder() {
        CapitalTenure juba = CapitalTenure.named("Juba (from 2011-07-09, before SDN)").tenure();
        assertThat(CapitalTenure.named("Juba (from 2011-07-09, before SDN)").name()).isEqualTo("Juba");
        assertThat(juba.capitalOn(LocalDate.of(2011, 7, 8))).isFalse();
        assertThat(juba.capitalOn(LocalDate.of(2011, 7, 9))).isTrue();
        assertThat(juba.capitalOn(null)).isTrue();
        assertThat(juba.countryOn(LocalDate.of(2011, 7, 8), "SSD")).isEqualTo("SDN");
        assertThat(juba.countryOn(LocalDate.of(2011, 7, 9), "SSD")).isEqualTo("SSD");

        CapitalTenure almaty = CapitalTenure.parse("until 1997-12-09; from 1991-12-16");
        assertThat(almaty.capitalOn(LocalDate.of(1991, 12, 15))).isFalse();
        assertThat(almaty.capitalOn(LocalDate.of(1997, 12, 9))).isTrue();
        assertThat(almaty.capitalOn(LocalDate.of(1997, 12, 10))).isFalse();
        assertThat(almaty.capitalOn(null)).isFalse();
        // with no "before", a place that was no capital yet is still its own country's
        assertThat(almaty.countryOn(LocalDate.of(1990, 1, 1), "KAZ")).isEqualTo("KAZ");

        assertThat(CapitalTenure.named("Kabul").tenure()).isEqualTo(CapitalTenure.ALWAYS);
        assertThat(CapitalTenure.parse("")).isEqualTo(CapitalTenure.ALWAYS);
    }

    @Test
    void aTenureThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> CapitalTenure.parse("since 2011-07-09")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapitalTenure.parse("from 9 July 2011")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapitalTenure.parse("before SDN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapitalTenure.parse("from 2011-07-09, until 2001-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCapitalIsTheGovernmentOnlyWhileItIsOne() {
        assertThat(code("Juba", NINETIES)).isEqualTo("SDN");
        assertThat(code("Juba", LocalDate.of(2012, 1, 1))).isEqualTo("SSDGOV");
        assertThat(code("Juba", null)).isEqualTo("SSDGOV");
        assertThat(code("Asmara", LocalDate.of(1990, 1, 1))).isEqualTo("ETH");
        assertThat(code("Asmara", NINETIES)).isEqualTo("ERIGOV");
        // a former capital is still a place of its country
        assertThat(code("Lagos", LocalDate.of(1985, 1, 1))).isEqualTo("NGAGOV");
        assertThat(code("Lagos", NINETIES)).isEqualTo("NGA");
        assertThat(code("Abuja", LocalDate.of(1985, 1, 1))).isEqualTo("NGA");
        assertThat(code("Bonn", LocalDate.of(1985, 1, 1))).isEqualTo("DEUGOV");
        assertThat(code("Bonn", LocalDate.of(2005, 1, 1))).isEqualTo("DEU");
        // before its state, a capital whose territory had its own name is a place of it
        assertThat(code("Dili", LocalDate.of(1999, 9, 1))).isEqualTo("TLS");
        assertThat(code("Dili", LocalDate.of(2006, 5, 1))).isEqualTo("TLSGOV");
        // undated capitals are the government on every date
        assertThat(code("Kabul", LocalDate.of(1980, 1, 1))).isEqualTo("AFGGOV");
    }

    @Test
    void theResolverCodesACapitalAsItWasOnTheArticlesDate() {
        ActorResolver nineties = new ActorResolver(MATCHER, GAZETTEER, NINETIES);
        nineties.startSentence(Sentences.of("rockets", "hit", "Juba"));
        assertThat(nineties.resolve(2).actor().code()).isEqualTo("SDN");
        ActorResolver later = new ActorResolver(MATCHER, GAZETTEER, LocalDate.of(2014, 1, 1));
        later.startSentence(Sentences.of("rockets", "hit", "Juba"));
        assertThat(later.resolve(2).actor().code()).isEqualTo("SSDGOV");
    }

    @Test
    void aCapitalSharingItsNameIsTheOtherCountrysPlaceWhenOnlyThatCountryIsNamed() {
        assertThat(lastWord("shells", "hit", "Tripoli")).isEqualTo("LBYGOV");
        assertThat(lastWord("Lebanese", "gunmen", "fought", "in", "Tripoli")).isEqualTo("LBN");
        // a place of the other country names it too
        assertThat(lastWord("from", "Beirut", "to", "Tripoli")).isEqualTo("LBN");
        // the capital's own country named as well: the capital
        assertThat(lastWord("Lebanese", "and", "Libyan", "envoys", "met", "in", "Tripoli")).isEqualTo("LBYGOV");
        // a third country tells nothing
        assertThat(lastWord("Italian", "envoys", "arrived", "in", "Tripoli")).isEqualTo("LBYGOV");
    }

    @Test
    void theGazetteerListsTheCapitalFirstAndPrefersTheStorysCountry() {
        Gazetteer.PlaceMention tripoli = GAZETTEER.match(Sentences.of("Tripoli"), NINETIES).get(0);
        assertThat(tripoli.places()).extracting(Place::country).containsExactly("LBY", "LBN");
        assertThat(tripoli.preferring(java.util.Set.of()).country()).isEqualTo("LBY");
        assertThat(tripoli.preferring(java.util.Set.of("LBN")).country()).isEqualTo("LBN");
        Place juba = GAZETTEER.match(Sentences.of("Juba"), NINETIES).get(0).places().get(0);
        assertThat(juba.country() + " " + juba.kind()).isEqualTo("SDN city");
    }

    @Test
    void aCapitalsNameInsideALongerPlaceNameOfAnotherCountryIsThatPlace() {
        ActorResolver resolver = new ActorResolver(MATCHER, GAZETTEER, NINETIES);
        resolver.startSentence(Sentences.of("insurgents", "seized", "Mocímboa", "da", "Praia"));
        ResolvedActor town = resolver.resolve(4);
        assertThat(town.actor().code()).isEqualTo("MOZ");
        assertThat(town.startToken()).isEqualTo(2);
        assertThat(lastWord("police", "sealed", "off", "East", "London")).isEqualTo("ZAF");
        // a capital's own longer name stays the capital
        assertThat(lastWord("talks", "in", "Kuwait", "City")).isEqualTo("KWTGOV");
    }

    @Test
    void everyPlaceSharingACapitalsNameCounts() {
        // "Santiago" is also how news names Santiago de Cuba and the Dominican Santiago
        assertThat(lastWord("Cuban", "troops", "entered", "Santiago")).isEqualTo("CUB");
        assertThat(lastWord("Dominican", "police", "raided", "Santiago")).isEqualTo("DOM");
        assertThat(lastWord("envoys", "arrived", "in", "Santiago")).isEqualTo("CHLGOV");
    }

    @Test
    void theArticleSoFarNamesTheCountryToo() {
        ActorResolver resolver = new ActorResolver(MATCHER, GAZETTEER, NINETIES);
        resolver.startSentence(Sentences.of("Fighting", "spread", "in", "northern", "Lebanon"));
        resolver.startSentence(Sentences.of("shells", "hit", "Tripoli"));
        assertThat(resolver.resolve(2).actor().code()).isEqualTo("LBN");
        assertThat(resolver.resolve(2).actor().origin()).contains("read as Tripoli of LBN");
    }

    @Test
    void withoutAGazetteerTheCapitalIsTheCapital() {
        ActorResolver resolver = new ActorResolver(MATCHER, NINETIES);
        resolver.startSentence(Sentences.of("Lebanese", "gunmen", "fought", "in", "Tripoli"));
        assertThat(resolver.resolve(4).actor().code()).isEqualTo("LBYGOV");
    }

    @Test
    void theGazetteerDatesCapitalsAsTheCountriesFileDoes() {
        for (DictionaryEntry capital : DICTIONARY.entries()) {
            if (capital.kind() != DictionaryEntry.Kind.CAPITAL || capital.roles().isEmpty()) {
                continue;
            }
            for (DatedRole role : capital.roles()) {
                LocalDate on = role.start().equals(LocalDate.MIN) ? role.end() : role.start();
                List<Gazetteer.PlaceMention> found = GAZETTEER.match(
                        Sentences.of(capital.phrase().split(" ")), on);
                assertThat(found).as(capital.phrase()).hasSize(1);
                Place place = found.get(0).places().get(0);
                assertThat(place.country()).as(capital.phrase() + " on " + on).isEqualTo(role.country());
                assertThat(place.kind()).as(capital.phrase() + " on " + on)
                        .isEqualTo(role.sector() == null ? "city" : "capital");
            }
        }
    }

    @Test
    void aUserCountriesFileMayDateItsCapitals() {
        DictionaryImport imported = AttacheDictionaryReader.read("mine.tsv", DictionaryFormat.COUNTRIES,
                "GDR\tEast Germany\tEast German\tEast Berlin (until 1990-10-02)|Pankow (from 1990)\n");
        assertThat(imported.entries()).extracting(DictionaryEntry::phrase)
                .containsExactly("East Germany", "East German", "East Berlin");
        DictionaryEntry eastBerlin = imported.entries().get(2);
        assertThat(eastBerlin.on(LocalDate.of(1989, 11, 9)).code()).isEqualTo("GDRGOV");
        assertThat(eastBerlin.on(LocalDate.of(1991, 1, 1)).code()).isEqualTo("GDR");
        assertThat(imported.report().notes()).singleElement().extracting(ImportReport.Issue::reason).asString()
                .contains("Pankow", "not a date");
    }

    private static String code(String capital, LocalDate date) {
        DictionaryEntry entry = DICTIONARY.lookup(capital).stream()
                .filter(e -> e.kind() == DictionaryEntry.Kind.CAPITAL).findFirst().orElseThrow();
        DictionaryEntry on = entry.on(date);
        return on.sector() == null ? on.country() : on.country() + on.sector();
    }

    /** The code of the last word (the capital) in a sentence of its own article. */
    private static String lastWord(String... words) {
        ActorResolver resolver = new ActorResolver(MATCHER, GAZETTEER, NINETIES);
        resolver.startSentence(Sentences.of(words));
        return resolver.resolve(words.length - 1).actor().code();
    }
}
