package org.attache.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {
    private static final LocalDate CRAWLED = LocalDate.of(2019, 1, 27);

    @Test
    void wireDatelines() {
        assertThat(Datelines.find("KABUL, Jan. 25 (Reuters) - Afghan forces said...", CRAWLED))
                .isEqualTo(LocalDate.of(2019, 1, 25));
        assertThat(Datelines.find("TEHRAN, March 3, 2020 (IRNA) — Iran said...", null))
                .isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(Datelines.find("NEW DELHI, Dec. 30 (AP) - India said...", CRAWLED))
                .as("a day after the reference falls in the year before").isEqualTo(LocalDate.of(2018, 12, 30));
        assertThat(Datelines.find("KABUL, Jan. 25 (Reuters) - no year and no reference", null)).isNull();
    }

    @Test
    void dateLinesOfTheirOwn() {
        assertThat(Datelines.find("Friday, January 4, 2019\nA building collapsed...", null))
                .isEqualTo(LocalDate.of(2019, 1, 4));
        assertThat(Datelines.find("Some headline\n4 January 2019\nText.", null)).isEqualTo(LocalDate.of(2019, 1, 4));
        assertThat(Datelines.find("2021-09-01\nText.", null)).isEqualTo(LocalDate.of(2021, 9, 1));
    }

    @Test
    void datesInTheStoryAreNotDatelines() {
        assertThat(Datelines.find("The talks began on January 4, 2019 in Doha.", null)).isNull();
        assertThat(Datelines.find("Pakistan's Prime Minister gives an interview in Islamabad, Pakistan, March 16, 2020.",
                null)).isNull();
        assertThat(Datelines.find("a\nb\nc\nd\ne\nf\nFriday, January 4, 2019", null)).as("too far down").isNull();
        assertThat(Datelines.find("February 30, 2019\nText", null)).as("not a day").isNull();
    }
}
