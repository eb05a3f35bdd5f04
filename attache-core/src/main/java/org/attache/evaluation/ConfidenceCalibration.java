package org.attache.evaluation;

import org.attache.events.CodedEvent;
import org.attache.events.ConfidenceFeatures;
import org.attache.events.ConfidenceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks and fits the events' confidence against a gold set. Each scored event is labelled right or wrong: on the
 * PLOVER records, right means the gold category and (when the gold names one) a gold source country; on the
 * ConfliBERT classes, the sentence's gold penta class. A reliability table compares, per score bin, the mean score
 * with the share of events that are right; {@link #fit} finds logistic weights for {@link ConfidenceFeatures} by
 * L2-regularised maximum likelihood (Newton's method; twelve weights, so a direct solve is enough).
 */
public final class ConfidenceCalibration {
    /** One event: its features, the score it was given and whether it is right. */
    public record Sample(double[] x, double score, boolean correct) {
    }

    private ConfidenceCalibration() {
    }

    public static List<Sample> plover(List<CodedSentence> sentences, ScoringOptions options, CountryCodes countries) {
        List<Sample> samples = new ArrayList<>();
        for (CodedSentence sentence : sentences) {
            GoldSentence gold = sentence.gold();
            Set<String> goldSources = gold.sources().stream().map(a -> CountryCodes.gold(a.code()))
                    .collect(Collectors.toSet());
            for (CodedEvent event : options.scored(sentence)) {
                boolean right = PloverCategories.of(event.cameo()).equals(gold.category())
                        && (goldSources.isEmpty() || goldSources.contains(countries.coded(event.source())));
                add(samples, event, right);
            }
        }
        return samples;
    }

    public static List<Sample> pentaClass(List<CodedSentence> sentences, ScoringOptions options) {
        List<Sample> samples = new ArrayList<>();
        for (CodedSentence sentence : sentences) {
            for (CodedEvent event : options.scored(sentence)) {
                add(samples, event, PentaClass.of(event.cameo()) == sentence.gold().pentaClass());
            }
        }
        return samples;
    }

    private static void add(List<Sample> samples, CodedEvent event, boolean right) {
        if (event.features() != null) {
            samples.add(new Sample(event.features().vector(), event.confidence(), right));
        }
    }

    /** Logistic weights maximising the likelihood of the labels, with an L2 penalty {@code l2} (not on the intercept). */
    public static ConfidenceModel fit(List<Sample> samples, double l2) {
        int k = ConfidenceFeatures.NAMES.size();
        double[] w = new double[k];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (Sample s : samples) {
                double p = sigmoid(dot(w, s.x()));
                double y = s.correct() ? 1 : 0;
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y - p) * s.x()[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] -= p * (1 - p) * s.x()[i] * s.x()[j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                gradient[i] -= l2 * w[i];
                hessian[i][i] -= l2;
            }
            hessian[0][0] -= 1e-6;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return new ConfidenceModel(w);
    }

    /** Samples re-scored by a model (to show its reliability on the data it was fitted on or on another set). */
    public static List<Sample> rescored(List<Sample> samples, ConfidenceModel model) {
        double[] w = model.weights();
        return samples.stream().map(s -> new Sample(s.x(), Math.round(sigmoid(dot(w, s.x())) * 100) / 100.0,
                s.correct())).toList();
    }

    /**
     * Each sample scored by a model fitted on the other folds ({@code folds}-fold cross-validation, folds by
     * position): an estimate of how the fitted weights do on events they were not fitted on.
     */
    public static List<Sample> crossValidated(List<Sample> samples, int folds, double l2) {
        List<Sample> scored = new ArrayList<>(samples);
        for (int fold = 0; fold < folds; fold++) {
            List<Sample> training = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (i % folds != fold) {
                    training.add(samples.get(i));
                }
            }
            double[] w = fit(training, l2).weights();
            for (int i = fold; i < samples.size(); i += folds) {
                Sample s = samples.get(i);
                scored.set(i, new Sample(s.x(), Math.round(sigmoid(dot(w, s.x())) * 100) / 100.0, s.correct()));
            }
        }
        return scored;
    }

    /** Bins of width 0.1: events, mean score, share right; then the Brier score and the expected calibration error. */
    public static String reliabilityTable(List<Sample> samples) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  %-9s %7s %11s %15s%n", "score", "events", "mean score",
                "observed right"));
        double brier = 0;
        double ece = 0;
        for (int bin = 0; bin < 10; bin++) {
            double low = bin / 10.0;
            double high = (bin + 1) / 10.0;
            int n = 0;
            int right = 0;
            double sum = 0;
            for (Sample s : samples) {
                int b = Math.min(9, (int) Math.floor(s.score() * 10 + 1e-9));
                if (b == bin) {
                    n++;
                    sum += s.score();
                    right += s.correct() ? 1 : 0;
                }
            }
            if (n == 0) {
                continue;
            }
            ece += Math.abs(sum / n - (double) right / n) * n;
            out.append(String.format(Locale.ROOT, "  %.1f-%.1f %8d %11.3f %9.3f (%d)%n", low, high, n, sum / n,
                    (double) right / n, right));
        }
        for (Sample s : samples) {
            double d = s.score() - (s.correct() ? 1 : 0);
            brier += d * d;
        }
        int total = samples.size();
        long right = samples.stream().filter(Sample::correct).count();
        out.append(String.format(Locale.ROOT, "  all       %7d %11.3f %9.3f (%d)%n", total,
                samples.stream().mapToDouble(Sample::score).average().orElse(Double.NaN),
                total == 0 ? Double.NaN : (double) right / total, right));
        out.append(String.format(Locale.ROOT, "  Brier score %.3f, expected calibration error %.3f%n",
                total == 0 ? Double.NaN : brier / total, total == 0 ? Double.NaN : ece / total));
        return out.toString();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting: a x = b. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
