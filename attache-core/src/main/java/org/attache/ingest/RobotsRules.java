package org.attache.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each site's robots.txt lets Attaché fetch, read once per site (scheme, host and port) and kept for the run.
 * Parsing follows crawler-commons: a robots.txt that is missing (4xx) allows everything; one the server fails to
 * give (5xx) or that cannot be reached defers the whole site, as the major crawlers do.
 */
final class RobotsRules {
    /** How robots.txt is fetched: the status and body, or empty when the site could not be reached at all. */
    interface Download {
        Optional<Response> get(URI robotsTxt);
    }

    record Response(int status, byte[] body, String contentType) {
    }

    /** The product token sites address us by in robots.txt ("User-agent: attache"). */
    static final String ROBOT_NAME = "attache";
    /** A site asking for more than this between requests still gets this much, so that one feed cannot stall a run. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> bySite = new HashMap<>();
    private final Download download;

    RobotsRules(Download download) {
        this.download = download;
    }

    boolean allows(URI uri) {
        return rulesFor(uri).isAllowed(uri.toString());
    }

    /** The delay the site asks for between requests (Crawl-delay), capped; zero when it asks for none. */
    Duration crawlDelay(URI uri) {
        long millis = rulesFor(uri).getCrawlDelay();
        if (millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0) {
            return Duration.ZERO;
        }
        Duration asked = Duration.ofMillis(millis);
        return asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
    }

    private BaseRobotRules rulesFor(URI uri) {
        return bySite.computeIfAbsent(site(uri), site -> {
            URI robotsTxt = URI.create(site + "/robots.txt");
            Optional<Response> response = download.get(robotsTxt);
            if (response.isEmpty()) {
                return parser.failedFetch(503);
            }
            if (response.get().status() != 200) {
                return parser.failedFetch(response.get().status());
            }
            return parser.parseContent(robotsTxt.toString(), response.get().body(),
                    response.get().contentType() == null ? "text/plain" : response.get().contentType(),
                    List.of(ROBOT_NAME));
        });
    }

    private static String site(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
