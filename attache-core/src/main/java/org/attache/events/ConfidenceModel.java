package org.attache.events;

import org.attache.resources.BundledLines;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model of the probability that an event is right, from its {@link ConfidenceFeatures}. The bundled
 * weights ({@code events/confidence-model.tsv}) were fitted with {@code attache eval --calibrate} on the PLOVER gold
 * records; the file's header says how.
 */
public final class ConfidenceModel {
    private static final String RESOURCE = "/org/attache/events/confidence-model.tsv";
    private static volatile ConfidenceModel bundled;

    private final double[] weights;

    public ConfidenceModel(double[] weights) {
        if (weights.length != ConfidenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + ConfidenceFeatures.NAMES.size() + " weights");
        }
        this.weights = weights.clone();
    }

    public static ConfidenceModel bundled() {
        ConfidenceModel m = bundled;
        if (m == null) {
            List<String> lines = new java.util.ArrayList<>();
            BundledLines.forEach(RESOURCE, (line, origin) -> lines.add(line));
            m = parse(lines, RESOURCE);
            bundled = m;
        }
        return m;
    }

    /** Lines of "name TAB weight"; '#' starts a comment. Every feature must have exactly one weight. */
    public static ConfidenceModel parse(List<String> lines, String source) {
        Map<String, Double> byName = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2 || !ConfidenceFeatures.NAMES.contains(fields[0])
                    || byName.put(fields[0], Double.parseDouble(fields[1])) != null) {
                throw new IllegalArgumentException(source + ": bad confidence model line: " + line);
            }
        }
        double[] weights = new double[ConfidenceFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double w = byName.get(ConfidenceFeatures.NAMES.get(i));
            if (w == null) {
                throw new IllegalArgumentException(source + ": no weight for " + ConfidenceFeatures.NAMES.get(i));
            }
            weights[i] = w;
        }
        return new ConfidenceModel(weights);
    }

    public double probability(ConfidenceFeatures features) {
        double[] x = features.vector();
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double[] weights() {
        return weights.clone();
    }

    /** The model file: a header of comment lines, then one weight per feature. */
    public String write(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        for (int i = 0; i < weights.length; i++) {
            out.append(ConfidenceFeatures.NAMES.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", weights[i])).append('\n');
        }
        return out.toString();
    }
}
