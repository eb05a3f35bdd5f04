package org.attache.cli;

import org.attache.store.ParquetImporter;
import org.attache.store.Store;
import org.attache.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code attache import-parquet}: mention records from Parquet into the store, deduplicated like ingested ones. */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
        description = "Import mention records from Parquet (attache export --format parquet, or any files with the"
                + " same columns) into the store; articles already stored are skipped.")
public final class ImportParquetCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "PATH", description = "A .parquet file or a directory of them (read recursively).")
    Path path;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = Store.DEFAULT_PATH,
            description = "The store (created if absent; default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200000",
            description = "Commit about every N mentions (default: ${DEFAULT-VALUE}).")
    int batch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), path + ": no such file or directory");
        }
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        long start = System.nanoTime();
        try (Store store = Store.openForWriting(db)) {
            ParquetImporter.Result r = new ParquetImporter(store).importFrom(path, batch);
            err.printf("attache: imported %d article%s (%d re-coded), %d mentions, %d new events; %d already stored,"
                            + " skipped; %.1f s%n", r.articles(), r.articles() == 1 ? "" : "s", r.replaced(),
                    r.mentions(), r.newEvents(), r.skipped(), (System.nanoTime() - start) / 1e9);
            err.flush();
            return 0;
        } catch (StoreException e) {
            err.println("attache: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
