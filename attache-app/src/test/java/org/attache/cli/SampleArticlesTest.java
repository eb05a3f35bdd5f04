package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.InputCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled samples through the real CLI: the README's main command, and the provenance of every event. */
class SampleArticlesTest {
    private static final Path SAMPLES = Path.of("..", "examples", "articles");
    private static CliRun run;

    @BeforeAll
    static void codeSamples() {
        run = CliRun.run("code", "--format", "jsonl", "--all-modalities", SAMPLES.toString());
    }

    @Test
    void everyInputIsReadAndCoded() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("coded 29 articles");
        assertThat(run.records()).extracting(r -> r.at("/article/id").asText()).hasSizeGreaterThan(60)
                .contains("01-pakistan-us-talks", "armenia-azerbaijan-talks");
    }

    @Test
    void everySpanSlicesTheArticleTextExactly() {
        Map<String, String> texts = new HashMap<>();
        new InputCollector(new ByteArrayInputStream(new byte[0])).collect(List.of(SAMPLES.toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                texts.put(article.id(), article.text());
            }

            @Override
            public void error(IngestError error) {
                throw new AssertionError(error.describe());
            }
        });
        List<JsonNode> records = run.records();
        assertThat(records).isNotEmpty();
        for (JsonNode r : records) {
            String text = texts.get(r.at("/article/id").asText());
            assertThat(text).as("article of %s", r.get("id")).isNotNull();
            for (String field : List.of("sentence", "trigger", "source", "target")) {
                JsonNode span = r.get(field);
                if (span.isNull()) {
                    continue;
                }
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                        .as("%s of %s", field, r.get("id")).isEqualTo(span.get("text").asText());
            }
        }
    }

    @Test
    void recordsCarryTheDocumentedFields() {
        JsonNode r = run.records().get(0);
        assertThat(r.fieldNames()).toIterable().contains("id", "article", "date", "sentence", "source", "target",
                "trigger", "cameo", "root", "quad", "goldstein", "plover", "modality", "confidence");
        for (JsonNode record : run.records()) {
            assertThat(record.get("cameo").asText()).startsWith(record.get("root").asText());
            assertThat(record.get("quad").asInt()).isBetween(1, 4);
            assertThat(record.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(record.get("modality").asText()).isIn("asserted", "negated", "hypothetical", "future", "reported");
        }
    }

    @Test
    void samplesYieldAssertedEventsAcrossTheCameoRoots() {
        Set<String> roots = new TreeSet<>();
        for (JsonNode r : run.records()) {
            if (r.get("modality").asText().equals("asserted")) {
                roots.add(r.get("root").asText());
            }
        }
        assertThat(roots).as("roots coded from the samples").hasSizeGreaterThanOrEqualTo(MIN_ROOTS);
    }

    /** Raise as the coder improves; the samples contain all 20 roots. */
    private static final int MIN_ROOTS = 19;
}
