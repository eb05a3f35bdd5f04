package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code attache eval} through picocli and the real pipeline, on the first 40 records of the PLOVER gold standard.
 * The command is run on its own command line, so the test does not depend on how {@link AttacheCommand} lists it.
 */
class EvalCommandTest {

    private static CliRun eval(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new EvalCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void ploverEvaluationOfFortyRecords(@TempDir Path dir) throws Exception {
        Path gold = SharedData.require("data/gold/plover-gsr-cameo.json");
        Path json = dir.resolve("metrics.json");

        CliRun run = eval("--gold", gold.toString(), "--format", "plover", "--limit", "40",
                "--worst", "5", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("40 sentences of plover-gsr-cameo.json", "40/40 sentences coded");
        assertThat(run.out()).contains("PLOVER gold standard", "Event detection", "Category", "Actor countries",
                "Triples (source country, target country, category)", "Per category", "Confusion matrix",
                "Worst errors (");

        JsonNode metrics = new ObjectMapper().readTree(Files.readString(json));
        assertThat(metrics.get("sentences").asInt()).isEqualTo(40);
        assertThat(metrics.get("failed").asInt()).isZero();
        assertThat(metrics.at("/detection/total").asInt()).isEqualTo(40);
        assertThat(metrics.at("/detection/correct").asInt()).as("some of 40 sentences are coded").isPositive();
        for (String pointer : List.of("/detection/value", "/category/any_event_on_detected/value",
                "/category/top_event_on_detected/value", "/category/top_event_on_all/value",
                "/source_country/value", "/triples/precision", "/triples/recall", "/triples/f1")) {
            JsonNode value = metrics.at(pointer);
            assertThat(value.isNumber()).as("%s is a number: %s", pointer, value).isTrue();
            assertThat(value.asDouble()).as(pointer).isBetween(0.0, 1.0);
        }
        assertThat(metrics.at("/category/any_event_on_detected/value").asDouble())
                .isGreaterThanOrEqualTo(metrics.at("/category/top_event_on_detected/value").asDouble());
        assertThat(metrics.get("worst")).hasSizeLessThanOrEqualTo(5);
        assertThat(metrics.get("per_category")).isNotEmpty();
        assertThat(metrics.at("/confusion/AGREE")).isNotNull();
        // floors under the figures of commit abe35dc on these 40 records (detection 33/40, top category 32/33,
        // triple F1 0.70), so a coder change that loses recall or precision fails here
        assertThat(metrics.at("/detection/value").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(metrics.at("/category/top_event_on_detected/value").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(metrics.at("/triples/f1").asDouble()).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void parseCacheGivesTheSameReportAndCalibrationWritesAModel(@TempDir Path dir) throws Exception {
        Path gold = SharedData.require("data/gold/plover-gsr-cameo.json");
        Path cache = dir.resolve("parses");
        Path model = dir.resolve("confidence-model.tsv");

        CliRun first = eval("--gold", gold.toString(), "--limit", "20", "--worst", "3", "--parse-cache",
                cache.toString(), "--calibrate", model.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (var files = Files.list(cache)) {
            assertThat(files.count()).as("one parse per distinct sentence").isBetween(15L, 20L);
        }
        CliRun second = eval("--gold", gold.toString(), "--limit", "20", "--worst", "3", "--parse-cache",
                cache.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        String report = first.out().substring(0, first.out().indexOf("Fitted confidence model"));
        assertThat(second.out()).isEqualToIgnoringNewLines(report);
        assertThat(first.out()).contains("Confidence reliability", "Brier score", "Fitted confidence model",
                "Reliability in 5-fold cross-validation");

        org.attache.events.ConfidenceModel fitted = org.attache.events.ConfidenceModel.parse(
                Files.readAllLines(model), model.toString());
        assertThat(fitted.weights()).hasSize(org.attache.events.ConfidenceFeatures.NAMES.size());
        assertThat(Files.readString(model)).contains("# Fitted by: attache eval --gold plover-gsr-cameo.json");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = eval("--gold", "gold.xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
        run = eval("--gold", "gold.json", "--format", "tabari");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown gold format 'tabari'");
    }

    @Test
    void aMissingGoldFileIsNamed(@TempDir Path dir) {
        CliRun run = eval("--gold", dir.resolve("absent.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(EvalCommand.GOLD_UNREADABLE);
        assertThat(run.err()).contains("absent.tsv").contains("cannot read");
    }
}
