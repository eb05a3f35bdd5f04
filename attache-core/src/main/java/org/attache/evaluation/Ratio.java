package org.attache.evaluation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code correct} out of {@code total}; the value is NaN (JSON null, "n/a") when there is nothing to count. */
public record Ratio(int correct, int total) {

    public double value() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("correct", correct);
        map.put("total", total);
        map.put("value", Reports.number(value()));
        return map;
    }

    /** "0.512 (21/41)". */
    public String describe() {
        return Reports.fixed(value()) + " (" + correct + "/" + total + ")";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d", correct, total);
    }
}
