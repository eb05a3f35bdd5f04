package org.attache.cli;

import org.attache.store.Store;
import org.attache.store.StoreBench;
import org.attache.web.ApiBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code attache bench-api}: the REST API's answer times over real HTTP on a store of synthetic events. */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = "Measure the REST API over HTTP on a store of synthetic events (built in a scratch directory,"
                + " removed afterwards unless --dir is given): dyad series, first page of events and others.")
public final class BenchApiCommand implements Callable<Integer> {
    static final double SERIES_TARGET_MS = 100;
    static final double EVENTS_TARGET_MS = 200;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Synthetic events in the store (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "51",
            description = "Timed requests of each kind (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "5",
            description = "Untimed requests of each kind first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Keep the store in this directory (reused when already there).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || runs < 1 || warmUp < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--events and --runs must be positive, --warm-up not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "machine            %d cores, max heap %d MB, %s %s, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        Path scratch = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("attache-bench-api");
        Path db = scratch.resolve("api-" + events + ".duckdb");
        try {
            if (!Files.exists(db)) {
                new StoreBench(out).buildSyntheticStore(db, events);
            }
            Map<String, Double> medians;
            try (Store store = Store.openForReading(db)) {
                out.printf(Locale.ROOT, "store              %s: %,d events%n", db, store.count("SELECT count(*) FROM events"));
                out.flush();
                medians = new ApiBench(out).run(store, warmUp, runs);
            }
            double series = medians.values().stream().findFirst().orElseThrow();
            double firstPage = medians.values().stream().skip(1).findFirst().orElseThrow();
            boolean met = series < SERIES_TARGET_MS && firstPage < EVENTS_TARGET_MS;
            out.printf(Locale.ROOT, "targets            dyad series median %.1f ms (< %.0f), events first page median"
                    + " %.1f ms (< %.0f): %s%n", series, SERIES_TARGET_MS, firstPage, EVENTS_TARGET_MS,
                    met ? "met" : "NOT met");
            out.flush();
            return met ? 0 : 1;
        } finally {
            if (dir == null) {
                try (Stream<Path> walk = Files.walk(scratch)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
