package org.attache.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static String sectionText(ArticleCleaner.Cleaned cleaned, TextSection.Role role) {
        return cleaned.sections().stream().filter(s -> s.role() == role)
                .map(s -> cleaned.text().substring(s.start(), s.end())).findFirst().orElse(null);
    }

    @Test
    void pageFurnitureIsBlankedAndOffsetsAreKept() {
        String text = String.join("\n",
                "Skip to content",
                "Chile and Peru sign a fisheries accord",
                "Chile and Peru signed an accord on fishing rights on Monday, officials said.",
                "Share on Twitter",
                "Continue reading ....",
                "The accord ends a dispute that began in 2014.",
                "3 Comments",
                "Leave a Reply",
                "View desktop version",
                "© 2024 Coastal Herald. All rights reserved.");
        ArticleCleaner.Cleaned cleaned = cleaner.clean(text);

        assertThat(cleaned.text()).hasSameSizeAs(text);
        String kept = cleaned.text().replaceAll("[ ]+\\n", "\n").replaceAll("\\n+", "\n").strip();
        assertThat(kept).isEqualTo("Chile and Peru sign a fisheries accord\n"
                + "Chile and Peru signed an accord on fishing rights on Monday, officials said.\n"
                + "The accord ends a dispute that began in 2014.");
        int sentence = text.indexOf("The accord ends");
        assertThat(cleaned.text().indexOf("The accord ends")).isEqualTo(sentence);
        assertThat(cleaned.removedLines()).isEqualTo(7);
    }

    @Test
    void proseThatStartsLikeAWidgetIsKept() {
        String text = "More than 300 people were evacuated from the valley on Sunday.\n"
                + "Share prices in Tokyo fell after the missile launch, traders said.\n"
                + "Subscribers to the state newspaper were told the talks had failed.\n"
                + "By Friday, the troops had left the border town.";
        ArticleCleaner.Cleaned cleaned = cleaner.clean(text);
        assertThat(cleaned.text()).isEqualTo(text);
        assertThat(cleaned.sections()).isEmpty();
    }

    @Test
    void repeatedParagraphsAndRepeatedTailsAreRemovedOnce() {
        String first = "Rescuers searched the collapsed building through the night, the ministry said.";
        String second = "No one was hurt in the second blast, which hit an empty warehouse. Police sealed off the area.";
        String text = first + "\n" + second + "\n" + first + "\n   Police sealed off the area.\n"
                + "Police sealed off the area and questioned two guards about the earlier fire.";
        ArticleCleaner.Cleaned cleaned = cleaner.clean(text);
        String kept = cleaned.text();
        assertThat(kept.split(java.util.regex.Pattern.quote(first), -1)).hasSize(2);
        assertThat(kept).contains("questioned two guards");
        // the short tail "Police sealed off the area." is below the repeat threshold and stays
        assertThat(kept.split("Police sealed off the area\\.", -1)).hasSize(3);
    }

    @Test
    void longSentencesRepeatedInsideOneParagraphAreRemoved() {
        String tail = "Marine authorities were investigating the cause of the collision near the port of Gdynia, officials said.";
        String text = "A cargo ship and a tanker collided in the Baltic on Sunday. " + tail + " No one was hurt. "
                + "No one was hurt. " + tail;
        String cleaned = cleaner.clean(text).text();
        assertThat(cleaned).hasSameSizeAs(text);
        assertThat(cleaned.split(java.util.regex.Pattern.quote(tail), -1)).hasSize(2);
        assertThat(cleaned.split("No one was hurt\\.", -1)).as("short sentences may recur").hasSize(3);
    }

    @Test
    void captionsBylinesAndAnEditorsNoteAreMarked() {
        String text = String.join("\n",
                "Protesters gather outside parliament in Tbilisi, Georgia, May 1, 2024. Reuters/Irakli Gedenidze",
                "Daily Monitor: Georgia passes foreign agents law despite protests",
                "By Nino Beridze and Tom Walker, Daily Monitor",
                "Georgia's parliament passed a law on foreign agents on Tuesday.",
                "The European Union condemned the vote.",
                "Read more ....",
                "Blog Editor: I have followed this story for months and the vote surprises no one.",
                "The government will now face sanctions, in my view.",
                "2 Responses to \"Georgia Passes Foreign Agents Law Despite Weeks Of Protests In The Capital\"",
                "Post a Comment");
        ArticleCleaner.Cleaned cleaned = cleaner.clean(text);

        assertThat(sectionText(cleaned, TextSection.Role.CAPTION)).startsWith("Protesters gather").endsWith("Gedenidze");
        assertThat(sectionText(cleaned, TextSection.Role.BYLINE)).isEqualTo("By Nino Beridze and Tom Walker, Daily Monitor");
        assertThat(sectionText(cleaned, TextSection.Role.EDITOR_NOTE)).startsWith("Blog Editor:")
                .endsWith("in my view.").doesNotContain("Response").doesNotContain("Comment");
        assertThat(cleaned.text()).doesNotContain("Read more").doesNotContain("Post a Comment")
                .doesNotContain("Responses to");
        Article article = new Article("a", null, null, null, null, "none", cleaned.text(), "x", cleaned.sections());
        assertThat(article.sectionAt(text.indexOf("Georgia's parliament"))).isEqualTo("body");
        assertThat(article.sectionAt(text.indexOf("The government will"))).isEqualTo("editor_note");
        assertThat(article.sectionAt(3)).isEqualTo("caption");
    }

    @Test
    void aPhotoLabelClosingAStoryParagraphMarksOnlyItself() {
        String text = "Dust levels in Ahvaz were 60 times the standard on Saturday. Schools were closed. "
                + "Photo: Example News/ Jane Doe";
        ArticleCleaner.Cleaned cleaned = cleaner.clean(text);
        assertThat(sectionText(cleaned, TextSection.Role.CAPTION)).isEqualTo("Photo: Example News/ Jane Doe");
    }

    @Test
    void anEditorsNoteBeforeAQuotedReportEndsAtItsHeadline() {
        String text = String.join("\n",
                "Editor’s note: this report confirms what our readers told us last week.",
                "Harbour Times: Port strike spreads to three more cities",
                "Dock workers in three more cities walked out on Wednesday.");
        ArticleCleaner.Cleaned cleaned = cleaner.clean(text);
        assertThat(cleaned.sections()).extracting(TextSection::role).containsExactly(TextSection.Role.EDITOR_NOTE);
        assertThat(sectionText(cleaned, TextSection.Role.EDITOR_NOTE)).endsWith("last week.");
    }

    @Test
    void licenceFooterOfAnAgencyIsRemoved() {
        String text = "Iran and Iraq agreed to reopen a border crossing, the agency reported.\n"
                + "                 All Content by Example Agency is licensed under a Creative Commons Attribution 4.0 International License.";
        assertThat(cleaner.clean(text).text().strip())
                .isEqualTo("Iran and Iraq agreed to reopen a border crossing, the agency reported.");
    }

    @Test
    void aLicenceNoticeClosingTheOnlyParagraphTakesOnlyItsOwnSentence() {
        String text = "TEHRAN - Iran and Armenia signed a gas deal on Monday.  https://agency.example/news/1\u00a0"
                + " All Content by Example Agency is licensed under a Creative Commons Attribution 4.0 International License.";
        String cleaned = cleaner.clean(text).text();
        assertThat(cleaned).hasSameSizeAs(text);
        assertThat(cleaned.strip()).isEqualTo("TEHRAN - Iran and Armenia signed a gas deal on Monday.");
    }

    @Test
    void copyrightWordsInTheStoryAreKept() {
        String text = "The court ruled on the copyright case on Monday.\n"
                + "Musicians said the ruling on works licensed under Creative Commons was overdue.\n"
                + "The label will appeal.";
        assertThat(cleaner.clean("Copyright notices were posted.\n" + text).text()).isEqualTo("Copyright notices were posted.\n" + text);
    }

    @Test
    void preparationDatesFromTheDatelineAndSkipsOtherLanguages() {
        ArticlePreparation preparation = new ArticlePreparation(true);
        List<String> skipped = new java.util.ArrayList<>();
        Article wire = new Article("w", null, null, null, null, "none",
                "KABUL, Jan. 25 (Reuters) - Afghan forces retook a district centre from the Taliban on Friday.",
                "w.txt");
        assertThat(preparation.prepare(wire, java.time.LocalDate.of(2019, 2, 1), (a, r) -> skipped.add(r)).published())
                .isEqualTo(java.time.LocalDate.of(2019, 1, 25));
        Article french = new Article("f", null, null, null, null, "none",
                "Le gouvernement français a annoncé mardi une nouvelle réforme des retraites, malgré les grèves "
                        + "qui paralysent le pays depuis plusieurs semaines et l'opposition des syndicats.", "f.txt");
        assertThat(preparation.prepare(french, null, (a, r) -> skipped.add(a.id() + ": " + r))).isNull();
        assertThat(skipped).containsExactly("f: not English (language detected: fr)");
    }
}
