package org.attache.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Precision, recall and F1 from separate counts: {@code matchedPredicted} of {@code predicted} items match some gold
 * item, {@code matchedGold} of {@code gold} items are matched by some prediction. With one-to-one matching (exact
 * tuples) the two matched counts are equal; with overlap matching they may differ.
 */
public record Prf(int matchedPredicted, int predicted, int matchedGold, int gold) {

    public static Prf of(int truePositives, int predicted, int gold) {
        return new Prf(truePositives, predicted, truePositives, gold);
    }

    public Prf plus(Prf other) {
        return new Prf(matchedPredicted + other.matchedPredicted, predicted + other.predicted,
                matchedGold + other.matchedGold, gold + other.gold);
    }

    public double precision() {
        return predicted == 0 ? Double.NaN : (double) matchedPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? Double.NaN : (double) matchedGold / gold;
    }

    /** Harmonic mean of precision and recall; 0 when either is 0 or undefined but the other is defined. */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) && Double.isNaN(r)) {
            return Double.NaN;
        }
        if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
            return 0.0;
        }
        return 2 * p * r / (p + r);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("precision", Reports.number(precision()));
        map.put("recall", Reports.number(recall()));
        map.put("f1", Reports.number(f1()));
        map.put("matched_predicted", matchedPredicted);
        map.put("predicted", predicted);
        map.put("matched_gold", matchedGold);
        map.put("gold", gold);
        return map;
    }

    /** "P 0.500 (3/6)  R 0.375 (3/8)  F1 0.429". */
    public String describe() {
        return "P " + Reports.fixed(precision()) + " (" + matchedPredicted + "/" + predicted + ")  R "
                + Reports.fixed(recall()) + " (" + matchedGold + "/" + gold + ")  F1 " + Reports.fixed(f1());
    }
}
