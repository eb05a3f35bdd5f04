package org.attache.store;

import org.attache.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.Fixtures.asserted;
import static org.attache.store.Fixtures.count;

/** Near-duplicate articles in a real DuckDB store: a blog's reprint of a wire report with its own commentary. */
class SyndicatedCopiesTest {
    private static final LocalDate D = LocalDate.of(2021, 9, 14);
    private static final String MET = "Pakistan's foreign minister met the US envoy in Islamabad on Monday.";
    private static final String PRESSED = "Washington pressed Islamabad to cooperate on counterterrorism.";
    private static final String REPORT = MET + " " + PRESSED + """
             The cables describe tense meetings between the American envoy and the Pakistani foreign secretary in
            late August, in which both sides traded complaints about the withdrawal from Afghanistan and the refugee
            flows that followed it. Officials in Washington want Islamabad to share intelligence about militant
            groups operating along the border, and they have asked for overflight rights for surveillance aircraft.
            Pakistani officials have so far declined to commit, saying their country has paid a heavy price in two
            decades of war, and a spokesman said that talks with the United States would continue next week.
            """;
    private static final String COMMENTARY = "Editor's note: we reprint this report because it shows how great"
            + " powers treat their smaller allies; the emphasis is ours. Islamabad protested to Washington.";

    private static ArticleRecord record(String id, String url, String source, LocalDate published, String text) {
        Article article = new Article(id, source, url, "Title of " + id, published, "header", text, id + ".txt");
        return ArticleRecord.of(article, "v1", Fixtures.CODED_AT);
    }

    private static MentionRow said(MentionRow m, String sentence) {
        return new MentionRow(m.recordId(), m.date(), m.dateOrigin(), m.sentenceIndex(), sentence,
                m.sentenceStart(), m.sentenceStart() + sentence.length(), m.sourceText(), m.sourceCode(),
                m.sourceCountry(), m.sourceSector(), m.sourceStart(), m.sourceEnd(), m.sourceResolvedBy(),
                m.targetText(), m.targetCode(), m.targetCountry(), m.targetSector(), m.targetStart(), m.targetEnd(),
                m.targetResolvedBy(), m.triggerText(), m.triggerStart(), m.triggerEnd(), m.cameo(), m.cameoName(),
                m.root(), m.quad(), m.goldstein(), m.plover(), m.ploverMode(), m.ploverContext(), m.modality(),
                m.confidence(), m.locationText(), m.locationName(), m.locationKind(), m.locationCountry(),
                m.locationLat(), m.locationLon(), m.locationStart(), m.locationEnd());
    }

    @Test
    void aReprintWithOtherWordingLinksToTheOriginalAndItsReportsAreFurtherMentions(@TempDir Path dir) {
        try (Store store = Fixtures.open(dir)) {
            ArticleRecord wire = record("wire", "https://wire.example/cables", "Wire", D, REPORT);
            Fixtures.write(store, Map.of(wire, List.of(
                    said(asserted("w-e1", "PAKGOV", "USAGOV", "040", D.minusDays(1), 1.0), MET),
                    said(asserted("w-e2", "USA", "PAK", "1041", D, -5.0), PRESSED))));

            // a week later, with commentary around it: "on Monday" now resolves to another day, outside the window
            LocalDate later = D.plusDays(7);
            ArticleRecord blog = record("blog", "https://blog.example/reprint", "Blog", later,
                    COMMENTARY + "\n\n" + REPORT.replace("Monday", "Monday,").replace("  ", " ") + "\nPost a Comment");
            StoreWriter.BatchResult result = Fixtures.write(store, Map.of(blog, List.of(
                    said(asserted("b-e1", "PAKGOV", "USAGOV", "040", later.minusDays(1), 1.0), MET),
                    said(asserted("b-e2", "USA", "PAK", "1041", later, -5.0), PRESSED),
                    said(asserted("b-e3", "PAKGOV", "USAGOV", "111", later, -2.0), COMMENTARY))));

            assertThat(result.copies()).isEqualTo(1);
            assertThat(count(store, "SELECT copy_of FROM articles WHERE article_id = 'blog'"))
                    .isEqualTo(count(store, "SELECT id FROM articles WHERE article_id = 'wire'"));
            assertThat(count(store, "SELECT count(*) FROM articles WHERE article_id = 'blog'"
                    + " AND copy_containment BETWEEN 0.8 AND 1.0")).isEqualTo(1);
            // the two reprinted reports joined the original's events; the blog's own protest is a new event
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(3);
            assertThat(count(store, "SELECT count(*) FROM events WHERE num_mentions = 2 AND num_articles = 2"))
                    .isEqualTo(2);
            assertThat(count(store, "SELECT count(*) FROM events WHERE root = 11 AND num_mentions = 1")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM events WHERE root = 4 AND event_date = ?", D.minusDays(1)))
                    .isEqualTo(1);
        }
    }

    @Test
    void theOriginalIsFoundAfterTheStoreIsReopenedAndAnUnrelatedStoryIsNoCopy(@TempDir Path dir) {
        ArticleRecord wire = record("wire", "https://wire.example/cables", "Wire", D, REPORT);
        try (Store store = Fixtures.open(dir)) {
            Fixtures.write(store, Map.of(wire, List.of(said(asserted("w-e1", "USA", "PAK", "1041", D, -5.0), PRESSED))));
        }
        try (Store store = Fixtures.open(dir)) {
            String unrelated = "Farmers in the southern province harvested a record wheat crop this season, the"
                    + " agriculture ministry said on Tuesday, crediting late rains and a new subsidy for fertiliser."
                    + " Prices at the main grain market fell by a tenth during the week, and traders expect exports"
                    + " to resume next month if the port reopens after repairs to its cranes and its main channel.";
            Fixtures.write(store, Map.of(
                    record("copy", "https://paper.example/cables", "Paper", D.plusDays(2), REPORT + " (AFP)"), List.of(
                            said(asserted("c-e1", "USA", "PAK", "1041", D.plusDays(2), -5.0), PRESSED)),
                    record("farm", "https://paper.example/wheat", "Paper", D, unrelated), List.of()));
            assertThat(count(store, "SELECT count(*) FROM articles WHERE copy_of IS NOT NULL")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM articles WHERE article_id = 'copy' AND copy_of = "
                    + "(SELECT id FROM articles WHERE article_id = 'wire')")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(1);
            assertThat(count(store, "SELECT num_mentions FROM events")).isEqualTo(2);
        }
    }
}
