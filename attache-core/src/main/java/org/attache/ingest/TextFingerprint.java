package org.attache.ingest;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A MinHash signature of an article's text over word shingles, for finding syndicated copies: a blog reprinting a
 * wire report, the same agency story in many papers. Two texts' signatures agree in a share of positions that
 * estimates the Jaccard similarity of their shingle sets; with the shingle counts this also estimates how much of the
 * shorter text the longer one contains, which is what a reprint with an added introduction or commentary keeps high.
 *
 * <p>Words are compared lower-cased, letters and digits only, so typography, punctuation and whitespace changes made
 * by a re-publisher do not matter.
 */
public final class TextFingerprint implements java.io.Serializable {
    /** Signature length: 64 hashes give a standard error of about 0.06 on the Jaccard estimate. */
    public static final int HASHES = 64;
    /** Words per shingle: five words rarely repeat by chance across unrelated news stories. */
    public static final int SHINGLE_WORDS = 5;

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state = splitMix(state + 0x9E3779B97F4A7C15L);
            SEEDS[i] = state;
        }
    }

    private final int[] signature;
    private final int shingles;

    private TextFingerprint(int[] signature, int shingles) {
        this.signature = signature;
        this.shingles = shingles;
    }

    public static TextFingerprint of(String text) {
        long[] words = wordHashes(text);
        int[] signature = new int[HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        int count = Math.max(0, words.length - SHINGLE_WORDS + 1);
        if (words.length > 0 && count == 0) {
            count = 1; // a text shorter than one shingle is one shingle of all its words
        }
        for (int start = 0; start < count; start++) {
            long shingle = 0x84222325CBF29CE4L;
            for (int w = start; w < Math.min(words.length, start + SHINGLE_WORDS); w++) {
                shingle = splitMix(shingle ^ words[w]);
            }
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (splitMix(shingle ^ SEEDS[i]) >>> 33); // non-negative 31-bit value
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return new TextFingerprint(signature, count);
    }

    /** The number of distinct shingle positions of the text (an upper bound of its distinct shingles). */
    public int shingles() {
        return shingles;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double jaccard(TextFingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == other.signature[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /**
     * Estimated share of the shorter text's shingles that the other text also has: |A ∩ B| / min(|A|, |B|), derived from
     * the Jaccard estimate J as J (|A| + |B|) / ((1 + J) min(|A|, |B|)), capped at 1.
     */
    public double containment(TextFingerprint other) {
        double j = jaccard(other);
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        return Math.min(1.0, j * (shingles + other.shingles) / ((1 + j) * smaller));
    }

    /** The value at each position of the signature, for locality-sensitive hashing. */
    int hashAt(int position) {
        return signature[position];
    }

    /** 4 bytes of shingle count, then the signature: what a store keeps. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(4 * (HASHES + 1)).putInt(shingles);
        for (int h : signature) {
            buffer.putInt(h);
        }
        return buffer.array();
    }

    public static TextFingerprint fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 4 * (HASHES + 1)) {
            throw new IllegalArgumentException("not a text fingerprint: "
                    + (bytes == null ? "null" : bytes.length + " bytes"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int shingles = buffer.getInt();
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = buffer.getInt();
        }
        return new TextFingerprint(signature, shingles);
    }

    private static long[] wordHashes(String text) {
        long[] hashes = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long hash = FNV_OFFSET;
        int length = 0;
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                hash = (hash ^ Character.toLowerCase(cp)) * FNV_PRIME;
                length++;
            } else if (length > 0) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = splitMix(hash ^ length);
                hash = FNV_OFFSET;
                length = 0;
            }
            i += Character.charCount(cp);
        }
        return Arrays.copyOf(hashes, n);
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TextFingerprint[%d shingles]", shingles);
    }
}
