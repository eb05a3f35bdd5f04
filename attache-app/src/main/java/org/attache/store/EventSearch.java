package org.attache.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page of stored events, newest first, for listings that go on page after page (the web API and pages). On top of
 * {@link EventFilter}: the PLOVER category, a text search in the representative sentence, trigger and actor texts, and
 * keyset pagination — the cursor names the last event shown (date and id), so a page costs the same wherever it is
 * and events stored meanwhile do not shift the pages. Undated events come last.
 */
public final class EventSearch {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_TEXT = 200;
    private static final Pattern PLOVER = Pattern.compile("[A-Z_]{2,24}");
    /** Undated events sort after every dated one. */
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    /** One page: the events and the cursor of the next page (null on the last page). */
    public record Page(List<EventDetails.Event> events, String nextCursor) {
    }

    /** Where a page starts: after the event of this date and id. */
    record Cursor(LocalDate date, long id) {
        String encode() {
            String plain = date + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int bar = plain.indexOf('|');
                return new Cursor(LocalDate.parse(plain.substring(0, bar)), Long.parseLong(plain.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor '" + text + "' is not a cursor this server gave out"
                        + " (use next_cursor of the previous page)");
            }
        }
    }

    public final EventFilter filter;
    public String plover;
    public String text;
    /** A dyad either way round: {@code {a, b}} covers a → b and b → a. */
    public String[] dyad;
    public int limit = 50;
    private Cursor after;

    public EventSearch(EventFilter filter) {
        this.filter = filter;
    }

    /** Sets the PLOVER category (AGREE, ASSAULT, ...). */
    public void plover(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!PLOVER.matcher(v).matches()) {
            throw new IllegalArgumentException("plover '" + value + "' is not a PLOVER category (e.g. CONSULT, ASSAULT)");
        }
        plover = v;
    }

    /** Sets the words searched for (case-insensitive substring of the sentence, trigger or actor texts). */
    public void text(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return;
        }
        if (v.length() > MAX_TEXT) {
            throw new IllegalArgumentException("q is " + v.length() + " characters long; at most " + MAX_TEXT);
        }
        text = v.toLowerCase(Locale.ROOT);
    }

    public void limit(int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + value + " is out of range (1 to " + MAX_LIMIT + ")");
        }
        limit = value;
    }

    public void cursor(String value) {
        after = Cursor.decode(value.strip());
    }

    /** The WHERE clause of this search on events alias {@code e} (without the cursor). */
    public String where(List<Object> parameters) {
        String where = filter.where("e", parameters);
        if (dyad != null) {
            where += " AND " + DyadSeries.dyadCondition(dyad[0], dyad[1], true, parameters);
        }
        if (plover != null) {
            where += " AND e.plover = ?";
            parameters.add(plover);
        }
        if (text != null) {
            // contains() takes the words literally: no LIKE wildcards to escape
            where += " AND (contains(lower(e.sentence_text), ?) OR contains(lower(e.trigger_text), ?)"
                    + " OR contains(lower(e.source_text), ?) OR contains(lower(e.target_text), ?))";
            for (int i = 0; i < 4; i++) {
                parameters.add(text);
            }
        }
        return where;
    }

    public Page run(Queries queries) {
        List<Object> parameters = new ArrayList<>();
        String where = where(parameters);
        String day = "coalesce(e.event_date, DATE '0001-01-01')";
        if (after != null) {
            where += " AND (" + day + " < ? OR (" + day + " = ? AND e.id < ?))";
            parameters.add(after.date());
            parameters.add(after.date());
            parameters.add(after.id());
        }
        parameters.add(limit + 1);
        // the page's ids first, over the two sort columns only; then their details: a top-N over whole rows reads
        // every row's sentence
        List<EventDetails.Event> events = EventDetails.fetch(queries, "WITH page AS (SELECT e.id FROM events e WHERE "
                + where + " ORDER BY " + day + " DESC, e.id DESC LIMIT ?) SELECT " + EventDetails.COLUMNS
                + " FROM events e WHERE e.id IN (SELECT id FROM page) ORDER BY " + day + " DESC, e.id DESC", parameters);
        String next = null;
        if (events.size() > limit) {
            events = new ArrayList<>(events.subList(0, limit));
            EventDetails.Event last = events.get(limit - 1);
            next = new Cursor(last.date() == null ? UNDATED : last.date(), last.id()).encode();
        }
        return new Page(events, next);
    }
}
