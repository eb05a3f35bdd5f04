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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code attache eval --format petrarch} through picocli and the real pipeline, on the first 30 PETRARCH-2 unit-test
 * records, with the Validate dictionaries found beside the records file.
 */
class PetrarchEvalCommandTest {
    private static final String RECORDS = "data/gold/petrarch2-PETR.UnitTest.records.xml";

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
    void thirtyUnitTestRecords(@TempDir Path dir) throws Exception {
        Path gold = SharedData.require(RECORDS);
        Path json = dir.resolve("metrics.json");

        CliRun run = eval("--gold", gold.toString(), "--format", "petrarch", "--limit", "30", "--worst", "5",
                "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("actors: loaded petrarch2-PETR.Validate.actors.txt",
                "petrarch2-PETR.Validate.agents.txt", "30 sentences of petrarch2-PETR.UnitTest.records.xml",
                "30/30 sentences coded");
        assertThat(run.out()).contains("PETRARCH-2 unit-test records", "Records reproduced exactly",
                "Triples, every scored event", "Agreement", "Per category", "DEMO", "Worst errors (5)");

        JsonNode metrics = new ObjectMapper().readTree(Files.readString(json));
        assertThat(metrics.get("format").asText()).isEqualTo("petrarch");
        assertThat(metrics.get("records_read").asInt()).as("the whole file reads without a bad record")
                .isEqualTo(284);
        assertThat(metrics.get("bad_records")).isEmpty();
        assertThat(metrics.get("records_scored").asInt()).isEqualTo(30);
        assertThat(metrics.get("failed").asInt()).isZero();
        assertThat(metrics.at("/reproduced/total").asInt()).isEqualTo(30);
        assertThat(metrics.at("/no_event_kept/total").asInt()).isEqualTo(1);
        assertThat(metrics.get("dictionaries")).extracting(JsonNode::asText)
                .containsExactly("petrarch2-PETR.Validate.actors.txt", "petrarch2-PETR.Validate.agents.txt");
        // floors well under the 2026-11 figures (14/29 detected, 6/29 dyads, 18/18 source countries)
        assertThat(metrics.at("/detection/correct").asInt()).as("records with some event").isGreaterThanOrEqualTo(7);
        assertThat(metrics.at("/dyads_reproduced/correct").asInt()).as("same (source, target) pairs")
                .isGreaterThanOrEqualTo(3);
        assertThat(metrics.at("/agreement/source_country/value").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(metrics.get("worst")).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void withoutTheDictionariesBesideItTheRecordsAreNotCoded(@TempDir Path dir) throws Exception {
        Path gold = SharedData.require(RECORDS);
        Path copy = Files.copy(gold, dir.resolve(gold.getFileName()));

        CliRun run = eval("--gold", copy.toString(), "--format", "petrarch");
        assertThat(run.exitCode()).isEqualTo(EvalCommand.GOLD_UNREADABLE);
        assertThat(run.err()).contains("petrarch2-PETR.Validate.actors.txt", "no such dictionary", "--actors");

        run = eval("--gold", copy.toString(), "--format", "petrarch", "--actors", dir.resolve("absent.txt").toString());
        assertThat(run.exitCode()).as("a missing --actors file is a usage error").isEqualTo(2);
        assertThat(run.err()).contains("--actors", "absent.txt");
    }
}
