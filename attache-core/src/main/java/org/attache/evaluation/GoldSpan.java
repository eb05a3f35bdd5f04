package org.attache.evaluation;

/**
 * A gold actor span of a tokenised sentence: tokens {@code [start, end)} and the role, {@code S} (source),
 * {@code T} (target) or {@code R} (reciprocal: source and target at once).
 */
public record GoldSpan(char role, int start, int end) {
    public GoldSpan {
        if (role != 'S' && role != 'T' && role != 'R') {
            throw new IllegalArgumentException("role must be S, T or R: " + role);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
