package org.attache.cli;

import org.attache.store.StoreBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code attache bench-store}: the event store's insert and query benchmarks (docs/BENCHMARKS.md). */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Measure the event store: bulk insert (mentions/s) and the monthly dyad series over millions"
                + " of synthetic events. Works in a scratch directory, removed afterwards.")
public final class BenchStoreCommand implements Callable<Integer> {
    @Option(names = "--mentions", paramLabel = "N", defaultValue = "1000000",
            description = "Mentions to insert (default: ${DEFAULT-VALUE}).")
    int mentions;

    @Option(names = "--events", paramLabel = "N", defaultValue = "10000000",
            description = "Synthetic events for the query benchmark (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "11",
            description = "Times the dyad series is computed (the first is reported apart; default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100000",
            description = "Mentions per transaction in the writer benchmark (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--dir", paramLabel = "DIR", description = "Scratch directory (default: a new temporary one).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (mentions < 1 || events < 1 || runs < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--mentions and --events must be positive, --runs at least 2");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("attache-bench-store");
        out.printf("machine            %d cores, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        out.flush();
        try {
            StoreBench bench = new StoreBench(out);
            bench.appenderInsert(scratch.resolve("appender.duckdb"), mentions);
            bench.writerInsert(scratch.resolve("writer.duckdb"), mentions, 10, batch);
            bench.dyadSeries(scratch.resolve("series.duckdb"), events, runs);
        } finally {
            if (dir == null) {
                try (Stream<Path> walk = Files.walk(scratch)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }
}
