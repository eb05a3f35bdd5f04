package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.attache.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP against a real DuckDB store built from hand-made articles. */
class ApiTest {
    @TempDir
    static Path dir;

    static Store store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, content type, body. */
    record Answer(int status, String type, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    @BeforeAll
    static void serve() {
        HandMadeStore data = new HandMadeStore();
        for (int m = 1; m <= 12; m++) {
            LocalDate month = LocalDate.of(2024, m, 1);
            HandMadeStore.Article a = data.article("usa-pak-" + m, "https://news.example/usa-pak/" + m, "Daily Example",
                    "US and Pakistan, month " + m, month.withDayOfMonth(20));
            a.event("United States", "USAGOV", "met", "Pakistan", "PAKGOV", " in talks.", "040", 1.0, "CONSULT",
                    "asserted", month.withDayOfMonth(3));
            a.event("Washington", "USAGOV", "aided", "Islamabad", "PAKGOV", " with grain.", "070", 7.0, "AID",
                    "asserted", month.withDayOfMonth(10));
            a.event("Pakistan", "PAKGOV", "accused", "the United States", "USAGOV", " of meddling.", "112", -2.0,
                    "ACCUSE", "asserted", month.withDayOfMonth(17));
            if (m == 6) {
                for (int day : new int[] {1, 4, 7, 11, 14, 16}) {
                    a.event("American drones", "USAMIL", "struck", "Pakistani posts", "PAKMIL", " near the border.",
                            "190", -10.0, "ASSAULT", "asserted", month.withDayOfMonth(day));
                }
            }
            if (m == 3) {
                a.event("The United States", "USAGOV", "did not strike", "Pakistan", "PAKGOV", ".", "190", -10.0,
                        "ASSAULT", "negated", month.withDayOfMonth(25));
            }
            if (m == 4) {
                a.event("The United States", "USAGOV", "threatened", "Pakistan", "PAKGOV", ", officials said.", "138",
                        -7.0, "THREATEN", "reported", month.withDayOfMonth(25));
            }
        }
        data.article("rus-ukr-1", "https://wire.example/rus-ukr", "Wire Example", "Russia and Ukraine",
                        LocalDate.of(2024, 12, 31))
                .event("Russia", "RUS", "met", "Ukraine", "UKR", " in Istanbul.", "040", 1.0, "CONSULT", "asserted",
                        LocalDate.of(2024, 12, 20))
                .event("Russian forces", "RUSMIL", "struck", "Ukraine", "UKR", " at dawn.", "190", -10.0, "ASSAULT",
                        "asserted", LocalDate.of(2024, 12, 25))
                .event("Russian forces", "RUSMIL", "struck", "Ukraine", "UKR", " again.", "190", -10.0, "ASSAULT",
                        "asserted", LocalDate.of(2024, 12, 28))
                .event("Russian forces", "RUSMIL", "struck", "Kyiv", "UKR", " overnight.", "190", -10.0, "ASSAULT",
                        "asserted", LocalDate.of(2024, 12, 31));
        data.article("rus-ukr-2", "https://other.example/kyiv", "Other Example", "Kyiv struck", LocalDate.of(2024, 12, 31))
                .text("A second outlet reports the same strike.")
                .event("Russian forces", "RUSMIL", "struck", "Kyiv", "UKR", " before sunrise.", "190", -10.0,
                        "ASSAULT", "asserted", LocalDate.of(2024, 12, 31));
        Path db = dir.resolve("api.duckdb");
        data.write(db);
        store = Store.openForReading(db);
        server = new WebServer(store, null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every event the query lists, following the cursors. */
    static List<JsonNode> allEvents(String query, int limit) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 100; pages++) {
            JsonNode page = get("/api/events?" + query + (query.isEmpty() ? "" : "&") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + q(cursor))).json();
            page.get("events").forEach(events::add);
            if (page.get("next_cursor").isNull()) {
                return events;
            }
            cursor = page.get("next_cursor").asText();
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void eventsAreFilteredByEveryFilter() {
        assertThat(allEvents("", 500)).hasSize(46);
        assertThat(allEvents("modality=all", 500)).hasSize(48);
        assertThat(allEvents("modality=negated", 500)).singleElement()
                .satisfies(e -> assertThat(e.get("sentence").asText()).contains("did not strike"));
        assertThat(allEvents("actor=PAK", 500)).hasSize(42);
        assertThat(allEvents("source=USA&target=PAK", 500)).hasSize(30)
                .allSatisfy(e -> assertThat(e.get("source").asText()).startsWith("USA"));
        assertThat(allEvents("dyad=USA,PAK", 500)).hasSize(42);
        assertThat(allEvents("root=19", 500)).hasSize(9)
                .allSatisfy(e -> assertThat(e.get("cameo").asText()).startsWith("19"));
        assertThat(allEvents("root=18&root=19", 500)).hasSize(9);
        assertThat(allEvents("quad=4", 500)).hasSize(9).allSatisfy(e -> assertThat(e.get("quad").asInt()).isEqualTo(4));
        assertThat(allEvents("quad=3,4&modality=all", 500)).hasSize(9 + 12 + 1 + 1);
        assertThat(allEvents("plover=consult", 500)).hasSize(13);
        assertThat(allEvents("cameo=112", 500)).hasSize(12);
        assertThat(allEvents("q=" + q("STRUCK"), 500)).hasSize(9)
                .allSatisfy(e -> assertThat(e.get("sentence").asText().toLowerCase(Locale.ROOT)).contains("struck"));
        assertThat(allEvents("q=" + q("Pakistani posts"), 500)).hasSize(6);
        assertThat(allEvents("q=" + q("50%_"), 500)).isEmpty();
        assertThat(allEvents("from=2024-06-01&to=2024-06-30", 500)).hasSize(9).allSatisfy(e -> assertThat(
                LocalDate.parse(e.get("date").asText())).isBetween(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)));
        assertThat(allEvents("min_mentions=2", 500)).singleElement().satisfies(e -> {
            assertThat(e.get("num_mentions").asInt()).isEqualTo(2);
            assertThat(e.get("num_sources").asInt()).isEqualTo(2);
        });
        assertThat(allEvents("actor=RUS&root=19&from=2024-12-26", 500)).hasSize(2);
    }

    @Test
    void cursorPaginationWalksEveryEventOnceNewestFirst() {
        JsonNode first = get("/api/events?limit=7").json();
        assertThat(first.get("events")).hasSize(7);
        assertThat(first.get("next_cursor").asText()).isNotEmpty();
        List<JsonNode> all = allEvents("", 7);
        assertThat(all).hasSize(46);
        Set<Long> ids = new HashSet<>();
        for (JsonNode e : all) {
            assertThat(ids.add(e.get("id").asLong())).as("event %s listed twice", e.get("id")).isTrue();
        }
        for (int i = 1; i < all.size(); i++) {
            LocalDate before = LocalDate.parse(all.get(i - 1).get("date").asText());
            LocalDate after = LocalDate.parse(all.get(i).get("date").asText());
            assertThat(after).isBeforeOrEqualTo(before);
            if (after.equals(before)) {
                assertThat(all.get(i).get("id").asLong()).isLessThan(all.get(i - 1).get("id").asLong());
            }
        }
        // filters hold across pages
        assertThat(allEvents("actor=PAK&quad=1", 5)).hasSize(12);
    }

    @Test
    void badParametersAre400WithAMessageNamingThem() {
        assertError(get("/api/events?root=99"), 400, "root '99'");
        assertError(get("/api/events?from=2024-13-01"), 400, "from '2024-13-01' is not a date");
        assertError(get("/api/events?from=2024-06-01&to=2024-01-01"), 400, "after");
        assertError(get("/api/events?colour=red"), 400, "unknown parameter 'colour'");
        assertError(get("/api/events?cursor=bm9wZQ"), 400, "cursor");
        assertError(get("/api/events?limit=0"), 400, "limit 0 is out of range");
        assertError(get("/api/events?limit=ten"), 400, "limit 'ten' is not a whole number");
        assertError(get("/api/events?actor=" + q("U$A")), 400, "not an actor code");
        assertError(get("/api/events?actor=" + q("USA' OR 1=1 --")), 400, "not an actor code");
        assertError(get("/api/events?quad=5"), 400, "quad '5'");
        assertError(get("/api/events?modality=maybe"), 400, "modality 'maybe'");
        assertError(get("/api/events?plover=" + q("a b")), 400, "plover");
        assertError(get("/api/events?q=" + "x".repeat(201)), 400, "at most 200");
        assertError(get("/api/events?dyad=USA"), 400, "dyad 'USA'");
        assertError(get("/api/dyads/USA/PAK/series?period=year"), 400, "period 'year'");
        assertError(get("/api/dyads/USA/PAK/series?measures=events,colour"), 400, "measures: 'colour'");
        assertError(get("/api/dyads/USA/PAK/series?window=1"), 400, "window 1 is out of range");
        assertError(get("/api/dyads/top?period=forever"), 400, "period 'forever'");
        assertError(get("/api/dyads/top?by=city"), 400, "by 'city'");
        assertError(get("/api/events/abc"), 400, "id 'abc'");
        assertError(get("/api/actors/lookup"), 400, "name is required");
        assertError(get("/api/actors/lookup?name=Imran%20Khan&date=yesterday"), 400, "date 'yesterday'");
    }

    @Test
    void missingThingsAre404() {
        assertError(get("/api/events/999999"), 404, "no event 999999");
        assertError(get("/api/articles/999999"), 404, "no article 999999");
        assertError(get("/api/dyads/USA/QQQ/series"), 404, "actor 'QQQ'");
        assertError(get("/api/actors/lookup?name=Nobody%20Atall"), 404, "no dictionary entry");
        assertError(get("/api/no-such-thing"), 404, "/api/no-such-thing");
        Answer page = get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.type()).startsWith("text/html");
        assertThat(page.body()).contains("<title>Not found · Attaché</title>");
    }

    static void assertError(Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.type()).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).contains(message);
    }

    @Test
    void dyadSeriesHasEveryPeriodItsCountsAndTheExplainedSpike() {
        JsonNode doc = get("/api/dyads/USA/PAK/series?period=month").json();
        JsonNode periods = doc.get("periods");
        assertThat(periods).hasSize(12);
        assertThat(periods.get(0).get("period").asText()).isEqualTo("2024-01");
        assertThat(periods.get(0).get("end").asText()).isEqualTo("2024-01-31");
        assertThat(periods.get(0).get("events").asInt()).isEqualTo(2);
        assertThat(periods.get(0).get("goldstein_mean").asDouble()).isEqualTo(4.0);
        JsonNode june = periods.get(5);
        assertThat(june.get("events").asInt()).isEqualTo(8);
        assertThat(june.get("material_conflict").asInt()).isEqualTo(6);
        assertThat(june.get("spike").asText()).contains("conflict");
        assertThat(june.get("explanation").asText()).contains("2024-06").contains("conflict+volume spike");
        assertThat(june.get("drivers")).hasSize(3)
                .allSatisfy(d -> assertThat(d.get("cameo").asText()).isEqualTo("190"));
        for (int i = 0; i < 12; i++) {
            if (i != 5) {
                assertThat(periods.get(i).get("spike").isNull()).as("month %d", i + 1).isTrue();
            }
        }

        JsonNode both = get("/api/dyads/USA/PAK/series?period=month&direction=both").json();
        assertThat(both.get("periods").get(5).get("events").asInt()).isEqualTo(9);
        assertThat(both.get("direction").asText()).isEqualTo("both");

        JsonNode few = get("/api/dyads/USA/PAK/series?period=week&from=2024-06-01&to=2024-06-30"
                + "&measures=events,goldstein_mean").json();
        assertThat(few.get("periods").get(0).fieldNames()).toIterable()
                .containsExactly("period", "start", "end", "events", "goldstein_mean");
        int sum = 0;
        for (JsonNode p : few.get("periods")) {
            sum += p.get("events").asInt();
        }
        assertThat(sum).isEqualTo(8);

        JsonNode all = get("/api/dyads/USA/PAK/series?period=month&modality=all").json();
        assertThat(all.get("periods").get(2).get("events").asInt()).isEqualTo(3);
    }

    @Test
    void topDyadsAndBiggestChanges() {
        JsonNode top = get("/api/dyads/top?period=1y&to=2024-12-31").json();
        assertThat(top.get("from").asText()).isEqualTo("2024-01-01");
        assertThat(top.get("dyads").get(0).get("source").asText()).isEqualTo("USA");
        assertThat(top.get("dyads").get(0).get("target").asText()).isEqualTo("PAK");
        assertThat(top.get("dyads").get(0).get("events").asInt()).isEqualTo(30);
        JsonNode byCode = get("/api/dyads/top?period=1y&by=code&limit=1").json();
        assertThat(byCode.get("dyads")).singleElement()
                .satisfies(d -> assertThat(d.get("source").asText()).isEqualTo("USAGOV"));

        JsonNode changes = get("/api/dyads/changes?period=7d").json();
        assertThat(changes.get("to").asText()).isEqualTo("2024-12-31");
        assertThat(changes.get("from").asText()).isEqualTo("2024-12-25");
        assertThat(changes.get("previous_from").asText()).isEqualTo("2024-12-18");
        JsonNode first = changes.get("dyads").get(0);
        assertThat(first.get("source").asText()).isEqualTo("RUS");
        assertThat(first.get("events").asInt()).isEqualTo(3);
        assertThat(first.get("goldstein_change").asDouble()).isEqualTo(-11.0);
    }

    @Test
    void anEventHasAllItsReportsAndSources() {
        long id = get("/api/events?min_mentions=2").json().get("events").get(0).get("id").asLong();
        JsonNode event = get("/api/events/" + id).json();
        assertThat(event.get("num_mentions").asInt()).isEqualTo(2);
        assertThat(event.get("first_seen").asText()).isEqualTo("2024-12-31");
        assertThat(event.get("outlets")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Wire Example", "Other Example");
        assertThat(event.get("reports")).hasSize(2).extracting(r -> r.get("sentence").asText())
                .containsExactlyInAnyOrder("Russian forces struck Kyiv overnight.",
                        "Russian forces struck Kyiv before sunrise.");
    }

    @Test
    void anArticleHasItsTextAndEverySpanSlicesIt() {
        long id = get("/api/events?min_mentions=2").json().get("events").get(0).get("id").asLong();
        long articleId = get("/api/events/" + id).json().get("reports").get(1).get("article").asLong();
        JsonNode article = get("/api/articles/" + articleId).json();
        String text = article.get("text").asText();
        assertThat(text).startsWith("A second outlet reports the same strike.");
        assertThat(article.get("mentions")).hasSize(1);
        for (JsonNode m : article.get("mentions")) {
            JsonNode sentence = m.get("sentence");
            assertThat(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
                    .isEqualTo(sentence.get("text").asText());
            assertThat(m.get("spans")).extracting(s -> s.get("role").asText())
                    .containsExactly("source", "target", "trigger");
            for (JsonNode s : m.get("spans")) {
                assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
            }
        }
    }

    @Test
    void actorLookupResolvesARoleAtADate() {
        JsonNode doc = get("/api/actors/lookup?name=" + q("imran khan") + "&date=2020-03-16").json();
        assertThat(doc.get("matches").get(0).get("code").asText()).isEqualTo("PAKGOV");
        JsonNode later = get("/api/actors/lookup?name=" + q("Imran Khan") + "&date=2023-06-01").json();
        assertThat(later.get("matches").get(0).get("code").asText()).isNotEqualTo("PAKGOV");
        // before his first listed role (2005) Michel Aoun is a Lebanese national; after Dick Cheney's last, no one
        JsonNode national = get("/api/actors/lookup?name=" + q("Michel Aoun") + "&date=2000-01-01").json();
        assertThat(national.get("matches").get(0).get("code").asText()).isEqualTo("LBN");
        assertThat(national.get("matches").get(0).get("national_of").asText()).isEqualTo("LBN");
        JsonNode after = get("/api/actors/lookup?name=" + q("Dick Cheney") + "&date=2026-06-01").json();
        assertThat(after.get("matches").get(0).get("code").isNull()).isTrue();
        JsonNode country = get("/api/actors/lookup?name=Pakistan").json();
        assertThat(country.get("matches").get(0).get("code").asText()).isEqualTo("PAK");
    }

    @Test
    void codingEndpointChecksItsInputBeforeCoding() {
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/api/code"));
        assertError(send(post.copy().header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build()), 415, "application/json");
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": ")).build()), 400, "not JSON");
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[1, 2]")).build()), 400, "JSON object");
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"\"}")).build()), 400, "\"text\" is required");
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\", \"colour\": 1}")).build()), 400,
                "unknown field 'colour'");
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\", \"date\": \"soon\"}")).build()), 400,
                "\"date\" 'soon'");
        String big = "{\"text\": \"" + "a".repeat(ApiRoutes.MAX_CODE_TEXT + 1) + "\"}";
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build()), 413, "at most 100000");
        String huge = "{\"text\": \"" + "a".repeat((int) WebServer.MAX_REQUEST_BYTES + 10) + "\"}";
        Answer tooLarge = send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build());
        assertThat(tooLarge.status()).isEqualTo(413);
        // this server has no coder: a valid request says so
        assertError(send(post.copy().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Pakistan met India.\"}")).build()), 503,
                "without a coder");
    }

    @Test
    void openApiDocumentIsValidOpenApi3AndDescribesEveryRoute() {
        Answer answer = get("/api/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.type()).startsWith("application/json");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(answer.body(), null, null);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(server.apiRoutes()).hasSizeGreaterThanOrEqualTo(10);
        for (ApiRoutes.Route route : server.apiRoutes()) {
            var item = result.getOpenAPI().getPaths().get(route.path());
            assertThat(item).as("%s in the OpenAPI document", route.path()).isNotNull();
            var operation = switch (route.method()) {
                case GET -> item.getGet();
                case POST -> item.getPost();
                default -> throw new AssertionError("unexpected method " + route.method());
            };
            assertThat(operation).as("%s %s in the OpenAPI document", route.method(), route.path()).isNotNull();
            // every path parameter of the route is declared
            for (String part : route.path().split("/")) {
                if (part.startsWith("{")) {
                    String name = part.substring(1, part.length() - 1);
                    assertThat(operation.getParameters()).as("%s declares %s", route.path(), name)
                            .anySatisfy(p -> assertThat(p.getName()).isEqualTo(name));
                }
            }
        }
        // and the document names no route the server lacks
        assertThat(result.getOpenAPI().getPaths().keySet())
                .allSatisfy(p -> assertThat(server.apiRoutes()).anySatisfy(r -> assertThat(r.path()).isEqualTo(p)));
    }

    @Test
    void noCorsAndASecurityPolicyOnEveryAnswer() {
        Answer answer = send(HttpRequest.newBuilder(uri("/api/events?limit=1")).header("Origin", "https://evil.example")
                .GET().build());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
        Answer preflight = send(HttpRequest.newBuilder(uri("/api/code")).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(WebServer.DEFAULT_HOST).isEqualTo("127.0.0.1");
    }

    @Test
    void pagesAnswerWithTitlesAndCsvDownloadsMatchTheSeries() {
        for (String path : List.of("/", "/dyads/USA/PAK", "/search?q=struck", "/search")) {
            Answer page = get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).containsPattern("<title>[^<]+ · Attaché</title>");
        }
        Answer badSearch = get("/search?root=99");
        assertThat(badSearch.status()).isEqualTo(400);
        assertThat(badSearch.body()).contains("root &#39;99&#39; is not a CAMEO root code");
        Answer csv = get("/dyads/USA/PAK/series.csv?period=month");
        assertThat(csv.type()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(13);
        assertThat(lines[0]).startsWith("period,start,events,");
        assertThat(lines[6]).startsWith("2024-06,2024-06-01,8,");
        Answer events = get("/dyads/USA/PAK/events.csv?period=month&at=2024-06-01");
        assertThat(events.body().split("\r\n")).hasSize(1 + 8);
        Answer redirect = send(HttpRequest.newBuilder(uri("/dyads?source=usa&target=pak")).GET().build());
        assertThat(redirect.status()).isEqualTo(200);
        assertThat(redirect.raw().uri().getPath()).isEqualTo("/dyads/USA/PAK");
    }
}
