package org.attache.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NearDuplicateIndexTest {
    private static final String REPORT = """
            The Biden administration is quietly pressing Pakistan to cooperate on counterterrorism after the fall of
            Kabul, according to diplomatic cables reviewed by reporters this week. Officials in Washington want
            Islamabad to share intelligence about militant groups operating along the border, and they have asked
            for overflight rights for surveillance aircraft. Pakistani officials have so far declined to commit,
            saying their country has paid a heavy price in two decades of war. The cables describe tense meetings
            between the American envoy and the Pakistani foreign secretary in late August, in which both sides
            traded complaints about the withdrawal and the refugee flows that followed it. A spokesman for the
            Pakistani foreign ministry said on Friday that talks with the United States would continue.
            """;

    private static final String OTHER_STORY = """
            Farmers in the southern province harvested a record wheat crop this season, the agriculture ministry
            said on Tuesday, crediting late rains and a new subsidy for fertiliser. Prices at the main grain market
            fell by a tenth during the week, and traders expect exports to resume next month if the port reopens.
            The ministry also announced a plan to build three new storage depots before the monsoon, financed by a
            loan from a regional development bank, and said that the cooperative societies would be consulted on
            where to build them. Opposition lawmakers questioned whether the subsidy would reach small farmers.
            """;

    @Test
    void identicalTextsAreFullyContained() {
        TextFingerprint a = TextFingerprint.of(REPORT);
        TextFingerprint b = TextFingerprint.of(REPORT.replace("\n", " ").toUpperCase());
        assertThat(a.jaccard(b)).isEqualTo(1.0);
        assertThat(a.containment(b)).isEqualTo(1.0);
    }

    @Test
    void aReprintInsideCommentaryIsFoundAsACopy() {
        String commentary = """
                Editor's note: we reprint below a report that deserves wider attention, because it shows how little
                has changed in the way great powers treat smaller allies. Readers will draw their own conclusions.
                """;
        String reprint = commentary + REPORT + "\nPost a Comment\nRead more ....\n" + commentary;
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>();
        index.add("original", TextFingerprint.of(REPORT));
        index.add("unrelated", TextFingerprint.of(OTHER_STORY));

        NearDuplicateIndex.Match<String> match = index.find(TextFingerprint.of(reprint));

        assertThat(match).isNotNull();
        assertThat(match.original()).isEqualTo("original");
        assertThat(match.containment()).isGreaterThan(0.8);
    }

    @Test
    void unrelatedStoriesAndLightlyOverlappingOnesAreNotCopies() {
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>();
        index.add("original", TextFingerprint.of(REPORT));
        assertThat(index.find(TextFingerprint.of(OTHER_STORY))).isNull();

        // a follow-up story quoting one sentence of the report is not a copy of it
        String followUp = OTHER_STORY + " Separately, a spokesman for the Pakistani foreign ministry said on Friday"
                + " that talks with the United States would continue.";
        assertThat(index.find(TextFingerprint.of(followUp))).isNull();
    }

    @Test
    void theEarliestOriginalWinsAndRemovedOnesAreForgotten() {
        NearDuplicateIndex<Integer> index = new NearDuplicateIndex<>();
        index.add(1, TextFingerprint.of(REPORT));
        index.add(2, TextFingerprint.of(REPORT + " Updated at noon."));
        assertThat(index.find(TextFingerprint.of(REPORT)).original()).isEqualTo(1);
        index.remove(1);
        assertThat(index.find(TextFingerprint.of(REPORT)).original()).isEqualTo(2);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void shortTextsAreNeverMatched() {
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>();
        String brief = "Pakistan and the United States held talks in Islamabad on Friday.";
        index.add("brief", TextFingerprint.of(brief));
        assertThat(index.size()).isZero();
        assertThat(index.find(TextFingerprint.of(brief))).isNull();
    }

    @Test
    void fingerprintsSurviveStorage() {
        TextFingerprint a = TextFingerprint.of(REPORT);
        TextFingerprint b = TextFingerprint.fromBytes(a.toBytes());
        assertThat(b.shingles()).isEqualTo(a.shingles());
        assertThat(a.jaccard(b)).isEqualTo(1.0);
        assertThat(TextFingerprint.of("").shingles()).isZero();
    }

    @Test
    void theJaccardEstimateTracksTheTrueOverlap() {
        // two texts sharing about half their shingles
        String first = REPORT;
        String second = REPORT.substring(0, REPORT.length() / 2) + OTHER_STORY;
        double estimate = TextFingerprint.of(first).jaccard(TextFingerprint.of(second));
        assertThat(estimate).isCloseTo(0.3, within(0.2));
    }
}
