package org.attache.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.attache.store.ArticleView;
import org.attache.store.DyadChanges;
import org.attache.store.DyadSeries;
import org.attache.store.EventDetails;
import org.attache.store.EventReports;
import org.attache.store.EventSearch;
import org.attache.store.Queries;
import org.attache.store.ResultTable;
import org.attache.store.TopDyads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's pages, rendered on the server: overview, dyad, article, event and search. Every value from the
 * store goes through {@link Html#text}; the only script is the dyad chart's, loaded from the server.
 */
final class Pages {
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    static final String[] QUADS = {"", "verbal cooperation", "material cooperation", "verbal conflict",
            "material conflict"};
    private static final int CSV_MAX_EVENTS = 10_000;

    private final StoreAccess access;

    Pages(StoreAccess access) {
        this.access = access;
    }

    void register(Javalin app) {
        app.get("/", this::overview);
        app.get("/dyads", this::chooseDyad);
        app.get("/dyads/{source}/{target}", this::dyad);
        app.get("/dyads/{source}/{target}/series.csv", this::seriesCsv);
        app.get("/dyads/{source}/{target}/events.csv", this::eventsCsv);
        app.get("/articles/{id}", this::article);
        app.get("/events/{id}", this::event);
        app.get("/search", this::search);
    }

    // ---------------------------------------------------------------- layout

    static String page(String title, String body, String... scripts) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append(" · Attaché</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/attache.css\"></head><body>")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Attaché</a>")
                .append("<a href=\"/\">Overview</a><a href=\"/search\">Search events</a>")
                .append("<a href=\"/api/openapi.json\">API</a></nav></header>")
                .append("<main id=\"main\" tabindex=\"-1\">").append(body).append("</main>")
                .append("<footer>Attaché — political events coded in CAMEO, each traceable to its sentence.</footer>");
        for (String script : scripts) {
            html.append("<script src=\"").append(Html.text(script)).append("\"></script>");
        }
        return html.append("</body></html>").toString();
    }

    static String errorPage(int status, String message) {
        String title = status == 404 ? "Not found" : status == 400 ? "Bad request" : "Error " + status;
        return page(title, "<h1>" + Html.text(title) + "</h1><p class=\"error\" role=\"alert\">" + Html.text(message)
                + "</p><p><a href=\"/\">Back to the overview</a></p>");
    }

    private static String dyadLink(String source, String target, String text) {
        return "<a href=\"/dyads/" + Html.text(Html.url(source)) + "/" + Html.text(Html.url(target)) + "\">"
                + Html.text(text) + "</a>";
    }

    private static String eventItem(EventDetails.Event e) {
        StringBuilder li = new StringBuilder("<li class=\"event q").append(e.quad()).append("\">");
        li.append("<a href=\"/events/").append(e.id()).append("\">")
                .append(Html.text(e.date() == null ? "undated" : e.date().toString())).append(" · ")
                .append(Html.text(e.source())).append(" → ").append(Html.text(e.target() == null ? "—" : e.target()))
                .append(": ").append(Html.text(e.cameoName())).append("</a>");
        li.append(" <span class=\"meta\">CAMEO ").append(Html.text(e.cameo())).append(", Goldstein ")
                .append(Html.number(e.goldstein())).append(", ").append(e.mentions()).append(" mention")
                .append(e.mentions() == 1 ? "" : "s");
        if (!"asserted".equals(e.modality())) {
            li.append(", ").append(Html.text(e.modality()));
        }
        li.append("</span>");
        if (e.sentence() != null) {
            li.append("<blockquote>").append(Html.text(e.sentence())).append("</blockquote>");
        }
        return li.append("</li>").toString();
    }

    private static String eventList(List<EventDetails.Event> events, String empty) {
        if (events.isEmpty()) {
            return "<p class=\"empty\">" + Html.text(empty) + "</p>";
        }
        StringBuilder ul = new StringBuilder("<ul class=\"events\">");
        for (EventDetails.Event e : events) {
            ul.append(eventItem(e));
        }
        return ul.append("</ul>").toString();
    }

    // ---------------------------------------------------------------- overview

    private void overview(Context ctx) {
        new Params(ctx, List.of());
        ctx.html(access.read(q -> {
            StringBuilder body = new StringBuilder("<h1>Overview</h1>");
            List<Object> stats = q.rows("SELECT (SELECT count(*) FROM articles), count(*), min(event_date),"
                    + " max(event_date) FROM events WHERE modality = 'asserted'", List.of()).get(0);
            LocalDate first = (LocalDate) stats.get(2);
            LocalDate last = (LocalDate) stats.get(3);
            body.append("<p class=\"lead\">").append(stats.get(0)).append(" articles, ").append(stats.get(1))
                    .append(" asserted events");
            if (first != null) {
                body.append(", ").append(first).append(" to ").append(last);
            }
            body.append(".</p>");
            ResultTable top = last == null ? null
                    : TopDyads.compute(q, first, last, false, 12, new org.attache.store.EventFilter());
            String[] preset = top == null || top.rows().isEmpty() ? new String[] {"", ""}
                    : new String[] {(String) top.rows().get(0).get(0), (String) top.rows().get(0).get(1)};
            body.append(dyadChooser(q, preset));
            if (last == null) {
                body.append("<p class=\"empty\">The store has no dated events yet: ingest articles with"
                        + " <code>attache ingest</code>.</p>");
                return page("Overview", body.toString());
            }
            body.append("<div class=\"grid\"><section aria-labelledby=\"top-h\"><h2 id=\"top-h\">Most active dyads</h2>");
            body.append(dyadTable(top.objects(), false));
            body.append("</section><section aria-labelledby=\"moves-h\"><h2 id=\"moves-h\">Biggest moves</h2>");
            for (String[] p : new String[][] {{"7d", "This week"}, {"30d", "This month"}}) {
                LocalDate from = Periods.start("period", p[0], last);
                ResultTable moves = DyadChanges.compute(q, from, last, 2, 5, new org.attache.store.EventFilter());
                body.append("<h3>").append(p[1]).append(" <span class=\"meta\">(").append(from).append(" to ")
                        .append(last).append(", against the ").append(p[0]).append(" before)</span></h3>");
                if (moves.rows().isEmpty()) {
                    body.append("<p class=\"empty\">No dyad with 2 or more events in this period and events in"
                            + " the one before.</p>");
                } else {
                    body.append(dyadTable(moves.objects(), true));
                }
            }
            body.append("</section></div>");
            EventSearch conflict = new EventSearch(new org.attache.store.EventFilter());
            conflict.filter.quads.add(3);
            conflict.filter.quads.add(4);
            conflict.limit(10);
            body.append("<section aria-labelledby=\"conflict-h\"><h2 id=\"conflict-h\">Latest conflict events</h2>")
                    .append(eventList(conflict.run(q).events(), "No conflict events stored."))
                    .append("<p><a href=\"/search?quad=3&amp;quad=4\">All conflict events</a></p></section>");
            return page("Overview", body.toString());
        }));
    }

    private static String dyadTable(List<Map<String, Object>> rows, boolean moves) {
        StringBuilder t = new StringBuilder("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Dyad</th>");
        if (moves) {
            t.append("<th scope=\"col\">Events</th><th scope=\"col\">Before</th><th scope=\"col\">Goldstein</th>"
                    + "<th scope=\"col\">Change</th>");
        } else {
            t.append("<th scope=\"col\">Events</th><th scope=\"col\">Conflict</th><th scope=\"col\">Goldstein</th>");
        }
        t.append("</tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            String s = (String) r.get("source");
            String tg = (String) r.get("target");
            t.append("<tr><td>").append(dyadLink(s, tg, s + " → " + tg)).append("</td>");
            if (moves) {
                t.append("<td>").append(r.get("events")).append("</td><td>").append(r.get("events_before"))
                        .append("</td><td>").append(Html.number((Double) r.get("goldstein_mean"))).append("</td><td>")
                        .append(String.format(java.util.Locale.ROOT, "%+.2f", (Double) r.get("goldstein_change")))
                        .append("</td>");
            } else {
                long conflict = ((Number) r.get("verbal_conflict")).longValue()
                        + ((Number) r.get("material_conflict")).longValue();
                t.append("<td>").append(r.get("events")).append("</td><td>").append(conflict).append("</td><td>")
                        .append(Html.number((Double) r.get("goldstein_mean"))).append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table></div>").toString();
    }

    /**
     * Two lists of the actors (countries and groups) that the store has events of, and a button; the most active
     * dyad is chosen to begin with.
     */
    private static String dyadChooser(Queries q, String[] preset) {
        List<String> actors = new ArrayList<>();
        for (List<Object> row : q.rows("SELECT a, count(*) AS n FROM (SELECT coalesce(source_country, source_code) AS a"
                + " FROM events WHERE modality = 'asserted' UNION ALL SELECT coalesce(target_country, target_code)"
                + " FROM events WHERE modality = 'asserted' AND target_code <> '') WHERE a IS NOT NULL AND a <> ''"
                + " GROUP BY a ORDER BY n DESC, a LIMIT 300", List.of())) {
            actors.add((String) row.get(0));
        }
        actors.sort(Comparator.naturalOrder());
        StringBuilder form = new StringBuilder("<form class=\"chooser\" action=\"/dyads\" method=\"get\">"
                + "<fieldset><legend>Choose a dyad</legend>");
        for (int i = 0; i < 2; i++) {
            String side = i == 0 ? "source" : "target";
            String chosen = preset[i];
            form.append("<label for=\"choose-").append(side).append("\">").append(side.equals("source") ? "Source" : "Target")
                    .append("</label><select id=\"choose-").append(side).append("\" name=\"").append(side).append("\">");
            for (String a : actors) {
                form.append("<option value=\"").append(Html.text(a)).append("\"").append(a.equals(chosen) ? " selected" : "")
                        .append(">").append(Html.text(a)).append("</option>");
            }
            form.append("</select>");
        }
        form.append("<label class=\"inline\"><input type=\"checkbox\" name=\"direction\" value=\"both\"> both directions</label>"
                + "<button type=\"submit\" id=\"choose-go\">Show relationship</button></fieldset></form>");
        return form.toString();
    }

    private void chooseDyad(Context ctx) {
        Params params = new Params(ctx, List.of("source", "target", "direction"));
        String source = Params.actor("source", required(params, "source"));
        String target = Params.actor("target", required(params, "target"));
        String direction = params.choice("direction", "forward", java.util.Set.of("forward", "both"));
        ctx.redirect("/dyads/" + Html.url(source) + "/" + Html.url(target)
                + (direction.equals("both") ? "?direction=both" : ""));
    }

    private static String required(Params params, String name) {
        String v = params.string(name);
        if (v == null) {
            throw new BadRequest(name + " is required");
        }
        return v;
    }

    // ---------------------------------------------------------------- dyad

    private static final List<String> DYAD_PARAMETERS = withAt();

    private static List<String> withAt() {
        List<String> list = new ArrayList<>(DyadRequest.PARAMETERS);
        list.add("at");
        return list;
    }

    /** The query string of the dyad page's current view (without {@code at}). */
    private static String viewQuery(DyadRequest r) {
        StringBuilder qs = new StringBuilder("period=").append(r.period().name());
        if (r.bothDirections()) {
            qs.append("&direction=both");
        }
        if (r.filter().from != null) {
            qs.append("&from=").append(r.filter().from);
        }
        if (r.filter().to != null) {
            qs.append("&to=").append(r.filter().to);
        }
        if (!"asserted".equals(r.filter().modality)) {
            qs.append("&modality=").append(r.filter().modality == null ? "all" : r.filter().modality);
        }
        return qs.toString();
    }

    private void dyad(Context ctx) {
        Params params = new Params(ctx, DYAD_PARAMETERS);
        ctx.html(access.read(q -> {
            DyadRequest r = DyadRequest.of(params, ctx.pathParam("source"), ctx.pathParam("target"), q, null);
            LocalDate at = params.date("at");
            List<DyadSeries.Row> rows = r.compute(q);
            String arrow = r.bothDirections() ? " ↔ " : " → ";
            String title = r.source() + arrow + r.target();
            String base = "/dyads/" + Html.url(r.source()) + "/" + Html.url(r.target());
            String view = viewQuery(r);
            StringBuilder body = new StringBuilder("<h1>").append(Html.text(title)).append("</h1>");
            body.append("<form class=\"controls\" method=\"get\" action=\"").append(Html.text(base)).append("\">")
                    .append(select("period", "Per", r.period().name(), "day", "week", "month"))
                    .append(select("direction", "Direction", r.bothDirections() ? "both" : "forward", "forward", "both"))
                    .append("<label for=\"from\">From</label><input type=\"date\" id=\"from\" name=\"from\" value=\"")
                    .append(r.filter().from == null ? "" : r.filter().from).append("\">")
                    .append("<label for=\"to\">To</label><input type=\"date\" id=\"to\" name=\"to\" value=\"")
                    .append(r.filter().to == null ? "" : r.filter().to).append("\">")
                    .append("<button type=\"submit\">Update</button></form>");
            long total = rows.stream().mapToLong(DyadSeries.Row::events).sum();
            if (total == 0) {
                body.append("<p class=\"empty\">No ").append(r.filter().modality == null ? "" : r.filter().modality + " ")
                        .append("events of ").append(Html.text(title)).append(" in the store for this range.</p>");
                return page(title, body.toString());
            }
            body.append("<p class=\"lead\">").append(total).append(" event").append(total == 1 ? "" : "s").append(", ")
                    .append(rows.size()).append(" ").append(r.period().name()).append(rows.size() == 1 ? "" : "s")
                    .append(". Bars: events per quad class; line: mean Goldstein score"
                            + " (−10 conflict … +10 cooperation); pins: change points. Click a period to read its events.</p>");
            String seriesUrl = "/api/dyads/" + Html.url(r.source()) + "/" + Html.url(r.target()) + "/series?" + view;
            body.append("<div id=\"chart\" class=\"chart\" role=\"img\" aria-label=\"")
                    .append(Html.text("Chart of " + title + ": events per quad class and mean Goldstein score per "
                            + r.period().name() + "; the table below has the same figures"))
                    .append("\" data-series=\"").append(Html.text(seriesUrl)).append("\" data-page=\"")
                    .append(Html.text(base + "?" + view)).append("\"></div>");
            body.append("<p class=\"downloads\">Download as CSV: <a href=\"").append(Html.text(base + "/series.csv?" + view))
                    .append("\" download>the series</a> · <a href=\"")
                    .append(Html.text(base + "/events.csv?" + view + (at != null ? "&at=" + at : "")))
                    .append("\" download>the events listed below</a></p>");

            List<DyadSeries.Row> spikes = rows.stream().filter(x -> x.spike() != null).toList();
            body.append("<section aria-labelledby=\"cp-h\"><h2 id=\"cp-h\">Change points</h2>");
            if (spikes.isEmpty()) {
                body.append("<p class=\"empty\">No period stands out from the dyad's own previous ")
                        .append(r.rule().window()).append(" periods (at least ").append(r.rule().minHistory())
                        .append(" needed; z ≥ ").append(r.rule().threshold()).append(").</p>");
            } else {
                body.append("<ul class=\"spikes\">");
                for (DyadSeries.Row s : spikes) {
                    body.append("<li><a href=\"").append(Html.text(base + "?" + view + "&at=" + s.start()))
                            .append("#period-events\">").append(Html.text(DyadSeries.describe(s, r.rule())))
                            .append("</a>. Driven by:").append(eventList(s.drivers(), "no events"))
                            .append("</li>");
                }
                body.append("</ul>");
            }
            body.append("</section>");

            body.append("<details class=\"periods\"><summary>Figures per ").append(r.period().name())
                    .append("</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Period</th>")
                    .append("<th scope=\"col\">Events</th><th scope=\"col\">Verbal coop.</th>")
                    .append("<th scope=\"col\">Material coop.</th><th scope=\"col\">Verbal conflict</th>")
                    .append("<th scope=\"col\">Material conflict</th><th scope=\"col\">Goldstein mean</th>")
                    .append("<th scope=\"col\">Net</th><th scope=\"col\">Change point</th></tr></thead><tbody>");
            for (DyadSeries.Row row : rows) {
                if (row.events() == 0) {
                    continue;
                }
                body.append("<tr><td><a href=\"").append(Html.text(base + "?" + view + "&at=" + row.start()))
                        .append("#period-events\">").append(Html.text(row.label())).append("</a></td><td>")
                        .append(row.events()).append("</td><td>").append(row.verbalCoop()).append("</td><td>")
                        .append(row.materialCoop()).append("</td><td>").append(row.verbalConflict()).append("</td><td>")
                        .append(row.materialConflict()).append("</td><td>").append(Html.number(row.goldsteinMean()))
                        .append("</td><td>").append(Html.number(row.net())).append("</td><td>")
                        .append(row.spike() == null ? "" : Html.text(row.spike())).append("</td></tr>");
            }
            body.append("</tbody></table></div><p class=\"meta\">Periods without events are left out of this table.</p></details>");

            EventSearch events = dyadEvents(r, at);
            events.limit(100);
            EventSearch.Page page = events.run(q);
            body.append("<section id=\"period-events\" aria-labelledby=\"ev-h\" tabindex=\"-1\"><h2 id=\"ev-h\">");
            if (at != null) {
                body.append("Events of the ").append(r.period().name()).append(" ")
                        .append(Html.text(r.period() == DyadSeries.Period.month ? at.toString().substring(0, 7) : at.toString()))
                        .append(" <a class=\"meta\" href=\"").append(Html.text(base + "?" + view)).append("\">(show all)</a>");
            } else {
                body.append("Latest events");
            }
            body.append("</h2>").append(eventList(page.events(), "No events in this period."));
            if (page.nextCursor() != null) {
                body.append("<p class=\"meta\">The first 100 are shown; the CSV download has up to ")
                        .append(CSV_MAX_EVENTS).append(".</p>");
            }
            body.append("</section>");
            return page(title, body.toString(), ECHARTS, "/assets/dyad.js");
        }));
    }

    private static EventSearch dyadEvents(DyadRequest r, LocalDate at) {
        org.attache.store.EventFilter f = new org.attache.store.EventFilter();
        f.modality = r.filter().modality;
        f.from = r.filter().from;
        f.to = r.filter().to;
        if (at != null) {
            LocalDate start = at;
            f.from = start;
            f.to = r.end(start);
        }
        EventSearch search = new EventSearch(f);
        if (r.bothDirections()) {
            search.dyad = new String[] {r.source(), r.target()};
        } else {
            f.source = r.source();
            f.target = r.target();
        }
        return search;
    }

    private static String select(String name, String label, String chosen, String... options) {
        StringBuilder s = new StringBuilder("<label for=\"").append(name).append("\">").append(label)
                .append("</label><select id=\"").append(name).append("\" name=\"").append(name).append("\">");
        for (String o : options) {
            s.append("<option").append(o.equals(chosen) ? " selected" : "").append(">").append(o).append("</option>");
        }
        return s.append("</select>").toString();
    }

    private void seriesCsv(Context ctx) {
        Params params = new Params(ctx, DyadRequest.PARAMETERS);
        String csv = access.read(q -> {
            DyadRequest r = DyadRequest.of(params, ctx.pathParam("source"), ctx.pathParam("target"), q, null);
            StringBuilder out = new StringBuilder(ResultTable.csvLine(List.of("period", "start", "events",
                    "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_mean",
                    "goldstein_sum", "mentions", "net", "z_net", "z_events", "spike")));
            for (DyadSeries.Row row : r.compute(q)) {
                List<String> cells = new ArrayList<>();
                for (Object v : new Object[] {row.label(), row.start(), row.events(), row.verbalCoop(),
                        row.materialCoop(), row.verbalConflict(), row.materialConflict(), row.goldsteinMean(),
                        row.goldsteinSum(), row.mentions(), row.net(), row.zNet(), row.zEvents(), row.spike()}) {
                    cells.add(v == null ? "" : ResultTable.text(v));
                }
                out.append(ResultTable.csvLine(cells));
            }
            ctx.header("Content-Disposition", "attachment; filename=\"" + r.source() + "-" + r.target() + "-"
                    + r.period().name() + ".csv\"");
            return out.toString();
        });
        ctx.contentType("text/csv; charset=utf-8").result(csv);
    }

    private void eventsCsv(Context ctx) {
        Params params = new Params(ctx, DYAD_PARAMETERS);
        String csv = access.read(q -> {
            DyadRequest r = DyadRequest.of(params, ctx.pathParam("source"), ctx.pathParam("target"), q,
                    DyadSeries.Period.month);
            LocalDate at = params.date("at");
            StringBuilder out = new StringBuilder(ResultTable.csvLine(List.of("id", "date", "source", "target",
                    "cameo", "cameo_name", "quad", "goldstein", "modality", "num_mentions", "num_articles",
                    "num_sources", "first_seen", "last_seen", "trigger", "sentence", "url")));
            EventSearch search = dyadEvents(r, at);
            search.limit(EventSearch.MAX_LIMIT);
            int written = 0;
            while (written < CSV_MAX_EVENTS) {
                EventSearch.Page page = search.run(q);
                for (EventDetails.Event e : page.events()) {
                    List<String> cells = new ArrayList<>();
                    for (Object v : e.toMap().values()) {
                        cells.add(v == null ? "" : ResultTable.text(v));
                    }
                    out.append(ResultTable.csvLine(cells));
                    written++;
                }
                if (page.nextCursor() == null) {
                    break;
                }
                search.cursor(page.nextCursor());
            }
            ctx.header("Content-Disposition", "attachment; filename=\"" + r.source() + "-" + r.target()
                    + "-events.csv\"");
            return out.toString();
        });
        ctx.contentType("text/csv; charset=utf-8").result(csv);
    }

    // ---------------------------------------------------------------- article

    /** A highlighted span of the article text. */
    private record Mark(int start, int end, String role, String code, long mention) {
    }

    private void article(Context ctx) {
        new Params(ctx, List.of());
        long id = ApiRoutes.id(ctx, "id");
        ArticleView a = access.read(q -> ArticleView.load(q, id));
        if (a == null) {
            throw new NotFound("no article " + id + " in the store");
        }
        String title = a.title() != null && !a.title().isBlank() ? a.title() : "Article " + a.articleId();
        StringBuilder body = new StringBuilder("<h1>").append(Html.text(title)).append("</h1><p class=\"meta\">");
        if (a.published() != null) {
            body.append("Published ").append(a.published()).append(" · ");
        }
        if (a.source() != null) {
            body.append(Html.text(a.source())).append(" · ");
        }
        String href = Html.href(a.url());
        if (href != null) {
            body.append("<a rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(href)).append("\">original</a> · ");
        } else if (a.url() != null) {
            body.append(Html.text(a.url())).append(" · ");
        }
        body.append(a.mentions().size()).append(" coded mention").append(a.mentions().size() == 1 ? "" : "s")
                .append("</p><p class=\"legend\"><mark class=\"span-source\">source</mark> <mark class=\"span-target\">target</mark>"
                        + " <mark class=\"span-trigger\">trigger</mark></p><div class=\"article-layout\">");
        body.append("<article class=\"text\" aria-label=\"Article text\">");
        if (a.text() != null) {
            body.append(highlighted(a.text(), a.mentions()));
        } else {
            body.append("<p class=\"empty\">The store does not keep this article's text (stored before texts were"
                    + " kept, or imported); its coded sentences are listed.</p>");
            for (ArticleView.Mention m : a.mentions()) {
                body.append("<p>").append(Html.text(m.sentence())).append("</p>");
            }
        }
        body.append("</article><aside aria-labelledby=\"ev-h\"><h2 id=\"ev-h\">Events</h2><ol class=\"mentions\">");
        for (ArticleView.Mention m : a.mentions()) {
            String source = m.spans().stream().filter(s -> s.role().equals("source")).map(ArticleView.Span::code)
                    .findFirst().orElse("");
            String target = m.spans().stream().filter(s -> s.role().equals("target")).map(ArticleView.Span::code)
                    .findFirst().orElse("—");
            body.append("<li id=\"mention-").append(m.id()).append("\" class=\"q").append(m.quad()).append("\">")
                    .append("<a href=\"/events/").append(m.event()).append("\">").append(Html.text(source))
                    .append(" → ").append(Html.text(target)).append(": ").append(Html.text(m.cameoName()))
                    .append("</a> <span class=\"meta\">CAMEO ").append(Html.text(m.cameo())).append(", ")
                    .append(Html.text(m.date() == null ? "undated" : m.date().toString())).append(", ")
                    .append(Html.text(m.modality())).append("</span><blockquote>").append(Html.text(m.sentence()))
                    .append("</blockquote></li>");
        }
        body.append("</ol></aside></div>");
        ctx.html(page(title, body.toString()));
    }

    /** The text, escaped, with the actors' and triggers' spans marked (overlapping spans: the first kept). */
    static String highlighted(String text, List<ArticleView.Mention> mentions) {
        List<Mark> marks = new ArrayList<>();
        for (ArticleView.Mention m : mentions) {
            for (ArticleView.Span s : m.spans()) {
                if (s.start() != null && s.end() != null && s.start() >= 0 && s.end() > s.start()
                        && s.end() <= text.length()) {
                    marks.add(new Mark(s.start(), s.end(), s.role(), s.code(), m.id()));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 60);
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() < at) {
                continue;
            }
            out.append(Html.text(text.substring(at, mark.start())));
            out.append("<a class=\"mark-link\" href=\"#mention-").append(mark.mention()).append("\"><mark class=\"span-")
                    .append(Html.text(mark.role())).append("\" title=\"")
                    .append(Html.text(mark.role() + (mark.code() == null ? "" : " " + mark.code()))).append("\">")
                    .append(Html.text(text.substring(mark.start(), mark.end()))).append("</mark></a>");
            at = mark.end();
        }
        out.append(Html.text(text.substring(at)));
        return out.toString();
    }

    // ---------------------------------------------------------------- event

    private void event(Context ctx) {
        new Params(ctx, List.of());
        long id = ApiRoutes.id(ctx, "id");
        EventReports r = access.read(q -> EventReports.load(q, id));
        if (r == null) {
            throw new NotFound("no event " + id + " in the store");
        }
        EventDetails.Event e = r.event();
        String title = e.source() + " → " + (e.target() == null ? "—" : e.target()) + ": " + e.cameoName();
        StringBuilder body = new StringBuilder("<h1>").append(Html.text(title)).append("</h1>");
        body.append("<dl class=\"facts\">")
                .append(fact("Date", e.date() == null ? "undated" : e.date().toString()))
                .append(fact("Source", e.source() + (r.sourceText() == null ? "" : " (“" + r.sourceText() + "”)")))
                .append(fact("Target", e.target() == null ? "none" : e.target()
                        + (r.targetText() == null ? "" : " (“" + r.targetText() + "”)")))
                .append(fact("CAMEO", e.cameo() + " " + e.cameoName()))
                .append(fact("Quad class", e.quad() + " " + QUADS[Math.max(0, Math.min(4, e.quad()))]))
                .append(fact("Goldstein", Html.number(e.goldstein())))
                .append(fact("PLOVER", r.plover() == null ? "—" : r.plover()))
                .append(fact("Modality", e.modality()))
                .append(fact("Reports", e.mentions() + " mentions in " + e.articles() + " articles from " + e.sources()
                        + " sources"))
                .append(fact("First seen", e.firstSeen() == null ? "—" : e.firstSeen().toString()))
                .append(fact("Last seen", e.lastSeen() == null ? "—" : e.lastSeen().toString()));
        if (r.locationName() != null) {
            body.append(fact("Where", r.locationName()));
        }
        body.append("</dl>");
        if (e.target() != null && e.target().length() >= 3 && e.source() != null && e.source().length() >= 3) {
            body.append("<p>").append(dyadLink(e.source().substring(0, 3), e.target().substring(0, 3),
                    "The " + e.source().substring(0, 3) + " → " + e.target().substring(0, 3) + " relationship over time"))
                    .append("</p>");
        }
        body.append("<h2>Sources</h2>");
        if (r.outlets().isEmpty()) {
            body.append("<p class=\"empty\">No outlet named.</p>");
        } else {
            body.append("<ul class=\"outlets\">");
            for (String o : r.outlets()) {
                body.append("<li>").append(Html.text(o)).append("</li>");
            }
            body.append("</ul>");
        }
        body.append("<h2>All reports</h2><ol class=\"reports\">");
        for (EventReports.Report report : r.reports()) {
            body.append("<li><p><a href=\"/articles/").append(report.articleId()).append("#mention-")
                    .append(report.mentionId()).append("\">")
                    .append(Html.text(report.articleTitle() == null || report.articleTitle().isBlank()
                            ? "Article " + report.articleId() : report.articleTitle()))
                    .append("</a> <span class=\"meta\">").append(Html.text(report.outlet() == null ? "" : report.outlet()))
                    .append(report.published() == null ? "" : " · published " + report.published())
                    .append(" · CAMEO ").append(Html.text(report.cameo())).append(" · ").append(Html.text(report.modality()))
                    .append("</span>");
            String href = Html.href(report.url());
            if (href != null) {
                body.append(" <a class=\"meta\" rel=\"noopener noreferrer nofollow\" href=\"").append(Html.text(href))
                        .append("\">original</a>");
            }
            body.append("</p><blockquote>").append(sentence(report)).append("</blockquote></li>");
        }
        body.append("</ol>");
        ctx.html(page(title, body.toString()));
    }

    /** The report's sentence with its spans marked (span offsets are into the article; the sentence starts at its own). */
    private static String sentence(EventReports.Report report) {
        String text = report.sentence() == null ? "" : report.sentence();
        List<ArticleView.Span> shifted = new ArrayList<>();
        for (ArticleView.Span s : report.spans()) {
            if (s.start() != null && s.end() != null) {
                shifted.add(new ArticleView.Span(s.role(), s.text(), s.code(), s.start() - report.sentenceStart(),
                        s.end() - report.sentenceStart()));
            }
        }
        ArticleView.Mention m = new ArticleView.Mention(report.mentionId(), 0, "", null, 0, text, 0, 0, "", "", 0, 0,
                null, "", 0, shifted);
        return highlighted(text, List.of(m)).replaceAll("<a class=\"mark-link\" href=\"#mention-\\d+\">", "")
                .replace("</mark></a>", "</mark>");
    }

    private static String fact(String name, String value) {
        return "<dt>" + Html.text(name) + "</dt><dd>" + Html.text(value) + "</dd>";
    }

    // ---------------------------------------------------------------- search

    private void search(Context ctx) {
        List<String> allowed = new ArrayList<>(Params.EVENT_FILTERS);
        allowed.add("cursor");
        StringBuilder body = new StringBuilder("<h1>Search events</h1>");
        String error = null;
        EventSearch.Page page = null;
        boolean asked = !ctx.queryParamMap().isEmpty();
        try {
            Params params = new Params(ctx, allowed);
            EventSearch search = params.search();
            search.limit(50);
            String cursor = params.string("cursor");
            if (cursor != null) {
                try {
                    search.cursor(cursor);
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
            }
            if (asked) {
                page = access.read(search::run);
            }
        } catch (BadRequest e) {
            error = e.getMessage();
            ctx.status(400);
        }
        body.append("<form class=\"search\" method=\"get\" action=\"/search\">")
                .append(input(ctx, "q", "Words", "search", "in the sentence, trigger or actors"))
                .append(input(ctx, "actor", "Actor (either side)", "text", "USA, PAKGOV"))
                .append(input(ctx, "source", "Source", "text", ""))
                .append(input(ctx, "target", "Target", "text", ""))
                .append(input(ctx, "root", "CAMEO root", "text", "10 or 18,19"))
                .append(input(ctx, "quad", "Quad class", "text", "1-4, e.g. 3,4"))
                .append(input(ctx, "plover", "PLOVER category", "text", "CONSULT, ASSAULT"))
                .append(input(ctx, "modality", "Modality", "text", "asserted (default), all, negated…"))
                .append(input(ctx, "from", "From", "date", ""))
                .append(input(ctx, "to", "To", "date", ""))
                .append("<button type=\"submit\">Search</button></form>");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\">").append(Html.text(error)).append("</p>");
        } else if (page != null) {
            body.append("<h2>Results</h2>").append(eventList(page.events(), "No event matches."));
            if (page.nextCursor() != null) {
                StringBuilder next = new StringBuilder("/search?");
                for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
                    if (p.getKey().equals("cursor")) {
                        continue;
                    }
                    for (String v : p.getValue()) {
                        next.append(Html.url(p.getKey())).append('=').append(Html.url(v)).append('&');
                    }
                }
                next.append("cursor=").append(Html.url(page.nextCursor()));
                body.append("<p><a rel=\"next\" href=\"").append(Html.text(next)).append("\">Next page</a></p>");
            }
        }
        ctx.html(page("Search events", body.toString()));
    }

    private static String input(Context ctx, String name, String label, String type, String placeholder) {
        String value = ctx.queryParam(name);
        return "<label for=\"f-" + name + "\">" + Html.text(label) + "</label><input id=\"f-" + name + "\" name=\"" + name
                + "\" type=\"" + type + "\" value=\"" + Html.text(value == null ? "" : value) + "\""
                + (placeholder.isEmpty() ? "" : " placeholder=\"" + Html.text(placeholder) + "\"") + ">";
    }
}
