package org.attache.cli;

import org.attache.store.EventFilter;
import org.attache.store.Exporter;
import org.attache.store.Queries;
import org.attache.store.Store;
import org.attache.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code attache export}: stored events as GDELT 2.0 records, PLOVER JSON lines, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write stored events as GDELT 2.0 event records (61 tab-separated columns), PLOVER JSON lines,"
                + " CSV, or Parquet partitioned by event date.")
public final class ExportCommand implements Callable<Integer> {
    enum Format { gdelt, plover, csv, parquet }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gdelt, plover, csv or parquet.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Output file ('-' for standard output), or for parquet a directory.")
    String out;

    @Option(names = "--where", paramLabel = "KEY=VALUE",
            description = "Only these events (repeatable): actor=, source=, target= (USA, PAKGOV), root=10,11,"
                    + " quad=4, cameo=112, from=YYYY-MM-DD, to=YYYY-MM-DD, modality=asserted|...|all, min-mentions=N.")
    List<String> where = new ArrayList<>();

    @Option(names = "--all-modalities", description = "Same as --where modality=all (default: asserted events only).")
    boolean allModalities;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "csv and parquet: events (one row per deduplicated event) or mentions (one row per coded"
                    + " record, the columns import-parquet reads). Default: events for csv, mentions for parquet.")
    Exporter.Level level;

    @Option(names = "--overwrite", description = "parquet: write into a non-empty directory, replacing partitions.")
    boolean overwrite;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = Store.DEFAULT_PATH,
            description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EventFilter filter = new EventFilter();
        try {
            for (String w : where) {
                filter.set(w);
            }
            filter.check();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--where: " + e.getMessage());
        }
        if (allModalities) {
            filter.modality = null;
        }
        if (level != null && format != Format.csv && format != Format.parquet) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level applies to csv and parquet only");
        }
        if (format == Format.parquet && out.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "parquet export needs a directory, not '-'");
        }
        try (Store store = Store.openForReading(db)) {
            Queries queries = new Queries(store);
            for (String code : filter.actorCodes()) {
                if (!queries.knowsActor(code)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--where: unknown actor code '" + code
                            + "': no stored event and no dictionary entry has it");
                }
            }
            Exporter exporter = new Exporter(queries);
            Exporter.Result result;
            if (format == Format.parquet) {
                result = exporter.parquet(filter, level == null ? Exporter.Level.mentions : level, Path.of(out),
                        overwrite);
            } else {
                try (Writer writer = open()) {
                    result = switch (format) {
                        case gdelt -> exporter.gdelt(filter, writer);
                        case plover -> exporter.plover(filter, writer);
                        default -> exporter.csv(filter, level == null ? Exporter.Level.events : level, writer);
                    };
                }
            }
            if (result.note() != null) {
                err.println("attache: " + result.note());
            }
            err.println("attache: exported " + result.written() + " " + (format == Format.parquet || format == Format.csv
                    ? (level == null ? (format == Format.csv ? "events" : "mentions") : level.name())
                    : "events") + " to " + out);
            err.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (StoreException e) {
            err.println("attache: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("attache: " + out + ": cannot write: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private Writer open() throws IOException {
        if (out.equals("-")) {
            return new FilterWriterNoClose(spec.commandLine().getOut());
        }
        Path path = Path.of(out);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Standard output is flushed, not closed. */
    private static final class FilterWriterNoClose extends java.io.FilterWriter {
        FilterWriterNoClose(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
