package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which stored events a query or export covers. Built from user arguments, checked ({@link #check}), and turned into
 * a WHERE clause whose every value is a bound parameter. By default only asserted events are covered.
 */
public final class EventFilter {
    /** The keys {@code --where KEY=VALUE} accepts, with what they mean. */
    public static final Map<String, String> KEYS = keys();

    public String actor;
    public String source;
    public String target;
    public final Set<String> roots = new LinkedHashSet<>();
    public final Set<Integer> quads = new LinkedHashSet<>();
    public String cameo;
    public LocalDate from;
    public LocalDate to;
    /** A modality label, or null for all of them. */
    public String modality = "asserted";
    public int minMentions;

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("actor", "either side's actor code (USA, PAKGOV, TAL)");
        keys.put("source", "the source actor's code");
        keys.put("target", "the target actor's code");
        keys.put("root", "CAMEO root code(s), comma-separated (10 or 10,11)");
        keys.put("quad", "quad class(es) 1-4, comma-separated");
        keys.put("cameo", "CAMEO code or code prefix (112, 1123)");
        keys.put("from", "first event date (YYYY-MM-DD)");
        keys.put("to", "last event date (YYYY-MM-DD)");
        keys.put("modality", "asserted (default), negated, hypothetical, future, reported, or all");
        keys.put("min-mentions", "events reported at least this many times");
        return Map.copyOf(keys);
    }

    /** Sets one {@code KEY=VALUE}; throws {@link IllegalArgumentException} with a message for the user. */
    public void set(String key, String value) {
        String v = value == null ? "" : value.strip();
        switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "actor" -> actor = actorCode("actor", v);
            case "source" -> source = actorCode("source", v);
            case "target" -> target = actorCode("target", v);
            case "root" -> {
                for (String part : v.split(",")) {
                    roots.add(root(part.strip()));
                }
            }
            case "quad" -> {
                for (String part : v.split(",")) {
                    quads.add(quad(part.strip()));
                }
            }
            case "cameo" -> {
                if (!v.matches("\\d{2,4}")) {
                    throw new IllegalArgumentException("cameo '" + value + "' is not a CAMEO code (2 to 4 digits)");
                }
                cameo = v;
            }
            case "from" -> from = date("from", v);
            case "to" -> to = date("to", v);
            case "modality" -> modality = modality(v);
            case "min-mentions" -> {
                try {
                    minMentions = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    minMentions = -1;
                }
                if (minMentions < 1) {
                    throw new IllegalArgumentException("min-mentions '" + value + "' is not a positive whole number");
                }
            }
            default -> throw new IllegalArgumentException("unknown filter '" + key + "'; use one of "
                    + String.join(", ", new java.util.TreeSet<>(KEYS.keySet())));
        }
    }

    /** Parses {@code KEY=VALUE}. */
    public void set(String keyValue) {
        int eq = keyValue.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + keyValue + "' is not KEY=VALUE (e.g. actor=PAK, root=10,"
                    + " from=2024-01-01)");
        }
        set(keyValue.substring(0, eq), keyValue.substring(eq + 1));
    }

    /** Checks what single values cannot: the date range. */
    public void check() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static String actorCode(String what, String value) {
        String code = KnownActors.normalise(value);
        if (code == null) {
            throw new IllegalArgumentException(what + " '" + value + "' is not an actor code: three letters for a"
                    + " country or group (USA, PAK, TAL), optionally followed by sector codes (USAGOV, PAKMIL, IGOUNO)");
        }
        return code;
    }

    public static String root(String value) {
        if (!value.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("root '" + value + "' is not a CAMEO root code (01 to 20)");
        }
        int n = Integer.parseInt(value);
        if (n < 1 || n > 20) {
            throw new IllegalArgumentException("root '" + value + "' is not a CAMEO root code (01 to 20)");
        }
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static int quad(String value) {
        if (!value.matches("[1-4]")) {
            throw new IllegalArgumentException("quad '" + value + "' is not a quad class (1 to 4)");
        }
        return Integer.parseInt(value);
    }

    public static LocalDate date(String what, String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(what + " '" + value + "' is not a date (use YYYY-MM-DD)");
        }
    }

    public static String modality(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "all", "any" -> null;
            case "asserted", "negated", "hypothetical", "future", "reported" -> v;
            default -> throw new IllegalArgumentException("modality '" + value + "' is not one of asserted, negated,"
                    + " hypothetical, future, reported, all");
        };
    }

    /** SQL condition on an actor side ({@code source} or {@code target}) of events alias {@code e}. */
    static String actorCondition(String alias, String side, String code, List<Object> parameters) {
        if (code.length() == 3 && KnownActors.bundled().isCountry(code)) {
            // every code that starts with a country's code has that country: one comparison is enough
            parameters.add(code);
            return alias + "." + side + "_country = ?";
        }
        if (code.length() == 3) {
            parameters.add(code);
            parameters.add(code);
            return "(" + alias + "." + side + "_country = ? OR starts_with(" + alias + "." + side + "_code, ?))";
        }
        parameters.add(code);
        return "starts_with(" + alias + "." + side + "_code, ?)";
    }

    /** The WHERE conditions (joined with AND; "TRUE" when none) on events alias {@code e}; values go to parameters. */
    public String where(String alias, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (modality != null) {
            conditions.add(alias + ".modality = ?");
            parameters.add(modality);
        }
        if (actor != null) {
            conditions.add("(" + actorCondition(alias, "source", actor, parameters) + " OR "
                    + actorCondition(alias, "target", actor, parameters) + ")");
        }
        if (source != null) {
            conditions.add(actorCondition(alias, "source", source, parameters));
        }
        if (target != null) {
            conditions.add(actorCondition(alias, "target", target, parameters));
        }
        if (!roots.isEmpty()) {
            conditions.add(alias + ".root IN (" + placeholders(roots.size()) + ")");
            parameters.addAll(roots);
        }
        if (!quads.isEmpty()) {
            conditions.add(alias + ".quad IN (" + placeholders(quads.size()) + ")");
            parameters.addAll(quads);
        }
        if (cameo != null) {
            conditions.add("starts_with(" + alias + ".cameo, ?)");
            parameters.add(cameo);
        }
        if (from != null) {
            conditions.add(alias + ".event_date >= ?");
            parameters.add(from);
        }
        if (to != null) {
            conditions.add(alias + ".event_date <= ?");
            parameters.add(to);
        }
        if (minMentions > 0) {
            conditions.add(alias + ".num_mentions >= ?");
            parameters.add(minMentions);
        }
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The actor codes this filter names. */
    public List<String> actorCodes() {
        List<String> codes = new ArrayList<>();
        for (String c : new String[] {actor, source, target}) {
            if (c != null) {
                codes.add(c);
            }
        }
        return codes;
    }
}
