package org.attache.events;

import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorMatcher;
import org.attache.actors.ActorResolver;
import org.attache.nlp.ConlluReader;
import org.attache.nlp.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coder on fixed parses (CoNLL-U fixtures written by {@code attache parse} from sentences of our own): no model
 * is loaded, so these run in milliseconds and pin the frame, modality and actor rules.
 */
class EventCoderTest {
    private static final CameoCodebook CODEBOOK = CameoCodebook.bundled();
    private static final TriggerLexicon LEXICON = TriggerLexicon.bundled(CODEBOOK);
    private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.bundled());
    private static final org.attache.places.Gazetteer GAZETTEER = org.attache.places.Gazetteer.bundled();
    private static final EventCoder CODER = new EventCoder(LEXICON, CODEBOOK, new org.attache.places.EventLocator(GAZETTEER));

    static List<CodedEvent> code(String fixture, LocalDate date) {
        try (InputStream in = EventCoderTest.class.getResourceAsStream("/parses/" + fixture)) {
            ParsedDocument document = ConlluReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return CODER.code(fixture, date, document, new ActorResolver(MATCHER, GAZETTEER, date));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String dyad(CodedEvent e) {
        return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + ":" + e.cameo().root()
                + ":" + e.modality().label();
    }

    @Test
    void controlVerbTargetsItsObjectAndNamesCarryOver() {
        List<CodedEvent> events = code("carry-over-control.conllu", LocalDate.of(2018, 1, 16));
        assertThat(events).extracting(EventCoderTest::dyad).contains("USAGOV>PAKGOV:02:asserted");
        CodedEvent urge = events.stream().filter(e -> e.trigger().text().equals("urged")).findFirst().orElseThrow();
        assertThat(urge.source().text()).isEqualTo("Ambassador Wells");
        assertThat(urge.source().method()).isEqualTo("carry-over");
        assertThat(urge.target().text()).isEqualTo("Islamabad");
        CodedEvent praise = events.stream().filter(e -> e.trigger().text().startsWith("praised")).findFirst().orElseThrow();
        assertThat(praise.source().code()).isEqualTo("USAGOV");
        assertThat(praise.source().method()).isEqualTo("pronoun");
        assertThat(praise.target().code()).isEqualTo("PAK");
        assertThat(praise.cameo().root()).isEqualTo("05");
    }

    @Test
    void ownFutureActsAreIntentsOrThreatsAndProtestsWithNoAddresseeAimAtTheOwnState() {
        List<CodedEvent> events = code("own-state-and-intent.conllu", LocalDate.of(2024, 3, 4));
        // a hunger strike that names no one is aimed at the strikers' own state, marked as such
        CodedEvent strike = events.stream().filter(e -> e.sentenceIndex() == 0).findFirst().orElseThrow();
        assertThat(dyad(strike)).isEqualTo("DZAAGR>DZA:14:asserted");
        assertThat(strike.target().method()).isEqualTo("own state");
        // "will impose a curfew": conflictual future is a threat (1323), aimed at the own population
        assertThat(events).filteredOn(e -> e.sentenceIndex() == 1).extracting(e -> e.cameo().code() + " " + dyad(e))
                .containsExactly("1323 KENGOV>KEN:13:asserted");
        // "would be ready to host talks": a softened offer is still an intent to meet (036), asserted
        assertThat(events).filteredOn(e -> e.sentenceIndex() == 2 && e.modality() == Modality.ASSERTED)
                .extracting(e -> e.cameo().code() + " " + dyad(e))
                .containsExactlyInAnyOrder("036 OMNGOV>IRN:03:asserted", "036 OMNGOV>USA:03:asserted");
        // "plans to expel diplomats": the actor's own plan of a conflictual act is a threat (1313)
        assertThat(events).filteredOn(e -> e.sentenceIndex() == 3).extracting(e -> e.cameo().code() + " " + dyad(e))
                .containsExactly("1313 GHA>NGA:13:asserted");
    }

    @Test
    void whatAnAccusationOrCriticismIsAboutIsReportedAndAProtestsPurposeIsItsContent() {
        List<CodedEvent> events = code("topics-and-purposes.conllu", LocalDate.of(2024, 3, 4));
        // Bolivia charged Chile with violating the border treaty: the violation is alleged
        assertThat(events).filteredOn(e -> e.trigger().text().equals("violating")).isNotEmpty()
                .allMatch(e -> e.modality() == Modality.REPORTED);
        // Chile denounced the Bolivian attack on its border post: the denunciation is the news, the attack its topic
        assertThat(events).filteredOn(e -> e.sentenceIndex() == 1).extracting(e -> e.cameo().code() + " " + dyad(e))
                .containsExactlyInAnyOrder("111 CHL>BOL:11:asserted", "190 BOL>-:19:reported");
        // Kenyan teachers went on strike to protest against ...: one protest event, not a second one for "protest"
        assertThat(events).filteredOn(e -> e.sentenceIndex() == 2 && e.modality() == Modality.ASSERTED)
                .extracting(e -> e.cameo().code() + " " + dyad(e)).containsExactly("143 KENEDU>KEN:14:asserted");
    }

    @Test
    void mutualActsAndPartiesAgreeingTogetherAreCodedBothWays() {
        List<CodedEvent> events = code("mutual-acts.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + dyad(e)).containsExactlyInAnyOrder(
                "0 PER>CHL:03:asserted", "0 CHL>PER:03:asserted",         // agreed to hold joint exercises
                "1 CAN>DNK:05:asserted", "1 DNK>CAN:05:asserted",         // upgraded their ties
                "2 INDGOV>CHN:04:asserted", "2 CHN>INDGOV:04:asserted",   // held talks with
                "3 FRAGOV>RUSGOV:04:asserted", "3 RUSGOV>FRAGOV:04:asserted"); // telephoned
    }

    @Test
    void aConflictualActHeldOutOnAConditionIsAThreatButACounterfactualIsNot() {
        List<CodedEvent> events = code("conditional-threats.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).contains(
                "0 135 IGOEEC>-:13:asserted",          // may halt its mediation if the fighting continues
                "1 162 NOR>ETH:16:hypothetical",       // would cut its aid ... if the fighting resumed
                "2 1311 NOR>ETHGOV:13:asserted");      // will cut its aid unless the government ... releases
    }

    @Test
    void aPartyAnnouncingThatItsForcesCompletedAnActAssertsTheAct() {
        // Serbia said its forces had completed their withdrawal from Kosovo.
        assertThat(code("completed-act.conllu", LocalDate.of(2024, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("SRBMIL>XKX:08:asserted");
    }

    @Test
    void authoredTextsStativeParticiplesPartitiveAndCoordinatedObjects() {
        List<CodedEvent> events = code("lexicon-constructions.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad).contains(
                // "issued a statement demanding that...": the issuer demands
                "TCDREB>SDNGOV:10:asserted",
                // "Norway is opposed to Swedish mediation": the passive-looking subject is the source
                "NOR>SWE:12:asserted",
                // "were engaged in a violent crackdown against...": the subject does the event noun
                "KENCOP>SOMREF:17:asserted",
                // "suspended part of its aid programme for Mali"
                "CAN>MLI:16:asserted",
                // "Kenyan-led troops launched mortar and rocket fire against Shabaab camps"
                "KENMIL>SHB:19:asserted");
    }

    @Test
    void capitalsAsPlacesPeopleAcrossACountryAndFrontedAdjuncts() {
        List<CodedEvent> events = code("places-and-fronted.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad).contains(
                // "imposed a curfew in Bamako": the city is where, not the government that sits there
                "MLIGOV>MLI:17:asserted",
                // "students across Kenya"
                "KENEDU>KENGOV:14:asserted",
                // "With the deadline near, Nepal agreed to...": the fronted "with" is no "agree with"
                "NPL>IND:03:asserted");
        assertThat(events).extracting(e -> e.cameo().code()).doesNotContain("019");
    }

    @Test
    void renewedDemandsPeopleInACapitalAndNewspapers() {
        List<CodedEvent> events = code("demands-capitals-newspapers.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad).contains(
                // "renewed its demand that Israel halt...": a demand on whoever is to act
                "IGOARL>ISR:10:asserted",
                // "students in Nairobi" are students, not the government that sits there
                "KENCOP>KENEDU:17:asserted",
                // the condition of a threat down a chain of complements; "the New York Times" is no Washington
                "IRN>USA:13:asserted");
    }

    @Test
    void whoCameForTalksHoldsThem() {
        List<CodedEvent> events = code("came-for-talks.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad)
                .contains("INDGOV>CHNGOV:04:asserted", "CHNGOV>INDGOV:04:asserted");
    }

    @Test
    void undertakingsPassiveExpulsionsAndPublishedReports() {
        List<CodedEvent> events = code("efforts-and-expulsions.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad).contains(
                // "launched an operation to arrest...": the police arrest, not the operation
                "KENCOP>SOMCRM:17:asserted",
                // "were expelled from Albania": Albania expels
                "ALB>IRN:16:asserted",
                // "put out a report accusing...": the report's author accuses
                "NGOAMN>ETHMIL:11:asserted");
    }

    @Test
    void whoseSanctionsAreLiftedLiftsThem() {
        List<CodedEvent> events = code("sanctions-lifted.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad)
                .contains("IGOEEC>BLR:08:asserted", "USAGOV>VEN:08:asserted");
    }

    @Test
    void warGamesAreExercisesNotWar() {
        List<CodedEvent> events = code("war-games.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad)
                .containsExactlyInAnyOrder("INDMIL>FRAMIL:06:asserted", "FRAMIL>INDMIL:06:asserted");
    }

    @Test
    void strikeAndHitAreAttacksOnlyWithAWeaponAsSubject() {
        List<CodedEvent> events = code("weapons-strike.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).extracting(EventCoderTest::dyad).containsExactly("ISR>SYRMIL:19:asserted");
    }

    @Test
    void aMinorityQualifiedByACountryIsThatCountrys() {
        List<CodedEvent> events = code("minorities.conllu", LocalDate.of(2021, 3, 1));
        assertThat(events).isNotEmpty();
        // "Croatian Serbs" are Croatia's Serbs, not Serbia
        assertThat(events).allMatch(e -> e.source().country().equals("HRV") && e.cameo().root().equals("10"));
    }

    @Test
    void launchingAStrikeIsAnAttackOnlyForTheArmed() {
        List<CodedEvent> events = code("launched-strikes.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 142 TURCRM>TUR:14:asserted",  // prisoners launched a hunger strike
                "1 143 GRCLAB>GRC:14:asserted",  // dock workers launched a strike over pay
                "2 190 ISR>PSE:19:asserted");    // jets launched strikes on Gaza
    }

    @Test
    void endingDissentIsAddressedToTheOwnStateAsTheDissentWas() {
        // Nigerian teachers called off their strike on Monday.
        assertThat(code("own-state-yield.conllu", LocalDate.of(2024, 3, 4)))
                .extracting(e -> e.cameo().code() + " " + dyad(e) + " " + e.target().method())
                .containsExactly("082 NGAEDU>NGA:08:asserted own state");
    }

    @Test
    void refusalsAimAtWhomTheRefusedThingConcernsAndIntentsAtPlacesAbroad() {
        List<CodedEvent> events = code("refusals-intents-yields.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 125 KEN>SOM:12:asserted",    // rejected an invitation to attend a meeting of Somali factions
                "1 030 CHL>ARG:03:asserted",    // agreed to build a research station in Argentina
                "2 080 PERJUD>PER:08:asserted"); // decided to allow the candidate to run: yielding at home
    }

    @Test
    void summonsShiftedObjectsOwnersOfInspectorsAndReportingClauses() {
        List<CodedEvent> events = code("summons-shifted-objects.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).contains(
                "0 110 KENGOV>UGAGOV:11:asserted", // summoned Uganda's ambassador to complain: Kenya complains to Uganda
                "1 111 CHL>PER:11:asserted",       // condemned as a grave violation Peru's detention of...
                "2 1662 IRN>IGOIAE:16:asserted",   // expelled inspectors of the IAEA, or IAEA, from the plant
                "3 120 SYRGOV>TUR:12:asserted",    // rejected Tuesday a Turkish appeal (object parsed under "Tuesday")
                "4 120 GHA>NGA:12:asserted");      // refusing admittance to Nigerians, Ghanaian police said
        // the reporting clause is the journalist's source, not a second refusal by the police
        assertThat(events).filteredOn(e -> e.sentenceIndex() == 4).hasSize(1);
    }

    @Test
    void anAllyOrProxyIsNotTheCountryItIsAlliedTo() {
        List<CodedEvent> events = code("relational-nouns.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + dyad(e)).containsExactly(
                "0 TURMIL>SYRMIL:19:asserted", // the deputy commander of Iran's militia ally in eastern Syria
                "1 UKR>BLR:16:asserted");      // Belarus, Russia's closest ally
    }

    @Test
    void aMisspeltCountryIsReadAndProposedTalksAreNotHeld() {
        List<CodedEvent> events = code("misspelt-names.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).contains(
                "0 120 UGA>TZA:12:asserted",       // an offer from Tanzannia
                "1 112 ETH>ERI:11:asserted",       // Ethopia accused Eritrea
                // a proposal for a ceasefire, an invitation to talks: only proposed, not held
                "2 0871 SDN>SSD:08:hypothetical", "3 040 ARM>AZE:04:hypothetical");
    }

    @Test
    void aRelativePronounStandsForItsAntecedentAndAPreparedOffensiveIsFuture() {
        List<CodedEvent> events = code("relative-clauses.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 150 UGA>SOM:15:asserted",
                "0 190 SOM>SOMINS:19:asserted",      // Somalia, which attacked the militants
                "1 190 TCDMIL>SOMREB:19:asserted",   // the rebels, who were attacked by Chadian troops
                "2 043 KEN>SOMGOV:04:asserted",
                "2 040 SOMGOV>ETHGOV:04:asserted",   // Somalia's president, who later met...
                "2 040 ETHGOV>SOMGOV:04:asserted",
                // "an attack on a church in Nigeria that killed twelve people": Nigeria did not kill them
                "4 190 RUS>UKR:19:future");          // is preparing a major offensive
    }

    @Test
    void aBareTitleIsThePersonLastNamedWithIt() {
        List<CodedEvent> events = code("title-carry-over.conllu", LocalDate.of(2019, 1, 16));
        CodedEvent urge = events.stream().filter(e -> e.trigger().text().equals("urged")).findFirst().orElseThrow();
        assertThat(urge.source().text()).isEqualTo("ambassador"); // "The ambassador" after "US Ambassador Alice Wells"
        assertThat(urge.source().code()).isEqualTo("USAGOV");
        assertThat(urge.source().method()).isEqualTo("carry-over");
        // "The minister" after "Pakistan's foreign minister Shah Mahmood Qureshi", not the last ambassador
        CodedEvent praise = events.stream().filter(e -> e.trigger().text().equals("praised")).findFirst().orElseThrow();
        assertThat(praise.source().code()).isEqualTo("PAKGOV");
        assertThat(praise.source().method()).isEqualTo("carry-over");
    }

    @Test
    void aPronounSubjectIsThePersonWhoIsSubjectAboveItNotTheLastNameRead() {
        List<CodedEvent> events = code("pronoun-subject.conllu", LocalDate.of(2024, 3, 4));
        // "Pakistan's foreign minister rejected Prime Minister Narendra Modi's offer ..., and she accused ..."
        CodedEvent accusation = events.stream().filter(e -> e.trigger().text().equals("accused")).findFirst().orElseThrow();
        assertThat(accusation.source().code()).isEqualTo("PAKGOV");
        assertThat(accusation.source().method()).isEqualTo("pronoun");
        assertThat(accusation.target().code()).isEqualTo("INDGOV");
    }

    @Test
    void anEthnicGroupIsAMinorityWhereItLivesOrOperates() {
        List<CodedEvent> events = code("ethnic-groups.conllu", LocalDate.of(2001, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.source().code()).containsExactly(
                "0 MKDREB",  // ethnic Albanian guerrillas operating in Macedonia
                "1 XKXCVL"); // ethnic Serb villagers living in Kosovo
        // the minority does not make the story Albania's: the police are Macedonia's
        assertThat(events.get(0).target().code()).isEqualTo("MKDCOP");
    }

    @Test
    void leadersAndMembersOfAGroupHaveItsSector() {
        List<CodedEvent> events = code("members-of-groups.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).filteredOn(e -> e.modality() == Modality.ASSERTED).extracting(e -> e.sentenceIndex() + " " + e.source().code()).containsExactly(
                "0 SYROPP", "0 IGOUNO", // leaders of the Syrian opposition coalition, not the government
                "1 ETHMIL",             // members of the Ethiopian army
                "2 SYRREB");            // leaders of the two rebel groups (the article's focal country)
    }

    @Test
    void sportsTeamsAndPlayersAreNoPoliticalActors() {
        List<CodedEvent> events = code("non-actors.conllu", LocalDate.of(2024, 3, 4));
        // "The Welsh rugby team ambushed Scotland", "A Brazilian striker attacked the Argentine goalkeeper"
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + dyad(e)).containsExactly("2 IRLGOV>GBR:11:asserted");
    }

    @Test
    void diplomatsExpelledFromAnotherCountryAreThatCountrys() {
        List<CodedEvent> events = code("expelled-from.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 161 ETH>SOM:16:asserted", "0 161 ETH>DJI:16:asserted", // expelled two diplomats from Somalia and Djibouti
                "1 174 KEN>KENCRM:17:asserted"); // expelled the smugglers from Kenya: its own country is where from
    }

    @Test
    void aRestrictionLiftedOrEasedAimsAtWhomItWasImposedOn() {
        List<CodedEvent> events = code("restrictions-imposed-on.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 081 KWT>PHLLAB:08:asserted",  // lifted a visa ban imposed on Filipino workers (not Kuwait itself)
                "1 081 GHA>TGO:08:asserted",     // eased restrictions on Togolese traders
                "2 091 HRV>HRVMIL:09:asserted"); // crimes by Croatian militiamen against Serb civilians: by whom
    }

    @Test
    void aBareSecurityCouncilIsTheUnsAndACountrysIsThatCountrys() {
        List<CodedEvent> events = code("security-councils.conllu", LocalDate.of(2024, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 129 USA>IGOUNO:12:asserted",    // vetoed a Security Council resolution
                "1 112 RUSGOV>IGONAT:11:asserted", // Russia's Security Council
                "2 111 IGOUNO>MLI:11:asserted",    // The Security Council condemned
                "3 120 IRNGOV>FRA:12:asserted");   // Iran's Supreme National Security Council
    }

    @Test
    void aMutualActAtAPlaceIsOnEachOther() {
        List<CodedEvent> events = code("mutual-fire-at-a-place.conllu", LocalDate.of(2024, 3, 4));
        // "Armenian and Azerbaijani troops exchanged gunfire in Nagorno-Karabakh": the place is where, not whom
        assertThat(events).extracting(EventCoderTest::dyad).containsExactly(
                "ARMMIL>AZEMIL:19:asserted", "AZEMIL>ARMMIL:19:asserted");
        assertThat(events.get(0).location().place().name()).isEqualTo("Nagorno-Karabakh");
    }

    @Test
    void passiveAgentIsTheSource() {
        List<CodedEvent> events = code("passive.conllu", LocalDate.of(2021, 9, 1));
        assertThat(events).extracting(EventCoderTest::dyad).contains("USAGOV>PAK:11:asserted");
    }

    @Test
    void anObliqueWithoutPrepositionIsNoAddressee() {
        // a bare oblique ("reopen the crossing Tuesday") has no case marker; the addressee search once failed on it
        List<CodedEvent> events = code("oblique-without-preposition.conllu", LocalDate.of(2024, 5, 7));
        assertThat(events).extracting(EventCoderTest::dyad).containsExactly("IRN>-:03:asserted");
    }

    @Test
    void negatedConsultationIsNotAsserted() {
        List<CodedEvent> events = code("negated.conllu", LocalDate.of(2021, 9, 1));
        assertThat(events).isNotEmpty();
        assertThat(events).allMatch(e -> e.modality() == Modality.NEGATED);
        assertThat(events).extracting(EventCoderTest::dyad).contains("USAGOV>PAKGOV:04:negated");
    }

    @Test
    void reciprocalEventsCodeBothDirectionsOncePerTrigger() {
        List<CodedEvent> events = code("reciprocal.conllu", LocalDate.of(2020, 6, 1));
        assertThat(events).extracting(EventCoderTest::dyad)
                .containsExactlyInAnyOrder("IND>CHN:04:asserted", "CHN>IND:04:asserted",
                        "IND>CHN:04:asserted", "CHN>IND:04:asserted");
        assertThat(events).extracting(e -> e.trigger().text()).containsOnly("held talks", "talks");
    }

    @Test
    void locativePhraseGivesTheEventsPlace() {
        List<CodedEvent> events = code("reciprocal.conllu", LocalDate.of(2020, 6, 1));
        CodedEvent talks = events.stream().filter(e -> e.trigger().text().equals("held talks")).findFirst().orElseThrow();
        assertThat(talks.location()).isNotNull();
        assertThat(talks.location().text()).isEqualTo("Moscow");
        assertThat(talks.location().place().country()).isEqualTo("RUS");
        assertThat(talks.location().place().lat()).isBetween(55.0, 56.5);
    }

    @Test
    void intentAndSpeechFoldIntoTheEventTheyExpress() {
        List<CodedEvent> events = code("intent-speech.conllu", LocalDate.of(2022, 5, 1));
        assertThat(events).extracting(EventCoderTest::dyad)
                .contains("JPN>LKA:03:asserted")
                .anyMatch(d -> d.startsWith("USA") && d.contains(">PAKGOV:03:asserted"));
        assertThat(events).noneMatch(e -> e.cameo().root().equals("07"));
    }

    @Test
    void ownCommitmentsAreIntentsWhileTimetablesConditionsAndQuestionsAreFlagged() {
        List<CodedEvent> events = code("modality.conllu", LocalDate.of(2019, 5, 1));
        // Pakistan would be ready to help the United States. A Pakistani delegation will visit Washington next month.
        assertThat(events).filteredOn(e -> e.sentenceIndex() <= 1).extracting(e -> e.cameo().code() + " " + dyad(e))
                .containsExactly("033 PAK>USA:03:asserted", "036 PAKGOV>USAGOV:03:asserted");
        // Did Iran attack Israel? / ... is due to visit Washington (a timetable) / would help ... if asked.
        assertThat(events).filteredOn(e -> e.sentenceIndex() >= 2).isNotEmpty()
                .noneMatch(e -> e.modality() == Modality.ASSERTED)
                .extracting(e -> e.sentenceIndex() + " " + e.modality().label())
                .contains("3 future", "4 hypothetical");
    }

    @Test
    void rolesFollowTheArticleDate() {
        assertThat(code("role-2020.conllu", LocalDate.of(2020, 3, 16))).extracting(e -> e.source().code())
                .containsOnly("PAKGOV");
        assertThat(code("role-2023.conllu", LocalDate.of(2023, 6, 1))).extracting(e -> e.source().code())
                .containsOnly("PAKOPP");
    }

    @Test
    void spansSliceTheDocumentText() throws IOException {
        for (String fixture : List.of("carry-over-control.conllu", "passive.conllu", "reciprocal.conllu",
                "intent-speech.conllu")) {
            String text;
            try (InputStream in = EventCoderTest.class.getResourceAsStream("/parses/" + fixture)) {
                text = ConlluReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text();
            }
            for (CodedEvent e : code(fixture, LocalDate.of(2020, 1, 1))) {
                assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
                assertThat(text.substring(e.source().start(), e.source().end())).isEqualTo(e.source().text());
                assertThat(text.substring(e.sentence().start(), e.sentence().end())).isEqualTo(e.sentence().text());
            }
        }
    }

    @Test
    void journalistsSourceKeepsTheClauseSubjectAndCollectivePronounsFindTheirAntecedent() {
        List<CodedEvent> events = code("attribution-pronouns.conllu", LocalDate.of(2021, 3, 4));
        List<CodedEvent> welcomed = events.stream().filter(e -> e.sentenceIndex() == 0).toList();
        assertThat(welcomed).isNotEmpty();
        assertThat(welcomed).extracting(e -> e.source().code()).containsOnly("BRA", "CHL");
        assertThat(events).extracting(EventCoderTest::dyad).contains("NOR>IRN:16:asserted", "EGY>LBY:08:asserted");
        CodedEvent expelled = events.stream().filter(e -> e.sentenceIndex() == 1).findFirst().orElseThrow();
        assertThat(expelled.source().text()).isEqualTo("Norway");
        assertThat(expelled.source().method()).isEqualTo("pronoun");
    }

    @Test
    void demandsOnOthersAnnouncedRefusalsWillingnessAndComplementTargets() {
        List<CodedEvent> events = code("demands-refusals-intent.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events.stream().filter(e -> e.modality() == Modality.ASSERTED).map(EventCoderTest::dyad))
                .containsExactlyInAnyOrder(
                        "DEU>TUR:10:asserted",   // Germany said that Turkey must release the journalists.
                        "GBR>IRN:12:asserted",   // Britain will not lift the ban on Iran.
                        "NOR>MLI:03:asserted",   // Norway is willing to send troops to Mali.
                        "JPN>MMR:16:asserted",   // Japan suspended aid deliveries to Myanmar.
                        "IRN>ARM:13:asserted");  // Iran threatened to cut off electricity to Armenia.
        CodedEvent release = events.stream().filter(e -> e.trigger().text().equals("release")).findFirst()
                .orElseThrow();
        assertThat(release.modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void materialActsWithoutAnAddresseeAreAimedAtThePlaceTheyAreDoneIn() {
        List<CodedEvent> events = code("place-targets.conllu", LocalDate.of(2021, 3, 4));
        // Students demonstrated on Monday in Chile (a hand-made parse).
        CodedEvent protest = events.stream().filter(e -> e.sentenceIndex() == 0).findFirst().orElseThrow();
        assertThat(protest.cameo().root()).isEqualTo("14");
        assertThat(protest.source().country()).isEqualTo("CHL");
        assertThat(protest.target()).isNotNull();
        assertThat(protest.target().code()).isEqualTo("CHL");
        assertThat(protest.target().text()).isEqualTo("Chile");
        assertThat(protest.target().method()).isEqualTo("place");
        // Turkish jets fired rockets at targets in Mosul.
        CodedEvent fire = events.stream().filter(e -> e.sentenceIndex() == 1).findFirst().orElseThrow();
        assertThat(dyad(fire)).isEqualTo("TUR>IRQ:19:asserted");
        assertThat(fire.target().text()).isEqualTo("Mosul");
        // Germany criticised the decision in Berlin (hand-made): a verbal act is not aimed at the place it is made in
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 2).map(EventCoderTest::dyad))
                .containsExactly("DEU>-:11:asserted");
    }

    @Test
    void anUnknownNameWithATitleHoldsAnOfficeOfTheFocalCountryAndABareNameIsNotGuessed() {
        List<CodedEvent> events = code("title-person.conllu", LocalDate.of(2021, 3, 4));
        // Opposition groups in Peru demanded that President Castillo resign. Juan Perez condemned Chile.
        assertThat(events.stream().filter(e -> e.modality() == Modality.ASSERTED).map(EventCoderTest::dyad))
                .containsExactly("PEROPP>PERGOV:10:asserted");
        CodedEvent demand = events.get(0);
        assertThat(demand.target().text()).isEqualTo("President Castillo");
        assertThat(demand.target().method()).isEqualTo("focal-country");
        assertThat(events).noneMatch(e -> e.sentenceIndex() == 1);
    }

    private static List<String> sources(String fixture, LocalDate date) {
        return code(fixture, date).stream().filter(e -> e.modality() == Modality.ASSERTED)
                .map(e -> e.source().code()).toList();
    }

    @Test
    void aListedPersonOutsideTheirRolesIsANationalOfTheirStateUntilTheLastRoleEnds() {
        // Michel Aoun criticised Syria. (first listed role 2005-05-07; president 2016-2022; no end to the last role)
        assertThat(sources("person-outside-roles.conllu", LocalDate.of(2000, 1, 1))).containsOnly("LBN");
        assertThat(sources("person-outside-roles.conllu", LocalDate.of(2018, 1, 1))).containsOnly("LBNGOV");
        // General Michel Aoun criticised Syria. (the rank gives the sector where no role does)
        List<CodedEvent> titled = code("titled-national.conllu", LocalDate.of(2000, 1, 1));
        assertThat(titled).extracting(EventCoderTest::dyad).containsOnly("LBNMIL>SYR:11:asserted");
        assertThat(titled.get(0).source().text()).isEqualTo("General Michel Aoun");
        assertThat(sources("titled-national.conllu", LocalDate.of(2018, 1, 1))).containsOnly("LBNGOV");
        // Dick Cheney praised Israel. (his last role closes at his death, 2025-11-03)
        assertThat(sources("after-last-role.conllu", LocalDate.of(2003, 1, 1))).containsOnly("USAGOV");
        assertThat(sources("after-last-role.conllu", LocalDate.of(2026, 6, 1))).isEmpty();
        // Donald Trump criticised China. (a gap between roles is no gap here: he is a former president in 2022)
        assertThat(sources("role-gap.conllu", LocalDate.of(2018, 6, 1))).containsOnly("USAGOV");
        assertThat(sources("role-gap.conllu", LocalDate.of(2022, 6, 1))).containsOnly("USAELI");
        assertThat(sources("role-gap.conllu", LocalDate.of(2025, 6, 1))).containsOnly("USAGOV");
    }

    @Test
    void aTitleBeforeAListedSurnameNamesThePersonWhenTheSurnameIsOneNationals() {
        // Chancellor Schroeder criticised Russia. Prime Minister Sharif criticised India.
        List<CodedEvent> events = code("titled-surname.conllu", LocalDate.of(2003, 6, 1));
        assertThat(events).extracting(EventCoderTest::dyad)
                .containsExactly("DEUGOV>RUS:11:asserted", "PAKGOV>IND:11:asserted");
        assertThat(events.get(0).source().text()).isEqualTo("Chancellor Schroeder");
        assertThat(events.get(0).source().method()).isEqualTo("dictionary");
        // Schroeder out of office; the Sharifs (all Pakistani) a former prime minister, an army officer not yet chief
        assertThat(code("titled-surname.conllu", LocalDate.of(2010, 6, 1))).extracting(EventCoderTest::dyad)
                .containsExactly("DEUELI>RUS:11:asserted", "PAKGOV>IND:11:asserted");
        // Canada faces a budget crisis. Prime Minister Blair criticised the opposition. (a British and a Canadian
        // Blair are listed: not guessed, so the title holds an office of the focal country as for an unknown name)
        List<CodedEvent> blair = code("surname-other-nationalities.conllu", LocalDate.of(2020, 6, 1));
        assertThat(blair).extracting(e -> e.source().code() + " " + e.source().method())
                .containsOnly("CANGOV focal-country");
    }

    @Test
    void anUnknownOfficialTitledByAnOrganisationIsTheOrganisation() {
        // Arab League Secretary General Omar Haddad urged Syria to accept the peace plan. (Syria comes later, but a
        // body's title does not make him Syria's official or any country's)
        assertThat(code("official-of-body.conllu", LocalDate.of(2020, 6, 1))).extracting(EventCoderTest::dyad)
                .contains("IGOARL>SYR:02:asserted");
    }

    @Test
    void callingOffAStrikeIsNoStrike() {
        List<CodedEvent> events = code("called-off.conllu", LocalDate.of(2021, 3, 4));
        // Greek dock workers called off their strike on Monday.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 0).map(e -> e.cameo().code()))
                .containsExactly("082");
        // Greek dock workers called a strike on Monday.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 1).map(e -> e.cameo().code()))
                .containsExactly("143");
    }

    @Test
    void demandsAndThreatsAreMadeOfWhoeverMustAct() {
        // hand-made parses
        List<CodedEvent> events = code("asked-of.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events.stream().filter(e -> e.modality() == Modality.ASSERTED).map(EventCoderTest::dyad))
                .containsExactly(
                        "POL>RUS:10:asserted",     // Poland demanded an admission by Russia.
                        "NOR>IRN:02:asserted",     // Norway called for sanctions against Iran.
                        "GBR>RUSMIL:10:asserted",  // Britain demanded the withdrawal of Russian forces.
                        "IRN>IRQ:13:asserted");    // Iran threatened to attack unless Iraq accepted the conditions.
    }

    @Test
    void aProtestIsAddressedToWhomItsPurposeIs() {
        // Kenyan workers went on strike to protest against Uganda (hand-made parse).
        List<CodedEvent> events = code("protest-purpose.conllu", LocalDate.of(2021, 3, 4));
        CodedEvent strike = events.stream().filter(e -> e.trigger().text().equals("went on strike")).findFirst()
                .orElseThrow();
        assertThat(dyad(strike)).isEqualTo("KENLAB>UGA:14:asserted");
    }

    @Test
    void announcingOnesOwnFutureActIsAnIntent() {
        // hand-made parses: Finland will give aid to Tanzania. Finland plans to give aid to Tanzania.
        // Japan will hold talks with China.
        List<CodedEvent> events = code("promises.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + " " + e.cameo().code() + " " + dyad(e)).containsExactly(
                "0 033 FIN>TZA:03:asserted",  // intent to provide aid (070 -> 033)
                "1 033 FIN>TZA:03:asserted",  // the actor's own plan
                "2 036 JPN>CHN:03:asserted"); // CAMEO: future meetings are intents to meet
    }

    @Test
    void anAnnouncedActOnConditionIsAThreatAndWhatOneIsPressedToDoIsNotDone() {
        // hand-made parses
        List<CodedEvent> events = code("ultimatum.conllu", LocalDate.of(2021, 3, 4));
        // Kenya said it will withdraw its troops unless Somalia holds elections.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 0 && e.modality() == Modality.ASSERTED)
                .map(EventCoderTest::dyad)).containsExactly("KEN>SOM:13:asserted");
        // Iran pressured the workers to cancel the strike: the cancellation is what Iran wants, not what happened
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 1 && e.cameo().root().equals("08")))
                .isNotEmpty().allMatch(e -> e.modality() == Modality.HYPOTHETICAL);
    }

    @Test
    void decliningToCommentIsNoRejectionAndConcernIsAPessimisticComment() {
        // hand-made parses
        List<CodedEvent> events = code("comment-concern.conllu", LocalDate.of(2021, 3, 4));
        // Eritrea declined to comment on the dispute: 011 (which needs an addressee), not a rejection
        assertThat(events).noneMatch(e -> e.sentenceIndex() == 0 && e.cameo().root().equals("12"));
        // Eritrea refused to meet Ethiopia: still a rejection
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 1).map(EventCoderTest::dyad))
                .contains("ERI>ETH:12:asserted");
        // Egypt expressed concern about Libya
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 2).map(e -> e.cameo().code()))
                .containsExactly("012");
    }

    @Test
    void anAnnouncedContinuationIsIntentAndSpeakersNamedOnlyByAPlaceAreUnnamedSources() {
        // hand-made parses
        List<CodedEvent> events = code("content-and-sources.conllu", LocalDate.of(2021, 3, 4));
        // NATO said it would tighten the blockade of Serbia: a threat of blockade (1381), asserted
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 0 && e.modality() == Modality.ASSERTED)
                .map(e -> e.cameo().code())).containsExactly("1381");
        // Sudanese rebels shelled Juba, officials in Nairobi said: Kenya is not a party, the shelling is asserted
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 1 && e.cameo().root().equals("19")))
                .isNotEmpty().allMatch(e -> e.modality() == Modality.ASSERTED);
    }

    @Test
    void aPeopleNamedByWhereTheyLiveIsCodedByThatCountry() {
        // hand-made parses
        List<CodedEvent> events = code("peoples.conllu", LocalDate.of(2021, 3, 4));
        // The Albanians of southern Serbia demanded autonomy.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 0).map(e -> e.source().code()))
                .containsOnly("SRB");
        // Albanians condemned Serbia: without a place of their own they stay Albanian
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 1).map(EventCoderTest::dyad))
                .containsExactly("ALB>SRB:11:asserted");
        // European Community ministers condemned Iraq.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 2).map(e -> e.source().country()))
                .containsOnly("EEC");
    }

    @Test
    void agreeingToACeasefireIsIntentAndHandingOverMedicineIsAid() {
        // hand-made parses
        List<CodedEvent> events = code("agreements-aid.conllu", LocalDate.of(2021, 3, 4));
        // Bosnia and Croatia agreed to a ceasefire.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 0).map(EventCoderTest::dyad))
                .containsExactlyInAnyOrder("BIH>HRV:03:asserted", "HRV>BIH:03:asserted");
        // Swiss doctors handed over medicine to Iran.
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 1).map(e -> e.cameo().code() + ">"
                + e.target().code())).containsExactly("073>IRN");
    }

    @Test
    void peacekeepersArrivingAreDeployedAndEnvoysArrivingVisit() {
        // hand-made parses: "Chinese peacekeepers arrived in Sudan." "The Chinese envoy arrived in Sudan."
        List<CodedEvent> events = code("arrivals.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events).extracting(e -> e.sentenceIndex() + ":" + e.cameo().code() + ">" + e.target().code())
                .containsExactly("0:074>SDN", "1:042>SDN");
    }

    @Test
    void agreeingToSomethingIsAcceptingItFromWhoeverOffersItAndInvestigationsAreAgainstSomeone() {
        // hand-made parses: "Israel agreed to US mediation." "Chile opened an investigation against Peruvian officials."
        List<CodedEvent> events = code("agreed-to-investigation.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events).extracting(EventCoderTest::dyad)
                .containsExactly("ISR>USA:03:asserted", "CHL>PERGOV:09:asserted");
    }

    @Test
    void dismissingAnAppealRejectsWhoeverMadeIt() {
        // Somali rebels dismissed an appeal from Kenya (hand-made parse).
        assertThat(code("dismissed-appeal.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> dyad(e) + e.cameo().code())
                .containsExactly("SOMREB>KEN:12:asserted124");
    }

    @Test
    void aDeedInTheTargetSlotStandsForWhoeverCommittedIt() {
        // Serbia opened an investigation into crimes committed by Croatian forces (hand-made parse).
        assertThat(code("committed-by.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("SRB>HRVMIL:09:asserted");
    }

    @Test
    void aComplaintIsAimedAtThePartyComplainedAboutNotTheOneItIsLodgedWith() {
        // Chad complained to the United Nations over Nigerien artillery strikes; Peru protested to the European
        // Union about Bolivian troop movements.
        assertThat(code("complaint-target.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("TCD>NER:11:asserted", "PER>BOL:11:asserted");
    }

    @Test
    void forcesLedByACountryAreItsButForcesItBacksAreNot() {
        // Kenyan-led forces have seized a rebel base in southern Somalia. ... Syrian-backed fighters attacked the town.
        List<CodedEvent> events = code("led-by.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events.stream().filter(e -> e.sentenceIndex() == 0).map(EventCoderTest::dyad))
                .containsExactly("KENMIL>SOM:17:asserted");
        assertThat(events).noneMatch(e -> e.source().country().equals("SYR"));
    }

    @Test
    void aCountrysBorderIsWhereAThingIsNotWhoseItIs() {
        // Malian troops destroyed a rebel camp on the Algerian border.
        assertThat(code("border-place.conllu", LocalDate.of(2021, 3, 4))).filteredOn(e -> e.sentenceIndex() == 0)
                .isNotEmpty().noneMatch(e -> e.target() != null && e.target().country().equals("DZA"));
    }

    @Test
    void anAttemptOnSomeonesLifeIsAnAttemptedAssassinationThatHappened() {
        // Somali militants tried to assassinate the Kenyan ambassador in Mogadishu on Sunday.
        assertThat(code("attempted-assassination.conllu", LocalDate.of(2021, 3, 4)))
                .extracting(e -> dyad(e) + e.cameo().code()).containsExactly("SOMINS>KENGOV:18:asserted185");
    }

    @Test
    void aConsensusToDoSomethingIsAnAgreementToDoIt() {
        // Ghana and Togo reached a consensus to reopen their shared border on Friday. Peru and Chile reached a
        // consensus on fishing quotas.
        List<CodedEvent> events = code("consensus-to-act.conllu", LocalDate.of(2021, 3, 4));
        assertThat(events.stream().map(e -> e.sentenceIndex() + ":" + e.cameo().root()))
                .containsExactly("0:03", "0:03", "1:01", "1:01");
    }

    @Test
    void anEventNounThatOnlyDatesTheReportedEventAndNamesNoAddresseeIsLeftOut() {
        // Chad recalled its ambassador from Sudan on Monday after Sudanese air raids on border towns.
        assertThat(code("background-deed.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("TCD>SDN:16:asserted");
    }

    @Test
    void killingOneLeaderIsAnAssassinationKillingSeveralIsNot() {
        // Somali militants killed the deputy governor of the province on Sunday. Ethiopian troops killed three
        // Somali commanders in a gunbattle.
        assertThat(code("killed-leader.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> e.cameo().code())
                .containsExactly("186", "190");
    }

    @Test
    void violenceAgainstNonCombatantsIsRepressionOrUnconventionalUnlessAnArmyUsesIt() {
        // Kenyan police opened fire on protesters in Nairobi on Monday. Ugandan militiamen attacked Congolese refugees
        // near the border. Ethiopian troops killed twenty Somali civilians.
        assertThat(code("non-combatants.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> e.cameo().code())
                .containsExactly("175", "180", "190");
    }

    @Test
    void denyingWhatOneIsAskedToGrantIsARefusalDenyingAClaimIsNot() {
        // Egypt denied asylum to three Libyan officers. Egypt denied the allegations.
        assertThat(code("denied-grant.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> e.cameo().code())
                .containsExactly("120", "016");
    }

    @Test
    void forcesMobilizedAreTheSourcesOwnAndAimedAtWhomTheirWarIsAgainst() {
        // Nigeria mobilized army reservists on Monday for a possible war against Cameroon.
        assertThat(code("mobilized-against.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("NGA>CMR:15:asserted");
    }

    @Test
    void anEthnicPeopleIsCodedByTheCountryTheClausePlacesIt() {
        // Ethnic Uzbeks demonstrated on Sunday in Kyrgyzstan. Kyrgyz troops killed two ethnic Uzbeks in a gunbattle
        // in southern Kyrgyzstan.
        assertThat(code("ethnic-minority.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("KGZ>KGZ:14:asserted", "KGZMIL>KGZ:19:asserted");
    }

    @Test
    void peoplesAreCodedByTheCountryTheyLiveIn() {
        // Bosnian Serbs accused Croatia of aggression on Monday. Jewish settlers attacked Palestinian farmers near
        // Nablus (settlers are irregulars, farmers non-combatants: 180).
        assertThat(code("peoples-by-country.conllu", LocalDate.of(2021, 3, 4)))
                .extracting(e -> dyad(e) + e.cameo().code())
                .containsExactly("BIH>HRV:11:asserted112", "ISR>PSEAGR:18:asserted180");
    }

    @Test
    void aNounThatIsItselfAnObliqueDoesNotTakeTheVerbsPrepositions() {
        // Kenya closed the border on Friday with Uganda because of clashes between Sudanese and Ethiopian troops.
        assertThat(code("oblique-noun-arguments.conllu", LocalDate.of(2021, 3, 4)))
                .filteredOn(e -> e.trigger().text().equals("clashes")).extracting(EventCoderTest::dyad)
                .containsExactlyInAnyOrder("SDNMIL>ETHMIL:19:asserted", "ETHMIL>SDNMIL:19:asserted");
    }

    @Test
    void whatAProtestVoicesIsTheProtestItselfAimedAtItsAddressee() {
        // Kenyan nurses blocked a road in Nairobi on Monday to show their disapproval of Uganda's deportation policy.
        assertThat(code("protest-aim.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> dyad(e) + e.cameo().code())
                .containsExactly("KENHLH>UGA:14:asserted144");
    }

    @Test
    void eastJerusalemIsPalestinian() {
        // Israel banned Palestinian rallies in East Jerusalem on Monday. Egypt sent aid to East Jerusalem.
        assertThat(code("east-jerusalem.conllu", LocalDate.of(2021, 3, 4))).filteredOn(e -> e.sentenceIndex() == 1)
                .extracting(EventCoderTest::dyad).containsExactly("EGY>PSE:07:asserted");
    }

    @Test
    void anAuthorityOrderingItsOwnPeopleToStopImposesASanctionNotADemand() {
        // The Zambian government ordered an opposition newspaper to suspend publication on Friday. Zambia ordered
        // Malawi to stop the shelling.
        assertThat(code("order-to-stop.conllu", LocalDate.of(2021, 3, 4)))
                .filteredOn(e -> e.trigger().text().equals("ordered")).extracting(e -> e.cameo().code())
                .containsExactly("1721", "100");
    }

    @Test
    void whomBombersOrGunmenKillUnnamedAreNonCombatants() {
        // Two Somali suicide bombers killed twelve people at a market on Sunday.
        assertThat(code("bombers-killed.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> e.cameo().code())
                .containsExactly("180");
    }

    @Test
    void partiesThatAgreeTogetherAgreeWithEachOtherNotWithWhoeverConfirmsIt() {
        // Kenya and Uganda have agreed to hold joint military exercises this month, a Kenyan official confirmed.
        // Kenya and Uganda have agreed to hold joint military exercises this month.
        assertThat(code("agreed-together.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("KEN>UGA:03:asserted", "UGA>KEN:03:asserted", "KEN>UGA:03:asserted",
                        "UGA>KEN:03:asserted");
    }

    @Test
    void allowingDeliveriesThroughIsAllowingAidToWhomTheyGo() {
        // Kenya opened its border crossing on Monday to allow the delivery of medicine and food to Somalia.
        assertThat(code("allow-delivery.conllu", LocalDate.of(2021, 3, 4)))
                .filteredOn(e -> e.trigger().text().startsWith("allow")).extracting(e -> dyad(e) + e.cameo().code())
                .containsExactly("KEN>SOM:08:asserted0863");
    }

    @Test
    void expellingAnInternationalBodyWithdrawsItsInvolvementExpellingPeopleDeportsThem() {
        // Eritrea forced the UN children's agency out of the country on Monday. Eritrea expelled two Ethiopian
        // journalists.
        assertThat(code("expelled-organisation.conllu", LocalDate.of(2021, 3, 4))).extracting(e -> e.cameo().code())
                .containsExactly("166", "174");
    }

    @Test
    void theOfPhraseOfALightVerbsNounNamesItsOwner() {
        // Iran expelled inspectors of the International Atomic Energy Agency on Monday.
        assertThat(code("inspectors-of.conllu", LocalDate.of(2021, 3, 4))).extracting(EventCoderTest::dyad)
                .containsExactly("IRN>IGOIAE:16:asserted");
    }

    @Test
    void aCapitalIsTheGovernmentOnlySinceItIsOne() {
        // Sudanese rebels shelled Juba on Tuesday, killing five civilians.
        assertThat(code("dated-capital-juba.conllu", LocalDate.of(1996, 2, 6))).extracting(EventCoderTest::dyad)
                .contains("SDNREB>SDN:19:asserted").noneMatch(d -> d.contains("SSD"));
        assertThat(code("dated-capital-juba.conllu", LocalDate.of(2014, 2, 4))).extracting(EventCoderTest::dyad)
                .contains("SDNREB>SSDGOV:19:asserted");
    }

    @Test
    void aCapitalsNameIsThePlaceOfTheCountryTheStoryNames() {
        // Israeli warplanes bombed Tripoli, the second city of Lebanon, on Monday. Fighting spread across northern
        // Lebanon on Sunday. Gunmen shelled Tripoli overnight, killing four people.
        assertThat(code("shared-capital-name-tripoli.conllu", LocalDate.of(1985, 10, 7)))
                .extracting(EventCoderTest::dyad).containsExactly("ISRMIL>LBN:19:asserted", "LBNINS>LBN:19:asserted");
    }
}
