package org.attache.web;

import io.javalin.http.Context;
import org.attache.store.EventFilter;
import org.attache.store.EventSearch;
import org.attache.store.KnownActors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked: an unknown parameter, a value of the wrong shape or out of range is
 * a {@link BadRequest} naming the parameter and what it takes.
 */
final class Params {
    static final List<String> EVENT_FILTERS = List.of("actor", "source", "target", "dyad", "root", "quad", "cameo",
            "plover", "modality", "from", "to", "q", "min_mentions");

    private final Context ctx;

    Params(Context ctx, List<String> allowed) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequest("unknown parameter '" + name + "'; " + ctx.path() + " takes "
                        + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    /** The parameter's values joined with commas (root=10&root=11 is root=10,11), or null when absent or blank. */
    String string(String name) {
        List<String> values = ctx.queryParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        return values.isEmpty() ? null : String.join(",", values);
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " '" + v + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new BadRequest(name + " " + n + " is out of range (" + min + " to " + max + ")");
        }
        return n;
    }

    double decimal(String name, double defaultValue, double min, double max) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " '" + v + "' is not a number");
        }
        if (!(d >= min && d <= max)) {
            throw new BadRequest(name + " " + v + " is out of range (" + min + " to " + max + ")");
        }
        return d;
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " '" + v + "' is not a date (use YYYY-MM-DD)");
        }
    }

    /** One of the choices (case-insensitive), or the default when absent. */
    String choice(String name, String defaultValue, Set<String> choices) {
        String v = string(name);
        if (v == null) {
            return defaultValue;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            throw new BadRequest(name + " '" + v + "' is not one of " + String.join(", ", new TreeSet<>(choices)));
        }
        return lower;
    }

    static String actor(String what, String value) {
        String code = KnownActors.normalise(value);
        if (code == null) {
            throw new BadRequest(what + " '" + value + "' is not an actor code: three letters for a country or group"
                    + " (USA, PAK, TAL), optionally followed by sector codes (USAGOV, PAKMIL, IGOUNO)");
        }
        return code;
    }

    /** The event filters of {@link #EVENT_FILTERS} present in the request. */
    EventSearch search() {
        EventFilter filter = new EventFilter();
        EventSearch search = new EventSearch(filter);
        try {
            for (String key : List.of("actor", "source", "target", "root", "quad", "cameo", "modality")) {
                String v = string(key);
                if (v != null) {
                    filter.set(key, v);
                }
            }
            LocalDate from = date("from");
            LocalDate to = date("to");
            filter.from = from;
            filter.to = to;
            filter.check();
            String minMentions = string("min_mentions");
            if (minMentions != null) {
                filter.set("min-mentions", minMentions);
            }
            String dyad = string("dyad");
            if (dyad != null) {
                String[] sides = dyad.split("[,-]");
                if (sides.length != 2) {
                    throw new BadRequest("dyad '" + dyad + "' is not two actor codes (USA,PAK): events either way");
                }
                search.dyad = new String[] {actor("dyad", sides[0]), actor("dyad", sides[1])};
            }
            String plover = string("plover");
            if (plover != null) {
                search.plover(plover);
            }
            String q = string("q");
            if (q != null) {
                search.text(q);
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        return search;
    }
}
