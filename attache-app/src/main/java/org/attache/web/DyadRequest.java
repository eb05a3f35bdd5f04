package org.attache.web;

import org.attache.store.DyadSeries;
import org.attache.store.EventFilter;
import org.attache.store.Queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A dyad series as asked for by the API, the dyad page and its CSV download: who, which way, per what, when. */
record DyadRequest(String source, String target, DyadSeries.Period period, boolean bothDirections, EventFilter filter,
                   DyadSeries.SpikeRule rule, List<String> measures) {

    static final List<String> PARAMETERS = List.of("period", "direction", "from", "to", "modality", "measures",
            "window", "z");
    /** Every measure of a period; {@code period} and {@code start} are always given. */
    static final List<String> MEASURES = List.of("events", "verbal_coop", "material_coop", "verbal_conflict",
            "material_conflict", "goldstein_mean", "goldstein_sum", "mentions", "net", "z_net", "z_events", "spike",
            "drivers");

    /**
     * Reads the request; {@code defaultPeriod} null means: chosen from the dyad's date span (day up to 3 weeks,
     * week up to half a year, month beyond), as the page does.
     */
    static DyadRequest of(Params params, String sourceText, String targetText, Queries queries,
                          DyadSeries.Period defaultPeriod) {
        String source = Params.actor("source", sourceText);
        String target = Params.actor("target", targetText);
        String periodName = params.choice("period", null, Set.of("day", "week", "month"));
        boolean both = params.choice("direction", "forward", Set.of("forward", "both")).equals("both");
        EventFilter filter = new EventFilter();
        filter.from = params.date("from");
        filter.to = params.date("to");
        String modality = params.string("modality");
        try {
            if (modality != null) {
                filter.set("modality", modality);
            }
            filter.check();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        int window = params.integer("window", DyadSeries.SpikeRule.DEFAULT.window(), 3, 520);
        double z = params.decimal("z", DyadSeries.SpikeRule.DEFAULT.threshold(), 0.5, 10);
        DyadSeries.SpikeRule d = DyadSeries.SpikeRule.DEFAULT;
        DyadSeries.SpikeRule rule = new DyadSeries.SpikeRule(window, d.minHistory(), z, d.minEvents(), d.drivers());
        List<String> measures = MEASURES;
        String asked = params.string("measures");
        if (asked != null) {
            measures = new ArrayList<>();
            for (String m : asked.split(",")) {
                String name = m.strip();
                if (!MEASURES.contains(name)) {
                    throw new BadRequest("measures: '" + name + "' is not one of " + String.join(", ", MEASURES));
                }
                measures.add(name);
            }
        }
        for (String code : List.of(source, target)) {
            // the bundled dictionaries first: no query for the codes everyone uses
            if (!org.attache.store.KnownActors.bundled().knows(code) && !queries.knowsActor(code)) {
                throw new NotFound("actor '" + code + "' is not in the store nor in the bundled dictionaries");
            }
        }
        DyadSeries.Period period = periodName != null ? DyadSeries.Period.valueOf(periodName)
                : defaultPeriod != null ? defaultPeriod : periodFor(queries, source, target, both, filter);
        return new DyadRequest(source, target, period, both, filter, rule, measures);
    }

    private static DyadSeries.Period periodFor(Queries queries, String source, String target, boolean both,
                                               EventFilter filter) {
        EventFilter f = filter;
        org.attache.store.EventSearch search = new org.attache.store.EventSearch(f);
        List<Object> parameters = new ArrayList<>();
        String where = search.where(parameters);
        where += both ? " AND ((" + side("source", source, parameters) + " AND " + side("target", target, parameters)
                + ") OR (" + side("source", target, parameters) + " AND " + side("target", source, parameters) + "))"
                : " AND " + side("source", source, parameters) + " AND " + side("target", target, parameters);
        List<Object> span = queries.rows("SELECT min(e.event_date), max(e.event_date) FROM events e WHERE " + where,
                parameters).get(0);
        if (span.get(0) == null) {
            return DyadSeries.Period.month;
        }
        long days = ((LocalDate) span.get(1)).toEpochDay() - ((LocalDate) span.get(0)).toEpochDay();
        return days <= 21 ? DyadSeries.Period.day : days <= 183 ? DyadSeries.Period.week : DyadSeries.Period.month;
    }

    private static String side(String side, String code, List<Object> parameters) {
        parameters.add(code);
        return "starts_with(e." + side + "_code, ?)";
    }

    List<DyadSeries.Row> compute(Queries queries) {
        return DyadSeries.compute(queries, source, target, bothDirections, period, filter, rule);
    }

    /** The series as the API returns it. */
    Map<String, Object> document(List<DyadSeries.Row> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", source);
        doc.put("target", target);
        doc.put("direction", bothDirections ? "both" : "forward");
        doc.put("period", period.name());
        doc.put("from", filter.from == null ? null : filter.from.toString());
        doc.put("to", filter.to == null ? null : filter.to.toString());
        doc.put("modality", filter.modality == null ? "all" : filter.modality);
        doc.put("window", rule.window());
        doc.put("z", rule.threshold());
        List<Map<String, Object>> periods = new ArrayList<>();
        for (DyadSeries.Row row : rows) {
            Map<String, Object> all = row.toMap();
            Map<String, Object> chosen = new LinkedHashMap<>();
            chosen.put("period", all.get("period"));
            chosen.put("start", all.get("start"));
            chosen.put("end", period.name().equals("day") ? all.get("start") : end(row.start()).toString());
            for (String m : measures) {
                chosen.put(m, all.get(m));
            }
            if (row.spike() != null && measures.contains("spike")) {
                chosen.put("explanation", DyadSeries.describe(row, rule));
            }
            periods.add(chosen);
        }
        doc.put("periods", periods);
        return doc;
    }

    /** The last day of the period that starts on {@code start}. */
    LocalDate end(LocalDate start) {
        return switch (period) {
            case day -> start;
            case week -> start.plusDays(6);
            case month -> start.plusMonths(1).minusDays(1);
        };
    }
}
