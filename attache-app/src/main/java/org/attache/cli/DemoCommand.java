package org.attache.cli;

import org.attache.ingest.Article;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.InputCollector;
import org.attache.store.Ingester;
import org.attache.store.PipelineVersion;
import org.attache.store.Store;
import org.attache.store.StoreException;
import org.attache.store.StoreWriter;
import org.attache.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code attache demo}: codes the bundled sample articles into a fresh temporary store and serves it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the bundled sample articles (examples/articles) into a fresh temporary store and serve"
                + " the dashboard over it; prints the URL. The store is deleted when the server stops.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "PATH", defaultValue = "examples/articles",
            description = "What to code (default: ${DEFAULT-VALUE}).")
    List<String> articles;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebServer.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ServeCommand.check(spec, port);
        PrintWriter err = spec.commandLine().getErr();
        for (String path : articles) {
            if (!path.equals("-") && !Files.exists(Path.of(path))) {
                err.println("attache: " + path + ": no such file or directory (run attache demo from the project"
                        + " directory, or give --articles PATH)");
                err.flush();
                return 2;
            }
        }
        Path dir = Files.createTempDirectory("attache-demo");
        Path db = dir.resolve("demo.duckdb");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        err.println("attache: coding " + String.join(", ", articles) + " into " + db + " (loading the models takes"
                + " a while)...");
        err.flush();
        try {
            build(db, articles, err);
        } catch (StoreException e) {
            err.println("attache: " + e.getMessage());
            err.flush();
            return 1;
        }
        return ServeCommand.serve(spec, Store.openForReading(db), host, port, "attache: demo store " + db);
    }

    /** Codes the inputs into a new store at {@code db} with the shared pipeline. */
    static Ingester.Summary build(Path db, List<String> inputs, PrintWriter err) {
        Ingester.Summary summary;
        try (Store store = Store.openForWriting(db); StoreWriter writer = new StoreWriter(store)) {
            Ingester ingester = new Ingester(writer, ServeCommand.coder(), PipelineVersion.current(), 64, 60_000, err,
                    false);
            new InputCollector(System.in).collect(inputs, new ArticleSink() {
                @Override
                public void article(Article article) {
                    ingester.article(article);
                }

                @Override
                public void error(IngestError error) {
                    ingester.error(error);
                }
            });
            summary = ingester.finish();
            store.checkpoint();
        }
        err.println(summary.describe());
        err.flush();
        return summary;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}
