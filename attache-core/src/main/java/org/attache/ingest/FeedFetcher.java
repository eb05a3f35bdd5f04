package org.attache.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code --feed URL}: fetches an RSS/Atom feed over HTTP and then every page its entries link to, each page read
 * as HTML ({@link HtmlArticleExtractor}), with the entry's title, date and the feed's title filling what the page
 * does not say. Every request has a timeout (connecting, waiting for the answer and reading it) and a size cap;
 * requests to the same host are spaced by a polite delay, or the longer Crawl-delay the site's robots.txt asks for;
 * what robots.txt disallows is not fetched. A feed or page that fails is reported, naming its URL, and the others
 * are still read.
 */
public final class FeedFetcher {
    /** How the fetcher behaves on the network. */
    public record Settings(Duration timeout, Duration perHostDelay, int maxBytes, String userAgent,
                           boolean obeyRobotsTxt) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(20), Duration.ofSeconds(1),
                IngestLimits.MAX_PAGE_BYTES, "Attache/0.1 (political event coder; +https://example.org/attache)");

        /** Settings that obey robots.txt. */
        public Settings(Duration timeout, Duration perHostDelay, int maxBytes, String userAgent) {
            this(timeout, perHostDelay, maxBytes, userAgent, true);
        }

        public Settings ignoringRobotsTxt() {
            return new Settings(timeout, perHostDelay, maxBytes, userAgent, false);
        }
    }

    /** robots.txt is small; the major crawlers read at most the first 500 KiB of it. */
    private static final int MAX_ROBOTS_TXT_BYTES = 500 * 1024;

    private final Settings settings;
    private final HttpClient client;
    private final Map<String, Long> lastRequestByHost = new HashMap<>();
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final RobotsRules robots = new RobotsRules(this::downloadRobotsTxt);

    public FeedFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A failed request, in words for the user ("HTTP 500", "timed out after 20 s"). */
    static final class FetchFailed extends Exception {
        FetchFailed(String message) {
            super(message);
        }
    }

    private record Fetched(int status, byte[] body, String contentType) {
    }

    /** Reads the feed at {@code feedUrl} and the pages it links to into the sink. */
    public void fetch(String feedUrl, ArticleSink sink) {
        List<FeedReader.Entry> entries;
        try {
            entries = FeedReader.entries(get(feedUrl).body());
        } catch (FetchFailed e) {
            sink.error(new IngestError(feedUrl, 0, "feed not fetched: " + e.getMessage()));
            return;
        } catch (InputRejectedException | IOException e) {
            sink.error(new IngestError(feedUrl, 0, e.getMessage()));
            return;
        }
        int index = 0;
        for (FeedReader.Entry entry : entries) {
            index++;
            String where = feedUrl + " entry " + index;
            if (entry.link() == null || entry.link().isBlank()) {
                sink.error(new IngestError(feedUrl, 0, "entry " + index + " links to no page"));
                continue;
            }
            Fetched page;
            try {
                page = get(entry.link());
            } catch (FetchFailed e) {
                sink.error(new IngestError(entry.link(), 0, "page not fetched: " + e.getMessage() + " (" + where + ")"));
                continue;
            }
            Article article = articleOf(entry, page);
            if (article == null) {
                sink.error(new IngestError(entry.link(), 0, "page has no article text (" + where + ")"));
                continue;
            }
            sink.article(article);
        }
    }

    private Article articleOf(FeedReader.Entry entry, Fetched page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            return null;
        }
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()), charsetOf(type), entry.link());
        } catch (IOException e) {
            return null;
        }
        Article article = extractor.extract(document, ArticleIds.fromText(entry.link()), entry.link(), entry.link());
        if (article == null) {
            return null;
        }
        String title = article.title() != null ? article.title() : entry.title();
        String source = article.source() != null ? article.source() : entry.feedTitle();
        Article filled = new Article(article.id(), source, article.url(), title, article.published(),
                article.dateOrigin(), article.text(), article.input(), article.sections());
        if (filled.published() == null && entry.published() != null) {
            filled = filled.withPublished(entry.published(), "meta");
        }
        return filled;
    }

    private static String charsetOf(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + 8).replaceAll("[\";].*$", "").strip();
        try {
            return Charset.forName(name).name();
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private Fetched get(String url) throws FetchFailed {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailed("only http and https URLs are fetched");
        }
        Duration delay = settings.perHostDelay();
        if (settings.obeyRobotsTxt()) {
            if (!robots.allows(uri)) {
                throw new FetchFailed("disallowed by the site's robots.txt");
            }
            Duration asked = robots.crawlDelay(uri);
            delay = asked.compareTo(delay) > 0 ? asked : delay;
        }
        Fetched fetched = politely(uri, settings.maxBytes(), delay);
        if (fetched.status() != 200) {
            throw new FetchFailed("HTTP " + fetched.status());
        }
        return fetched;
    }

    /**
     * robots.txt as the site answers it; empty when the site cannot be reached. It waits only the configured delay:
     * its own Crawl-delay is not known before it is read.
     */
    private Optional<RobotsRules.Response> downloadRobotsTxt(URI robotsTxt) {
        try {
            Fetched fetched = politely(robotsTxt, MAX_ROBOTS_TXT_BYTES, settings.perHostDelay());
            return Optional.of(new RobotsRules.Response(fetched.status(), fetched.body(), fetched.contentType()));
        } catch (FetchFailed unreachable) {
            return Optional.empty();
        }
    }

    private Fetched politely(URI uri, int maxBytes, Duration delay) throws FetchFailed {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        waitForHost(host, delay);
        try {
            return exchange(uri, maxBytes);
        } finally {
            lastRequestByHost.put(host, System.nanoTime());
        }
    }

    private Fetched exchange(URI uri, int maxBytes) throws FetchFailed {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/xml;q=0.9, */*;q=0.5")
                .GET()
                .build();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchFailed("timed out after " + seconds(settings.timeout()));
        } catch (IOException e) {
            throw new FetchFailed("cannot connect: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                return new Fetched(response.statusCode(), new byte[0], null);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new FetchFailed("larger than " + IngestLimits.megabytes(maxBytes) + " (" + declared + " bytes)");
            }
            byte[] bytes = readBefore(body, deadline, maxBytes);
            if (bytes.length > maxBytes) {
                throw new FetchFailed("larger than " + IngestLimits.megabytes(maxBytes));
            }
            return new Fetched(200, bytes, response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new FetchFailed("reading failed: " + e.getMessage());
        }
    }

    /** The body, read in another thread so that a server sending it slowly cannot hold us past the timeout. */
    private byte[] readBefore(InputStream body, long deadline, int maxBytes) throws FetchFailed, IOException {
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return body.readNBytes(maxBytes + 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            return read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            body.close();
            read.cancel(true);
            throw new FetchFailed("timed out after " + seconds(settings.timeout()) + " while reading");
        } catch (ExecutionException e) {
            throw new FetchFailed("reading failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted");
        }
    }

    /** Politeness counts from the end of the previous exchange with the host, not from its start. */
    private void waitForHost(String host, Duration delay) throws FetchFailed {
        Long last = lastRequestByHost.get(host);
        if (last != null) {
            long wait = last + delay.toNanos() - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchFailed("interrupted");
                }
            }
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
