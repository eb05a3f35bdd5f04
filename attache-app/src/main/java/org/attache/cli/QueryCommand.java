package org.attache.cli;

import org.attache.store.DyadSeries;
import org.attache.store.EventDetails;
import org.attache.store.EventFilter;
import org.attache.store.Queries;
import org.attache.store.ResultTable;
import org.attache.store.Store;
import org.attache.store.StoreException;
import org.attache.store.TopDyads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code attache query}: relationship series, event listings and the busiest dyads from the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Ask the event store: a dyad's relationship over time, events, the most active dyads.",
        subcommands = {QueryCommand.Dyad.class, QueryCommand.Events.class, QueryCommand.TopDyadsCommand.class})
public final class QueryCommand implements Runnable {
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every query takes. */
    static final class Common {
        @Option(names = "--db", paramLabel = "PATH", defaultValue = Store.DEFAULT_PATH,
                description = "The store (default: ${DEFAULT-VALUE}).")
        Path db;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        ResultTable.Format format;

        @Option(names = "--all-modalities",
                description = "Count negated, hypothetical, future and reported events too (default: asserted only).")
        boolean allModalities;
    }

    /** Runs a query body on the store, turning bad arguments into exit 2 and store failures into exit 1. */
    interface Body {
        int run(Queries queries, PrintWriter out, PrintWriter err);
    }

    static int withStore(CommandLine.Model.CommandSpec spec, Path db, Body body) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.openForReading(db)) {
            return body.run(new Queries(store), out, err);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (StoreException e) {
            err.println("attache: " + e.getMessage());
            err.flush();
            return FAILED;
        }
    }

    static LocalDate date(CommandLine.Model.CommandSpec spec, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return EventFilter.date(option, value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String actor(CommandLine.Model.CommandSpec spec, String what, String value) {
        try {
            return EventFilter.actorCode(what, value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static void checkRange(CommandLine.Model.CommandSpec spec, EventFilter filter) {
        if (filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--from " + filter.from + " is after --to " + filter.to);
        }
    }

    static void requireKnown(Queries queries, List<String> codes) {
        for (String code : codes) {
            if (!queries.knowsActor(code)) {
                throw new IllegalArgumentException("unknown actor code '" + code + "': no stored event and no"
                        + " dictionary entry has it (codes look like USA, PAKGOV, IGOUNO, TAL)");
            }
        }
    }

    @Command(name = "dyad", mixinStandardHelpOptions = true,
            description = "A relationship over time: per period, events per quad class, Goldstein mean and sum, the"
                    + " net cooperation-conflict index, and spikes against the dyad's own history with the events"
                    + " that drove them.")
    static final class Dyad implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "Source actor code (USA, PAKGOV...).")
        String source;

        @Parameters(index = "1", paramLabel = "TARGET", description = "Target actor code.")
        String target;

        @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
                description = "day, week or month (default: ${DEFAULT-VALUE}).")
        DyadSeries.Period by;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date.")
        String to;

        @Option(names = "--both-directions", description = "Count events either way (default: SOURCE to TARGET).")
        boolean bothDirections;

        @Option(names = "--window", paramLabel = "N", defaultValue = "12",
                description = "Spikes are measured against the previous N periods (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--z", paramLabel = "Z", defaultValue = "2.0",
                description = "A spike lies at least Z standard deviations from that mean (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Mixin
        Common common = new Common();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String a = actor(spec, "SOURCE", source);
            String b = actor(spec, "TARGET", target);
            EventFilter filter = new EventFilter();
            filter.from = date(spec, "--from", from);
            filter.to = date(spec, "--to", to);
            if (common.allModalities) {
                filter.modality = null;
            }
            if (window < 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window must be at least 2");
            }
            if (!(threshold > 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--z must be positive");
            }
            checkRange(spec, filter);
            DyadSeries.SpikeRule rule = new DyadSeries.SpikeRule(window, DyadSeries.SpikeRule.DEFAULT.minHistory(),
                    threshold, DyadSeries.SpikeRule.DEFAULT.minEvents(), DyadSeries.SpikeRule.DEFAULT.drivers());
            return withStore(spec, common.db, (queries, out, err) -> {
                requireKnown(queries, List.of(a, b));
                List<DyadSeries.Row> rows = DyadSeries.compute(queries, a, b, bothDirections, by, filter, rule);
                print(rows, a, b, rule, out, err);
                return 0;
            });
        }

        private void print(List<DyadSeries.Row> rows, String a, String b, DyadSeries.SpikeRule rule, PrintWriter out,
                           PrintWriter err) {
            String arrow = bothDirections ? " <-> " : " -> ";
            if (common.format == ResultTable.Format.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("source", a);
                doc.put("target", b);
                doc.put("both_directions", bothDirections);
                doc.put("by", by.name());
                doc.put("modality", common.allModalities ? "all" : "asserted");
                doc.put("window", rule.window());
                doc.put("z", rule.threshold());
                doc.put("periods", rows.stream().map(DyadSeries.Row::toMap).toList());
                out.println(ResultTable.json(doc));
                out.flush();
                return;
            }
            ResultTable table = new ResultTable(List.of("period", "events", "verbal_coop", "material_coop",
                    "verbal_conflict", "material_conflict", "goldstein_mean", "goldstein_sum", "net", "z_net",
                    "z_events", "spike", "drivers"));
            for (DyadSeries.Row r : rows) {
                List<Object> row = new ArrayList<>(List.of(r.label(), r.events(), r.verbalCoop(), r.materialCoop(),
                        r.verbalConflict(), r.materialConflict()));
                row.add(r.goldsteinMean());
                row.add(r.goldsteinSum());
                row.add(r.net());
                row.add(r.zNet());
                row.add(r.zEvents());
                row.add(r.spike());
                row.add(r.drivers().isEmpty() ? null
                        : String.join(" ", r.drivers().stream().map(d -> String.valueOf(d.id())).toList()));
                table.add(row);
            }
            if (common.format == ResultTable.Format.table) {
                out.println(a + arrow + b + ", by " + by + ", " + (common.allModalities ? "all" : "asserted")
                        + " events" + (rows.isEmpty() ? ": none" : ""));
            }
            table.print(common.format, out);
            if (common.format == ResultTable.Format.table) {
                boolean any = false;
                for (DyadSeries.Row r : rows) {
                    if (r.spike() == null) {
                        continue;
                    }
                    if (!any) {
                        out.println();
                        out.println("Spikes, with the events that drove them:");
                        any = true;
                    }
                    out.println(DyadSeries.describe(r, rule));
                    for (EventDetails.Event e : r.drivers()) {
                        out.println("    " + eventLine(e));
                    }
                }
                out.flush();
            }
        }
    }

    static String eventLine(EventDetails.Event e) {
        return String.format(Locale.ROOT, "#%d %s %s -> %s %s %s (%+.1f), %d mention%s in %d article%s: \"%s\"",
                e.id(), e.date(), e.source(), e.target() == null ? "-" : e.target(), e.cameo(),
                e.cameoName() == null ? "" : e.cameoName(), e.goldstein(), e.mentions(), e.mentions() == 1 ? "" : "s",
                e.articles(), e.articles() == 1 ? "" : "s", abbreviate(e.sentence(), 140));
    }

    static String abbreviate(String text, int width) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= width ? t : t.substring(0, width - 1) + "…";
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "List stored (deduplicated) events with their counts and representative sentence.")
    static final class Events implements Callable<Integer> {
        @Option(names = "--actor", paramLabel = "CODE", description = "Either side's actor.")
        String actor;

        @Option(names = "--source", paramLabel = "CODE", description = "The source actor.")
        String source;

        @Option(names = "--target", paramLabel = "CODE", description = "The target actor.")
        String target;

        @Option(names = "--root", paramLabel = "NN", split = ",", description = "CAMEO root code(s) (e.g. 10 or 18,19).")
        List<String> roots = new ArrayList<>();

        @Option(names = "--quad", paramLabel = "Q", split = ",", description = "Quad class(es) 1-4.")
        List<String> quads = new ArrayList<>();

        @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or prefix.")
        String cameo;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date.")
        String to;

        @Option(names = "--min-mentions", paramLabel = "N", description = "Reported at least N times.")
        Integer minMentions;

        @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
                description = "date (newest first) or mentions (most reported first; default: ${DEFAULT-VALUE}).")
        String sort;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "At most N events (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        Common common = new Common();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            EventFilter filter = new EventFilter();
            try {
                set(filter, "actor", actor);
                set(filter, "source", source);
                set(filter, "target", target);
                if (!roots.isEmpty()) {
                    filter.set("root", String.join(",", roots));
                }
                if (!quads.isEmpty()) {
                    filter.set("quad", String.join(",", quads));
                }
                set(filter, "cameo", cameo);
                set(filter, "from", from);
                set(filter, "to", to);
                if (minMentions != null) {
                    filter.set("min-mentions", String.valueOf(minMentions));
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
            }
            checkRange(spec, filter);
            if (common.allModalities) {
                filter.modality = null;
            }
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
            }
            String order = switch (sort) {
                case "date" -> "e.event_date DESC NULLS LAST, e.num_mentions DESC, e.id";
                case "mentions" -> "e.num_mentions DESC, e.event_date DESC NULLS LAST, e.id";
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--sort '" + sort + "' is not date or mentions");
            };
            return withStore(spec, common.db, (queries, out, err) -> {
                requireKnown(queries, filter.actorCodes());
                List<Object> parameters = new ArrayList<>();
                String sql = "SELECT " + EventDetails.COLUMNS + " FROM events e WHERE " + filter.where("e", parameters)
                        + " ORDER BY " + order + " LIMIT ?";
                parameters.add(limit);
                List<EventDetails.Event> events = EventDetails.fetch(queries, sql, parameters);
                if (common.format == ResultTable.Format.json) {
                    out.println(ResultTable.json(events.stream().map(EventDetails.Event::toMap).toList()));
                    out.flush();
                    return 0;
                }
                ResultTable table = new ResultTable(List.of("id", "date", "source", "target", "cameo", "cameo_name",
                        "goldstein", "modality", "mentions", "articles", "sources", "first_seen", "last_seen",
                        "sentence"));
                for (EventDetails.Event e : events) {
                    table.add(java.util.Arrays.asList(e.id(), e.date(), e.source(), e.target(), e.cameo(),
                            e.cameoName(), e.goldstein(), e.modality(), e.mentions(), e.articles(), e.sources(),
                            e.firstSeen(), e.lastSeen(),
                            common.format == ResultTable.Format.table ? abbreviate(e.sentence(), 100) : e.sentence()));
                }
                table.print(common.format, out);
                return 0;
            });
        }

        private static void set(EventFilter filter, String key, String value) {
            if (value != null) {
                filter.set(key, value);
            }
        }
    }

    @Command(name = "top-dyads", mixinStandardHelpOptions = true,
            description = "The most active dyads over a period (by number of deduplicated events).")
    static final class TopDyadsCommand implements Callable<Integer> {
        private static final Pattern PERIOD = Pattern.compile("(\\d{1,5})([dwmy])");

        @Option(names = "--period", paramLabel = "N{d|w|m|y}", defaultValue = "30d",
                description = "Length of the period, e.g. 30d, 12w, 6m, 1y (default: ${DEFAULT-VALUE}).")
        String period;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD",
                description = "Last day of the period (default: the latest event date in the store).")
        String to;

        @Option(names = "--by", paramLabel = "LEVEL", defaultValue = "country",
                description = "country (USA -> PAK) or code (USAGOV -> PAKMIL) (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "At most N dyads (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        Common common = new Common();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Matcher m = PERIOD.matcher(period.strip().toLowerCase(Locale.ROOT));
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--period '" + period + "' is not a length like 30d, 12w, 6m or 1y");
            }
            if (!by.equals("country") && !by.equals("code")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--by '" + by + "' is not country or code");
            }
            if (limit < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
            }
            LocalDate end = date(spec, "--to", to);
            int n = Integer.parseInt(m.group(1));
            EventFilter filter = new EventFilter();
            if (common.allModalities) {
                filter.modality = null;
            }
            return withStore(spec, common.db, (queries, out, err) -> {
                LocalDate last = end != null ? end : queries.latestEventDate();
                if (last == null) {
                    err.println("attache: the store has no dated events");
                    err.flush();
                    return 0;
                }
                LocalDate first = switch (m.group(2)) {
                    case "d" -> last.minusDays(n - 1L);
                    case "w" -> last.minusWeeks(n).plusDays(1);
                    case "m" -> last.minusMonths(n).plusDays(1);
                    default -> last.minusYears(n).plusDays(1);
                };
                ResultTable table = TopDyads.compute(queries, first, last, by.equals("code"), limit, filter);
                if (common.format == ResultTable.Format.table) {
                    out.println("Most active dyads, " + first + " to " + last + ", "
                            + (common.allModalities ? "all" : "asserted") + " events");
                }
                table.print(common.format, out);
                return 0;
            });
        }
    }
}
