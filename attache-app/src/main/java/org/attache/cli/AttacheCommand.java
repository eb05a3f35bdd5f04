package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command line: one subcommand per job. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "attache 0.1.0",
        description = "Political event data from news text: who did what to whom, when, coded in CAMEO.",
        subcommands = {CodeCommand.class, ParseCommand.class, ReadCommand.class, ActorsCommand.class, BenchCommand.class,
                EvalCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
                ImportParquetCommand.class, BenchStoreCommand.class, ServeCommand.class, DemoCommand.class,
                BenchApiCommand.class, CommandLine.HelpCommand.class})
public final class AttacheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        return new CommandLine(new AttacheCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
