package org.attache.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds and their pages served by a real HTTP server on a local port. */
class FeedFetcherTest {
    private HttpServer server;
    private String base;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Long> pageRequestNanos = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
        if (path.startsWith("/pages/")) {
            pageRequestNanos.add(System.nanoTime());
        }
        try (exchange) {
            if (path.equals("/slow.xml")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String body = bodies.get(path);
            if (path.contains("broken") || body == null) {
                byte[] text = "server error".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(path.contains("broken") ? 500 : 404, text.length);
                exchange.getResponseBody().write(text);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", path.endsWith(".xml")
                    ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String rss(String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Andes Post</title><link>" + base + "/</link><description>News</description>");
        for (String item : items) {
            xml.append(item);
        }
        return xml.append("</channel></rss>").toString();
    }

    private String item(String path, String title, String date) {
        return "<item><title>" + title + "</title><link>" + base + path + "</link><pubDate>" + date
                + "</pubDate><description>Summary of " + title + "</description></item>";
    }

    private static String page(String text) {
        return "<html><head><title>Page</title></head><body><nav>Home | World</nav><article><h1>Headline</h1><p>"
                + text + "</p></article><footer>Contact</footer></body></html>";
    }

    private FeedFetcher fetcher(Duration timeout, Duration delay) {
        return new FeedFetcher(new FeedFetcher.Settings(timeout, delay, IngestLimits.MAX_PAGE_BYTES, "AttacheTest/1"));
    }

    @Test
    void feedPagesAreFetchedPolitelyAndABrokenPageIsReported() {
        bodies.put("/feed.xml", rss(
                item("/pages/one", "Chile and Peru talk", "Tue, 05 May 2020 10:00:00 GMT"),
                item("/pages/broken", "Broken page", "Tue, 05 May 2020 11:00:00 GMT"),
                item("/pages/two", "Ghana and Togo", "Wed, 06 May 2020 09:00:00 GMT")));
        bodies.put("/pages/one", page("Chile and Peru held border talks in Lima on Tuesday, officials said."));
        bodies.put("/pages/two", page("Ghana and Togo signed a security pact on Wednesday."));
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();

        fetcher(Duration.ofSeconds(5), Duration.ofMillis(300)).fetch(base + "/feed.xml", sink);

        assertThat(sink.articles).extracting(Article::url).containsExactly(base + "/pages/one", base + "/pages/two");
        Article one = sink.articles.get(0);
        assertThat(one.text()).isEqualTo("Headline\nChile and Peru held border talks in Lima on Tuesday, officials said.");
        assertThat(one.published()).isEqualTo(LocalDate.of(2020, 5, 5));
        assertThat(one.dateOrigin()).isEqualTo("meta");
        assertThat(one.source()).isEqualTo("Andes Post");
        assertThat(sink.errors).singleElement().satisfies(e -> assertThat(e.describe())
                .isEqualTo(base + "/pages/broken: page not fetched: HTTP 500 (" + base + "/feed.xml entry 2)"));
        assertThat(requests).allSatisfy(r -> assertThat(r).endsWith("AttacheTest/1"));
        assertThat(pageRequestNanos).hasSize(3);
        for (int i = 1; i < pageRequestNanos.size(); i++) {
            assertThat(pageRequestNanos.get(i) - pageRequestNanos.get(i - 1))
                    .as("requests to one host are spaced by the polite delay").isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        }
    }

    @Test
    void aFeedThatTimesOutOrFailsIsReportedAndTheNextFeedIsRead() {
        bodies.put("/slow.xml", rss());
        bodies.put("/good.xml", rss(item("/pages/one", "Chile and Peru talk", "Tue, 05 May 2020 10:00:00 GMT")));
        bodies.put("/pages/one", page("Chile and Peru held border talks in Lima on Tuesday, officials said."));
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        FeedFetcher fetcher = fetcher(Duration.ofMillis(500), Duration.ZERO);

        fetcher.fetch(base + "/slow.xml", sink);
        fetcher.fetch(base + "/broken.xml", sink);
        fetcher.fetch(base + "/not-a-feed.html", sink);
        bodies.put("/garbage.xml", "<html><body>not a feed</body></html>");
        fetcher.fetch(base + "/garbage.xml", sink);
        fetcher.fetch(base + "/good.xml", sink);

        assertThat(sink.errors).extracting(IngestError::describe).containsExactly(
                base + "/slow.xml: feed not fetched: timed out after 500 ms",
                base + "/broken.xml: feed not fetched: HTTP 500",
                base + "/not-a-feed.html: feed not fetched: HTTP 404",
                base + "/garbage.xml: not a readable RSS/Atom feed: Invalid document");
        assertThat(sink.articles).extracting(Article::url).containsExactly(base + "/pages/one");
    }

    @Test
    void robotsTxtIsReadOnceAndItsDisallowAndCrawlDelayAreObeyed() {
        bodies.put("/robots.txt", "User-agent: *\nDisallow: /pages/private/\nCrawl-delay: 1\n");
        bodies.put("/feed.xml", rss(
                item("/pages/one", "Chile and Peru talk", "Tue, 05 May 2020 10:00:00 GMT"),
                item("/pages/private/memo", "Internal memo", "Tue, 05 May 2020 11:00:00 GMT"),
                item("/pages/two", "Ghana and Togo", "Wed, 06 May 2020 09:00:00 GMT")));
        bodies.put("/pages/one", page("Chile and Peru held border talks in Lima on Tuesday, officials said."));
        bodies.put("/pages/private/memo", page("Not for crawlers."));
        bodies.put("/pages/two", page("Ghana and Togo signed a security pact on Wednesday."));
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();

        fetcher(Duration.ofSeconds(5), Duration.ZERO).fetch(base + "/feed.xml", sink);

        assertThat(sink.articles).extracting(Article::url).containsExactly(base + "/pages/one", base + "/pages/two");
        assertThat(sink.errors).extracting(IngestError::describe).containsExactly(base + "/pages/private/memo:"
                + " page not fetched: disallowed by the site's robots.txt (" + base + "/feed.xml entry 2)");
        assertThat(requests).filteredOn(r -> r.startsWith("/robots.txt ")).hasSize(1);
        assertThat(requests).noneMatch(r -> r.startsWith("/pages/private/"));
        assertThat(pageRequestNanos).hasSize(2);
        assertThat(pageRequestNanos.get(1) - pageRequestNanos.get(0))
                .as("the site's Crawl-delay outweighs a shorter configured delay")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void robotsTxtCanBeIgnoredForOnesOwnSitesAndAServerErrorOnItDefersTheSite() {
        bodies.put("/robots.txt", "User-agent: *\nDisallow: /\n");
        bodies.put("/feed.xml", rss(item("/pages/one", "Chile and Peru talk", "Tue, 05 May 2020 10:00:00 GMT")));
        bodies.put("/pages/one", page("Chile and Peru held border talks in Lima on Tuesday, officials said."));
        ReadersTest.CollectingSink obeying = new ReadersTest.CollectingSink();
        fetcher(Duration.ofSeconds(5), Duration.ZERO).fetch(base + "/feed.xml", obeying);
        assertThat(obeying.articles).isEmpty();
        assertThat(obeying.errors).extracting(IngestError::describe)
                .containsExactly(base + "/feed.xml: feed not fetched: disallowed by the site's robots.txt");

        ReadersTest.CollectingSink ignoring = new ReadersTest.CollectingSink();
        new FeedFetcher(new FeedFetcher.Settings(Duration.ofSeconds(5), Duration.ZERO, IngestLimits.MAX_PAGE_BYTES,
                "AttacheTest/1").ignoringRobotsTxt()).fetch(base + "/feed.xml", ignoring);
        assertThat(ignoring.errors).isEmpty();
        assertThat(ignoring.articles).extracting(Article::url).containsExactly(base + "/pages/one");

        RobotsRules serverError = new RobotsRules(robotsTxt -> Optional.of(
                new RobotsRules.Response(503, new byte[0], null)));
        assertThat(serverError.allows(URI.create(base + "/pages/one"))).as("robots.txt answered 503").isFalse();
        RobotsRules unreachable = new RobotsRules(robotsTxt -> Optional.empty());
        assertThat(unreachable.allows(URI.create(base + "/pages/one"))).as("site unreachable").isFalse();
        RobotsRules missing = new RobotsRules(robotsTxt -> Optional.of(
                new RobotsRules.Response(404, new byte[0], null)));
        assertThat(missing.allows(URI.create(base + "/pages/one"))).as("no robots.txt").isTrue();
    }

    @Test
    void feedFilesAreReadFromTheirEntries() throws Exception {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Times</title><id>urn:x</id><updated>2024-02-07T10:00:00Z</updated>"
                + "<entry><title>Strike</title><id>urn:1</id><link href=\"https://harbour.example/strike\"/>"
                + "<updated>2024-02-07T10:00:00Z</updated><content type=\"html\">&lt;p&gt;Dock workers walked out.&lt;/p&gt;"
                + "&lt;p&gt;The minister called for talks.&lt;/p&gt;</content></entry></feed>";
        ReadersTest.CollectingSink sink = new ReadersTest.CollectingSink();
        new FeedReader().read("harbour.atom", new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)), sink);
        assertThat(sink.errors).isEmpty();
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Dock workers walked out.\nThe minister called for talks.");
            assertThat(a.url()).isEqualTo("https://harbour.example/strike");
            assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 7));
            assertThat(a.source()).isEqualTo("Harbour Times");
        });
    }
}
