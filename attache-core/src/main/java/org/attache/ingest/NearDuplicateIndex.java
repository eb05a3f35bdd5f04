package org.attache.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, among the articles seen so far, the first one a new article is a near-duplicate of. Candidates come from
 * locality-sensitive hashing over bands of the MinHash signature; each is then checked on the estimated containment of
 * the shorter text in the longer. Bands of two hashes are narrow on purpose: a short wire story reprinted inside a page
 * three times its length has a Jaccard similarity of only about 0.3, and still must come up as a candidate.
 *
 * @param <K> how the caller identifies an article (an id in a store, an input name)
 */
public final class NearDuplicateIndex<K> {
    /** The share of the shorter text's shingles the longer must contain for the two to be copies of one story. */
    public static final double DEFAULT_CONTAINMENT = 0.8;
    /**
     * Texts with fewer shingles than this are never matched: short items (a headline, a one-line brief) share
     * wording by convention rather than by copying.
     */
    public static final int DEFAULT_MIN_SHINGLES = 40;

    private static final int ROWS_PER_BAND = 2;
    private static final int BANDS = TextFingerprint.HASHES / ROWS_PER_BAND;

    /** A previously seen article the new one copies, and the estimated containment. */
    public record Match<K>(K original, double containment) {
    }

    private record Entry<K>(K key, TextFingerprint fingerprint, long order) {
    }

    private final double containment;
    private final int minShingles;
    private final Map<Long, List<Entry<K>>> buckets = new HashMap<>();
    private final Map<K, Entry<K>> entries = new HashMap<>();
    private long added;

    public NearDuplicateIndex() {
        this(DEFAULT_CONTAINMENT, DEFAULT_MIN_SHINGLES);
    }

    public NearDuplicateIndex(double containment, int minShingles) {
        if (containment <= 0 || containment > 1) {
            throw new IllegalArgumentException("containment must be in (0, 1]: " + containment);
        }
        this.containment = containment;
        this.minShingles = minShingles;
    }

    /** The earliest added article that the fingerprint's text is a near-duplicate of, or null. */
    public Match<K> find(TextFingerprint fingerprint) {
        if (fingerprint.shingles() < minShingles) {
            return null;
        }
        Set<Entry<K>> candidates = new LinkedHashSet<>();
        for (int band = 0; band < BANDS; band++) {
            List<Entry<K>> bucket = buckets.get(bandKey(fingerprint, band));
            if (bucket != null) {
                candidates.addAll(bucket);
            }
        }
        Entry<K> best = null;
        double bestContainment = 0;
        for (Entry<K> candidate : candidates) {
            double c = fingerprint.containment(candidate.fingerprint());
            if (c >= containment && (best == null || candidate.order() < best.order())) {
                best = candidate;
                bestContainment = c;
            }
        }
        return best == null ? null : new Match<>(best.key(), bestContainment);
    }

    /** Adds an article; articles too short to be matched are not kept. */
    public void add(K key, TextFingerprint fingerprint) {
        if (fingerprint.shingles() < minShingles) {
            return;
        }
        remove(key);
        Entry<K> entry = new Entry<>(key, fingerprint, added++);
        entries.put(key, entry);
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(bandKey(fingerprint, band), b -> new ArrayList<>(1)).add(entry);
        }
    }

    /** Forgets an article (it was re-coded with another text, or its batch was rolled back). */
    public void remove(K key) {
        Entry<K> entry = entries.remove(key);
        if (entry == null) {
            return;
        }
        for (int band = 0; band < BANDS; band++) {
            long bandKey = bandKey(entry.fingerprint(), band);
            List<Entry<K>> bucket = buckets.get(bandKey);
            if (bucket != null) {
                bucket.remove(entry);
                if (bucket.isEmpty()) {
                    buckets.remove(bandKey);
                }
            }
        }
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        buckets.clear();
        entries.clear();
        added = 0;
    }

    private static long bandKey(TextFingerprint fingerprint, int band) {
        long key = band;
        for (int row = 0; row < ROWS_PER_BAND; row++) {
            key = key * 0x9E3779B97F4A7C15L + fingerprint.hashAt(band * ROWS_PER_BAND + row);
        }
        return key;
    }
}
