package org.attache.cli;

import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.attache.store.Ingester;
import org.attache.store.Store;
import org.attache.store.StoreException;
import org.attache.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code attache serve}: the dashboard and REST API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard and the REST API (/api, documented at /api/openapi.json) over an event"
                + " store, read-only. Stop with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = Store.DEFAULT_PATH,
            description = "The store to serve (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = WebServer.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the"
                    + " network).")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        check(spec, port);
        PrintWriter err = spec.commandLine().getErr();
        Store store;
        try {
            store = Store.openForReading(db);
        } catch (StoreException e) {
            err.println("attache: " + e.getMessage());
            err.flush();
            return 2;
        }
        return serve(spec, store, host, port, "attache: serving " + db);
    }

    static void check(CommandLine.Model.CommandSpec spec, int port) {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port (0 to 65535)");
        }
    }

    /** The coder behind POST /api/code: the shared pipeline, loaded on first use. */
    static Ingester.Coder coder() {
        return new Ingester.Coder() {
            @Override
            public List<CodedEvent> code(Article article) {
                return CodeCommand.SharedPipeline.get().code(article);
            }

            @Override
            public void warmUp() {
                CodeCommand.SharedPipeline.get();
            }
        };
    }

    /** Serves until the JVM is stopped; prints the URL on stdout. */
    static int serve(CommandLine.Model.CommandSpec spec, Store store, String host, int port, String what) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WebServer server;
        try {
            server = new WebServer(store, coder()).start(host, port);
        } catch (RuntimeException e) {
            store.close();
            err.println("attache: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "localhost" : host;
        err.println(what + " (Ctrl-C stops)");
        err.flush();
        out.println("http://" + shownHost + ":" + server.port() + "/");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
