package org.attache.pipeline;

import org.attache.ingest.IngestError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's summary accounts for every article: coded, skipped or failed, each with its reason. */
class RunTallyTest {

    @Test
    void everyArticleIsCountedOnceAndTheCountsAddUp() {
        RunTally tally = new RunTally();
        tally.coded(new CodedArticle(List.of(), 10, 4), 0);
        tally.coded(new CodedArticle(List.of(), 20, 5), 3);
        tally.skipped("duplicate");
        tally.skipped("not English");
        tally.skipped("duplicate");
        tally.failed(new StackOverflowError());
        tally.unreadable(new IngestError("a.jsonl", 7, "malformed JSON: Unexpected character ('x')"));
        tally.unreadable(new IngestError("a.jsonl", 9, "malformed JSON: Unexpected end-of-input"));

        assertThat(tally.articles()).isEqualTo(6).isEqualTo(tally.coded() + tally.skipped() + tally.failed());
        assertThat(tally.codedWithEvents()).isEqualTo(1);
        assertThat(tally.sentences()).isEqualTo(30);
        assertThat(tally.parsedSentences()).isEqualTo(9);
        assertThat(tally.events()).isEqualTo(3);
        assertThat(tally.skippedByReason()).containsEntry("duplicate", 2L).containsEntry("not English", 1L);
        assertThat(tally.unreadableByReason()).containsOnlyKeys("malformed JSON").containsEntry("malformed JSON", 2L);
        assertThat(tally.describe("events")).startsWith("6 articles: 2 coded (1 with events), 3 skipped (2 duplicate,"
                        + " 1 not English), 1 failed (1 StackOverflowError); 2 inputs or records not read"
                        + " (2 malformed JSON); 30 sentences, 30.0% parsed in full; 3 events; ")
                .contains(" sentences/s, ");
    }

    @Test
    void reasonsAreCountedByKindWithoutTheirParticulars() {
        RunTally tally = new RunTally();
        tally.skipped("not English (language detected: fr)");
        tally.skipped("not English (language detected: de)");
        tally.skipped("nothing left after removing page furniture");
        tally.unreadable(new IngestError("c.jsonl.gz", 12, "truncated or damaged gzip data (compressed input ends at"
                + " byte 7761); the articles before this point were read"));

        assertThat(tally.skippedByReason()).containsOnly(java.util.Map.entry("not English", 2L),
                java.util.Map.entry("nothing left after removing page furniture", 1L));
        assertThat(tally.unreadableByReason()).containsOnlyKeys("truncated or damaged gzip data");
    }
}
