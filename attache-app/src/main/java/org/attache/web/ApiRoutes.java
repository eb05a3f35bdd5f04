package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.attache.actors.ActorDictionary;
import org.attache.actors.DatedRole;
import org.attache.actors.DictionaryEntry;
import org.attache.events.CodedEvent;
import org.attache.ingest.Article;
import org.attache.ingest.ArticleIds;
import org.attache.pipeline.EventRecords;
import org.attache.store.ArticleView;
import org.attache.store.DyadChanges;
import org.attache.store.EventFilter;
import org.attache.store.EventReports;
import org.attache.store.EventSearch;
import org.attache.store.Ingester;
import org.attache.store.Queries;
import org.attache.store.TopDyads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The REST API under {@code /api}: JSON over the store, documented in {@code /api/openapi.json}. */
final class ApiRoutes {
    /** One route: the OpenAPI document must describe every one of them (a test checks it). */
    record Route(HandlerType method, String path, Handler handler) {
    }

    /** Longest text {@code POST /api/code} codes, in characters. */
    static final int MAX_CODE_TEXT = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreAccess access;
    private final Ingester.Coder coder;
    private final List<Route> routes = new ArrayList<>();

    ApiRoutes(StoreAccess access, Ingester.Coder coder) {
        this.access = access;
        this.coder = coder;
        routes.add(new Route(HandlerType.GET, "/api/openapi.json", this::openApi));
        routes.add(new Route(HandlerType.GET, "/api/stats", this::stats));
        routes.add(new Route(HandlerType.GET, "/api/events", this::events));
        routes.add(new Route(HandlerType.GET, "/api/events/{id}", this::event));
        routes.add(new Route(HandlerType.GET, "/api/articles/{id}", this::article));
        routes.add(new Route(HandlerType.GET, "/api/dyads/top", this::topDyads));
        routes.add(new Route(HandlerType.GET, "/api/dyads/changes", this::changes));
        routes.add(new Route(HandlerType.GET, "/api/dyads/{source}/{target}/series", this::series));
        routes.add(new Route(HandlerType.GET, "/api/actors/lookup", this::actorLookup));
        routes.add(new Route(HandlerType.POST, "/api/code", this::code));
    }

    List<Route> routes() {
        return routes;
    }

    void register(Javalin app) {
        for (Route r : routes) {
            app.addHttpHandler(r.method(), r.path(), r.handler());
        }
    }

    static String openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is bundled with the classes", e);
        }
    }

    private void openApi(Context ctx) {
        new Params(ctx, List.of());
        ctx.contentType("application/json").result(openApiDocument());
    }

    private void stats(Context ctx) {
        new Params(ctx, List.of());
        ctx.json(access.read(q -> {
            List<Object> row = q.rows("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions_compact),"
                    + " count(*), count(*) FILTER (WHERE modality = 'asserted'), min(event_date), max(event_date)"
                    + " FROM events", List.of()).get(0);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("articles", row.get(0));
            doc.put("mentions", row.get(1));
            doc.put("events", row.get(2));
            doc.put("asserted_events", row.get(3));
            doc.put("first_event_date", row.get(4) == null ? null : row.get(4).toString());
            doc.put("last_event_date", row.get(5) == null ? null : row.get(5).toString());
            return doc;
        }));
    }

    private void events(Context ctx) {
        List<String> allowed = new ArrayList<>(Params.EVENT_FILTERS);
        allowed.addAll(List.of("limit", "cursor"));
        Params params = new Params(ctx, allowed);
        EventSearch search = params.search();
        search.limit(params.integer("limit", 50, 1, EventSearch.MAX_LIMIT));
        String cursor = params.string("cursor");
        try {
            if (cursor != null) {
                search.cursor(cursor);
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        EventSearch.Page page = access.read(search::run);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("events", page.events().stream().map(org.attache.store.EventDetails.Event::toMap).toList());
        doc.put("next_cursor", page.nextCursor());
        ctx.json(doc);
    }

    static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " '" + v + "' is not an id (a whole number)");
        }
    }

    private void event(Context ctx) {
        new Params(ctx, List.of());
        long id = id(ctx, "id");
        EventReports event = access.read(q -> EventReports.load(q, id));
        if (event == null) {
            throw new NotFound("no event " + id + " in the store");
        }
        ctx.json(event.toMap());
    }

    private void article(Context ctx) {
        new Params(ctx, List.of());
        long id = id(ctx, "id");
        ArticleView article = access.read(q -> ArticleView.load(q, id));
        if (article == null) {
            throw new NotFound("no article " + id + " in the store");
        }
        ctx.json(article.toMap());
    }

    private void series(Context ctx) {
        Params params = new Params(ctx, DyadRequest.PARAMETERS);
        ctx.json(access.read(q -> {
            DyadRequest request = DyadRequest.of(params, ctx.pathParam("source"), ctx.pathParam("target"), q,
                    org.attache.store.DyadSeries.Period.month);
            return request.document(request.compute(q));
        }));
    }

    /** The period a ranking covers: {@code period} long, ending at {@code to} (default: the latest event date). */
    private record Window(LocalDate from, LocalDate to) {
    }

    private static Window window(Params params, Queries q, String defaultLength) {
        LocalDate to = params.date("to");
        String length = params.string("period");
        LocalDate last = to != null ? to : q.latestEventDate();
        if (last == null) {
            return null;
        }
        return new Window(Periods.start("period", length == null ? defaultLength : length, last), last);
    }

    private void topDyads(Context ctx) {
        Params params = new Params(ctx, List.of("period", "to", "by", "limit", "modality"));
        boolean byCode = params.choice("by", "country", Set.of("country", "code")).equals("code");
        int limit = params.integer("limit", 20, 1, 500);
        EventFilter filter = modalityFilter(params);
        ctx.json(access.read(q -> {
            Window w = window(params, q, "30d");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("from", w == null ? null : w.from().toString());
            doc.put("to", w == null ? null : w.to().toString());
            doc.put("dyads", w == null ? List.of() : TopDyads.compute(q, w.from(), w.to(), byCode, limit, filter).objects());
            return doc;
        }));
    }

    private void changes(Context ctx) {
        Params params = new Params(ctx, List.of("period", "to", "limit", "min_events", "modality"));
        int limit = params.integer("limit", 10, 1, 500);
        int minEvents = params.integer("min_events", 2, 1, 1_000_000);
        EventFilter filter = modalityFilter(params);
        ctx.json(access.read(q -> {
            Window w = window(params, q, "7d");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("from", w == null ? null : w.from().toString());
            doc.put("to", w == null ? null : w.to().toString());
            doc.put("previous_from", w == null ? null
                    : w.from().minusDays(w.to().toEpochDay() - w.from().toEpochDay() + 1).toString());
            doc.put("dyads", w == null ? List.of()
                    : DyadChanges.compute(q, w.from(), w.to(), minEvents, limit, filter).objects());
            return doc;
        }));
    }

    private static EventFilter modalityFilter(Params params) {
        EventFilter filter = new EventFilter();
        String modality = params.string("modality");
        if (modality != null) {
            try {
                filter.set("modality", modality);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        }
        return filter;
    }

    private void actorLookup(Context ctx) {
        Params params = new Params(ctx, List.of("name", "date"));
        String name = params.string("name");
        if (name == null) {
            throw new BadRequest("name is required: the actor's name or phrase as written (Imran Khan, Islamabad)");
        }
        if (name.length() > 200) {
            throw new BadRequest("name is " + name.length() + " characters long; at most 200");
        }
        LocalDate date = params.date("date");
        List<Map<String, Object>> matches = new ArrayList<>();
        ActorDictionary dictionary = ActorDictionary.bundled();
        for (DictionaryEntry entry : dictionary.lookup(name)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phrase", entry.phrase());
            m.put("kind", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("origin", entry.origin());
            if (entry.kind() == DictionaryEntry.Kind.PERSON) {
                List<DatedRole> roles = date != null ? (entry.roleOn(date) == null ? List.of() : List.of(entry.roleOn(date)))
                        : entry.roles();
                // outside their roles, a person is coded as a national of the state of the nearest national role
                DatedRole national = date != null && roles.isEmpty() ? entry.nationalRoleNear(date, dictionary::isState)
                        : null;
                m.put("code", date == null ? null : !roles.isEmpty() ? roles.get(0).code()
                        : national != null ? national.country() : null);
                m.put("roles", roles.stream().map(ApiRoutes::roleJson).toList());
                if (national != null) {
                    m.put("national_of", national.country());
                    m.put("nearest_role", roleJson(national));
                }
            } else {
                m.put("code", entry.code() != null ? entry.code()
                        : entry.country() == null ? null : entry.country() + (entry.sector() == null ? "" : entry.sector()));
                m.put("roles", List.of());
            }
            matches.add(m);
        }
        if (matches.isEmpty()) {
            throw new NotFound("no dictionary entry for \"" + name + "\"");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", name);
        doc.put("date", date == null ? null : date.toString());
        doc.put("matches", matches);
        ctx.json(doc);
    }

    private static Map<String, Object> roleJson(DatedRole r) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("code", r.code());
        role.put("start", r.start() == null ? null : r.start().toString());
        role.put("end", r.end() == null ? null : r.end().toString());
        role.put("description", r.description());
        return role;
    }

    private void code(Context ctx) {
        new Params(ctx, List.of());
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (!contentType.startsWith("application/json")) {
            throw new BadRequest(415, "POST /api/code takes application/json: {\"text\": \"...\", \"date\":"
                    + " \"YYYY-MM-DD\", \"title\": \"...\"}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new BadRequest("the body is not JSON: " + firstLine(e.getMessage()));
        }
        if (body == null || !body.isObject()) {
            throw new BadRequest("the body must be a JSON object with a \"text\" field");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!Set.of("text", "date", "title").contains(field)) {
                throw new BadRequest("unknown field '" + field + "'; the body takes text, date, title");
            }
        }
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new BadRequest("\"text\" is required: the article text, a non-empty string");
        }
        if (text.asText().length() > MAX_CODE_TEXT) {
            throw new BadRequest(413, "\"text\" is " + text.asText().length() + " characters long; at most "
                    + MAX_CODE_TEXT);
        }
        LocalDate date = null;
        JsonNode dateNode = body.get("date");
        if (dateNode != null && !dateNode.isNull()) {
            try {
                date = LocalDate.parse(dateNode.asText());
            } catch (DateTimeParseException e) {
                throw new BadRequest("\"date\" '" + dateNode.asText() + "' is not a date (use YYYY-MM-DD)");
            }
        }
        JsonNode titleNode = body.get("title");
        String title = titleNode == null || titleNode.isNull() ? null : titleNode.asText();
        if (coder == null) {
            throw new BadRequest(503, "this server was started without a coder");
        }
        String t = text.asText();
        Article article = new Article(ArticleIds.fromText(t), null, null, title, date, date == null ? "none" : "request",
                t, "POST /api/code");
        List<CodedEvent> events;
        synchronized (coder) {
            events = coder.code(article);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("events", events.stream().map(e -> EventRecords.toMap(article, e)).toList());
        ctx.json(doc);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int n = message.indexOf('\n');
        return n < 0 ? message : message.substring(0, n);
    }
}
