package org.attache.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad inputs are named on stderr, the rest of the batch is coded, and the exit status says some failed. */
class BadInputTest {

    @Test
    void badInputsAreReportedAndGoodOnesCoded(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("latin1.txt"), "Le pr\u00e9sident fran\u00e7ais a critiqu\u00e9 la Russie."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"ok-1\",\"published\":\"2022-03-01\","
                + "\"text\":\"Germany condemned Russia for the invasion of Ukraine.\"}\n{\"id\": broken\n");
        Files.writeString(dir.resolve("good.txt"), "Date: 2022-03-02\n\nPoland accused Russia of attacking Ukraine.");

        CliRun run = CliRun.run("code", "--format", "jsonl", dir.toString());

        assertThat(run.exitCode()).isEqualTo(CodeCommand.SOME_INPUTS_FAILED);
        assertThat(run.err().lines().filter(l -> l.startsWith("attache: ") && l.contains(dir.toString())))
                .anySatisfy(l -> assertThat(l).contains("binary.txt").contains("binary"))
                .anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"))
                .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("UTF-8"))
                .anySatisfy(l -> assertThat(l).contains("lines.jsonl:2").contains("malformed JSON"));
        assertThat(run.records()).extracting(r -> r.at("/article/id").asText()).contains("ok-1", "good");
    }

    @Test
    void aBadDateOptionIsAUsageError() {
        CliRun run = CliRun.run("code", "--date", "16/01/2018", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--date '16/01/2018' is not a date");
    }

    @Test
    void tableAndTsvFormatsPrintEvents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.txt");
        Files.writeString(file, "Date: 2022-03-02\n\nPoland accused Russia of attacking Ukraine.");
        CliRun table = CliRun.run("code", "--format", "table", file.toString());
        assertThat(table.out()).contains("POL").contains("RUS").contains("accused");
        CliRun tsv = CliRun.run("code", "--format", "tsv", file.toString());
        assertThat(tsv.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("id\tarticle_id\tdate"));
        assertThat(tsv.out().lines().skip(1)).anySatisfy(l -> assertThat(l).contains("\tPOL\t").contains("\tRUS"));
    }
}
