package org.attache.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code attache-spark}: Attaché's coding on Apache Spark. The main class for {@code spark-submit} and for the
 * {@code ./attache-spark} launcher (local mode).
 */
@Command(name = "attache-spark", mixinStandardHelpOptions = true,
        subcommands = {SparkCodeCommand.class, SparkBenchCommand.class},
        description = "Code a news archive on Apache Spark with the same pipeline and deduplication as attache ingest.")
public final class AttacheSpark implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int status = new CommandLine(new AttacheSpark()).execute(args);
        System.exit(status);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: code or bench");
    }
}
