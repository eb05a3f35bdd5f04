package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The two motivating articles, coded end to end through the real CLI and CoreNLP. */
class SeedArticlesTest {

    private static Predicate<JsonNode> dyad(String sourceCountry, String targetCountry) {
        return r -> !r.get("target").isNull() && r.at("/source/country").asText().equals(sourceCountry)
                && r.at("/target/country").asText().equals(targetCountry);
    }

    private static Predicate<JsonNode> sentenceContains(String fragment) {
        return r -> r.at("/sentence/text").asText().replace('’', '\'').contains(fragment);
    }

    private static Predicate<JsonNode> rootIn(String... roots) {
        return r -> List.of(roots).contains(r.get("root").asText());
    }

    @Test
    void envoyVisitEditorial() throws Exception {
        Path seed = SharedData.require("seeds/000_098fdc8fca238d34.txt");
        CliRun run = CliRun.run("code", "--format", "jsonl", "--date", "2018-01-16", seed.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> events = run.records();

        assertThat(events).as("USA->PAK root 05 from 'acknowledged Pakistan's efforts'")
                .anyMatch(dyad("USA", "PAK").and(rootIn("05")).and(sentenceContains("Ambassador Wells acknowledged Pakistan's efforts")));
        assertThat(events).as("USA->PAK root 10 or 02 from 'urged Islamabad to address'")
                .anyMatch(dyad("USA", "PAK").and(rootIn("10", "02")).and(sentenceContains("urged Islamabad to address")));
        assertThat(events).as("USA->PAK root 03 from 'Wells conveyed to her Pakistani interlocutors'")
                .anyMatch(dyad("USA", "PAK").and(rootIn("03")).and(sentenceContains("Wells conveyed to her Pakistani interlocutors")));
        assertThat(events).allMatch(r -> r.get("modality").asText().equals("asserted"));
        assertNothingCodedFrom(events, Files.readString(seed), "Exit mobile version");
    }

    @Test
    void leakedCablesBlogReprint() throws Exception {
        Path seed = SharedData.require("seeds/003_965ce79273424c25.txt");
        CliRun run = CliRun.run("code", "--format", "jsonl", "--all-modalities", "--date", "2021-09-01", seed.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> events = run.records();

        assertThat(events).as("USA->PAK root 10 or 02 from 'quietly pressing Pakistan to cooperate'")
                .anyMatch(dyad("USA", "PAK").and(rootIn("10", "02")).and(sentenceContains("quietly pressing Pakistan to cooperate"))
                        .and(r -> r.get("modality").asText().equals("asserted")));
        assertThat(events).as("no asserted USA-PAK consultation from 'has not spoken yet'")
                .noneMatch(sentenceContains("has not spoken yet").and(rootIn("04"))
                        .and(dyad("USA", "PAK").or(dyad("PAK", "USA")))
                        .and(r -> r.get("modality").asText().equals("asserted")));

        assertNothingCodedFrom(events, Files.readString(seed), "Read more ....", "Post a Comment");

        String text = Files.readString(seed);
        assertThat(events).as("events from the opening photo caption are marked as caption")
                .filteredOn(r -> r.at("/sentence/start").asInt() < text.indexOf('\n'))
                .isNotEmpty()
                .allMatch(r -> r.at("/sentence/section").asText().equals("caption"));
        int editorNote = text.indexOf("WNU Editor:");
        assertThat(events).as("events from the blog editor's commentary are marked as editor_note")
                .filteredOn(r -> r.at("/sentence/start").asInt() >= editorNote)
                .isNotEmpty()
                .allMatch(r -> r.at("/sentence/section").asText().equals("editor_note"));
        assertThat(events).as("the quoted report is body")
                .filteredOn(sentenceContains("quietly pressing Pakistan"))
                .allMatch(r -> r.at("/sentence/section").asText().equals("body"));
        assertThat(events).allMatch(r -> r.at("/article/date_source").asText().equals("cli"));
    }

    private static void assertNothingCodedFrom(List<JsonNode> events, String text, String... leftovers) {
        for (String leftover : leftovers) {
            int start = text.indexOf(leftover);
            int end = start + leftover.length();
            assertThat(start).as("'%s' is in the article", leftover).isNotNegative();
            assertThat(events).as("nothing coded from '%s'", leftover).noneMatch(r ->
                    overlaps(r.get("trigger"), start, end) || overlaps(r.get("source"), start, end)
                            || overlaps(r.get("target"), start, end));
        }
    }

    private static boolean overlaps(JsonNode span, int start, int end) {
        return span != null && !span.isNull() && span.get("start").asInt() < end && span.get("end").asInt() > start;
    }
}
