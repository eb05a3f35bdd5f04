package org.attache.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.attache.store.Ingester;
import org.attache.store.Store;
import org.attache.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard and REST API over one store ({@code attache serve}, {@code attache demo}). Binds to the given host
 * (127.0.0.1 unless told otherwise), sends no CORS headers, limits request bodies, and sends a Content Security
 * Policy that allows scripts from the server only.
 */
public final class WebServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** Largest request body the server reads, in bytes (POST /api/code takes at most 100,000 characters). */
    static final long MAX_REQUEST_BYTES = 512 * 1024;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final ApiRoutes api;

    /** A server over the store; {@code coder} codes text for POST /api/code (null: that endpoint answers 503). */
    public WebServer(Store store, Ingester.Coder coder) {
        StoreAccess access = new StoreAccess(store);
        this.api = new ApiRoutes(access, coder);
        Pages pages = new Pages(access);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/org/attache/web/assets";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        api.register(app);
        pages.register(app);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("store error on {}: {}", ctx.path(), e.getMessage());
            error(ctx, 500, "the store failed: " + e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("error on " + ctx.path(), e);
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        // error handlers also run after the exception handlers above: keep the message they wrote
        app.error(404, ctx -> {
            if (!answered(ctx)) {
                error(ctx, 404, "no such page: " + ctx.path());
            }
        });
        app.error(413, ctx -> {
            if (!answered(ctx)) {
                error(ctx, 413, "the request body is larger than " + MAX_REQUEST_BYTES + " bytes");
            }
        });
    }

    private static boolean answered(Context ctx) {
        String result = ctx.result();
        return result != null && (result.startsWith("{") || result.startsWith("<!DOCTYPE"));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            ctx.json(body);
        } else {
            ctx.html(Pages.errorPage(status, message));
        }
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    List<ApiRoutes.Route> apiRoutes() {
        return api.routes();
    }

    @Override
    public void close() {
        app.stop();
    }
}
