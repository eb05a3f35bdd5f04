package org.attache.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-article deduplication (docs/STORE.md, "Deduplication"): which stored event a new mention reports. A mention
 * joins an event with the same directed dyad (full source and target codes), the same CAMEO root and the same
 * modality whose date is within {@link #WINDOW_DAYS} days of the mention's; among several, the one with a compatible
 * code, then the nearest date, then the most similar trigger, then the oldest. Otherwise it opens a new event.
 * Mentions without a date each make an event of their own.
 *
 * <p>The store's writer uses it as an in-memory cache of the events table, filled per dyad key on demand (or wholly
 * for big batches); that cache is only valid for the single writer that owns it and is dropped when a transaction
 * rolls back. The Spark job (attache-spark) runs the same rule over each dyad key's mentions in ingest order, so both
 * give the same events. Pure Java, no store access.
 */
public final class EventClusters {
    public static final int WINDOW_DAYS = 1;

    /** One event as the index knows it: id, anchor date (epoch day), code and trigger of its first mention. */
    public static final class Cluster {
        public final long id;
        public final int anchorDay;
        public final String cameo;
        public final String trigger;

        public Cluster(long id, int anchorDay, String cameo, String trigger) {
            this.id = id;
            this.anchorDay = anchorDay;
            this.cameo = cameo;
            this.trigger = trigger;
        }
    }

    private final Map<String, TreeMap<Integer, List<Cluster>>> byKey = new HashMap<>();
    private boolean complete;

    boolean isLoaded(String key) {
        return complete || byKey.containsKey(key);
    }

    boolean isComplete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }

    /** Marks a key as loaded (possibly with no events). */
    void touchKey(String key) {
        byKey.computeIfAbsent(key, k -> new TreeMap<>());
    }

    /**
     * Registers a mention that opened event {@code id} (found no event by {@link #match}): later mentions of its key
     * match it by its date, code and lower-cased trigger. An undated mention's event is never joined.
     */
    public void open(MentionRow mention, String key, long id) {
        if (mention.date() != null) {
            add(key, new Cluster(id, epochDay(mention.date()), mention.cameo(),
                    mention.triggerText() == null ? null : mention.triggerText().toLowerCase(Locale.ROOT)));
        }
    }

    void add(String key, Cluster cluster) {
        byKey.computeIfAbsent(key, k -> new TreeMap<>())
                .computeIfAbsent(cluster.anchorDay, d -> new ArrayList<>(1)).add(cluster);
    }

    void remove(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (TreeMap<Integer, List<Cluster>> days : byKey.values()) {
            days.values().forEach(list -> list.removeIf(c -> ids.contains(c.id)));
            days.values().removeIf(List::isEmpty);
        }
    }

    void clear() {
        byKey.clear();
        complete = false;
    }

    /** The event the mention belongs to, or null when it opens a new one. The key must be loaded. */
    public Cluster match(MentionRow mention, String key) {
        if (mention.date() == null) {
            return null;
        }
        TreeMap<Integer, List<Cluster>> days = byKey.get(key);
        if (days == null || days.isEmpty()) {
            return null;
        }
        int day = (int) mention.date().toEpochDay();
        Cluster only = null;
        int candidates = 0;
        for (List<Cluster> list : days.subMap(day - WINDOW_DAYS, true, day + WINDOW_DAYS, true).values()) {
            candidates += list.size();
            only = list.isEmpty() ? only : list.get(0);
        }
        if (candidates <= 1) {
            return only; // the common case: no tie to break
        }
        Cluster best = null;
        int bestCompatible = 0;
        int bestDistance = 0;
        double bestSimilarity = 0;
        for (List<Cluster> list : days.subMap(day - WINDOW_DAYS, true, day + WINDOW_DAYS, true).values()) {
            for (Cluster c : list) {
                int compatible = compatible(c.cameo, mention.cameo()) ? 0 : 1;
                int distance = Math.abs(c.anchorDay - day);
                double similarity = similarity(c.trigger, mention.triggerText());
                boolean better = best == null
                        || compatible < bestCompatible
                        || (compatible == bestCompatible && distance < bestDistance)
                        || (compatible == bestCompatible && distance == bestDistance && similarity > bestSimilarity)
                        || (compatible == bestCompatible && distance == bestDistance && similarity == bestSimilarity
                        && c.id < best.id);
                if (better) {
                    best = c;
                    bestCompatible = compatible;
                    bestDistance = distance;
                    bestSimilarity = similarity;
                }
            }
        }
        return best;
    }

    /**
     * Codes are compatible when they share their root and one is the root's unspecified code ("040", "04") or they
     * share the three-digit base code ("1041" and "104"). Codes of one root that are not compatible still match,
     * after compatible ones.
     */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (!a.regionMatches(0, b, 0, 2)) {
            return false;
        }
        if (unspecified(a) || unspecified(b)) {
            return true;
        }
        return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
    }

    private static boolean unspecified(String code) {
        return code.length() == 2 || (code.length() == 3 && code.charAt(2) == '0');
    }

    /** Jaccard similarity of the lower-cased words of two triggers. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : x) {
            if (y.contains(w)) {
                shared++;
            }
        }
        return shared / (double) (x.size() + y.size() - shared);
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\W+")));
    }

    public static int epochDay(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
