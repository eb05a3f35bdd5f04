package org.attache.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MisspeltNamesTest {
    private static final MisspeltNames NAMES = new MisspeltNames(List.of("Afghanistan", "Ethiopia", "Tanzania",
            "Zambian", "Gambian", "Serbian", "Sorbian", "Niger", "Nigeria", "Austria", "Australia"));

    @Test
    void aWordOneSlipFromOneNameIsThatName() {
        assertThat(NAMES.correct("Afganistan")).isEqualTo("afghanistan"); // a letter left out
        assertThat(NAMES.correct("Ethopia")).isEqualTo("ethiopia");
        assertThat(NAMES.correct("Tanzannia")).isEqualTo("tanzania");     // a letter added
        assertThat(NAMES.correct("Zambain")).isEqualTo("zambian");        // two neighbours swapped
        assertThat(NAMES.correct("Gambiun")).isEqualTo("gambian");        // a letter changed
    }

    @Test
    void knownShortFarOrAmbiguousWordsAreNotGuessed() {
        assertThat(NAMES.correct("Austria")).isNull();    // a name itself
        assertThat(NAMES.correct("Nigerx")).isNull();     // "Niger" is too short to guess from
        assertThat(NAMES.correct("Austrlia")).isNull();   // one slip from "Australia" and from "Austria"
        assertThat(NAMES.correct("Astrya")).isNull();     // two slips from "Austria"
        assertThat(NAMES.correct("Sarbian")).isNull();    // one slip from both "Serbian" and "Sorbian"
        assertThat(NAMES.correct("Xambian")).isNull();    // a different first letter
        assertThat(NAMES.correct("Afghan-istan")).isNull();
    }

    @Test
    void oneEditMeansExactlyOne() {
        assertThat(MisspeltNames.oneEditApart("ethiopia", "ethopia")).isTrue();
        assertThat(MisspeltNames.oneEditApart("ethiopia", "ethiopia")).isFalse();
        assertThat(MisspeltNames.oneEditApart("ethiopia", "etihopai")).isFalse();
    }
}
