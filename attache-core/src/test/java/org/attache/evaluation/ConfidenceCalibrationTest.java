package org.attache.evaluation;

import org.attache.events.ConfidenceFeatures;
import org.attache.events.ConfidenceModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceCalibrationTest {

    private static ConfidenceFeatures features(boolean lightVerb, String sourceMethod) {
        return new ConfidenceFeatures(lightVerb, false, false, sourceMethod, "dictionary", true, 20, true, false);
    }

    /** 80% of light-verb events and 40% of bare-verb events are right: the fitted model must say so. */
    @Test
    void fittedModelReproducesTheObservedRates() {
        List<ConfidenceCalibration.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            samples.add(new ConfidenceCalibration.Sample(features(true, "dictionary").vector(), 0.5, i < 80));
            samples.add(new ConfidenceCalibration.Sample(features(false, "dictionary").vector(), 0.5, i < 40));
        }
        ConfidenceModel model = ConfidenceCalibration.fit(samples, 0.01);
        assertThat(model.probability(features(true, "dictionary"))).isCloseTo(0.8, within(0.02));
        assertThat(model.probability(features(false, "dictionary"))).isCloseTo(0.4, within(0.02));
    }

    @Test
    void writtenModelReadsBackAndReliabilityTableCountsEachBin() {
        ConfidenceModel model = new ConfidenceModel(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0,
                -1.1, -1.2, 0.25});
        ConfidenceModel read = ConfidenceModel.parse(List.of(model.write(List.of("test")).split("\n")), "test");
        assertThat(read.weights()).containsExactly(model.weights());
        String table = ConfidenceCalibration.reliabilityTable(List.of(
                new ConfidenceCalibration.Sample(new double[0], 0.85, true),
                new ConfidenceCalibration.Sample(new double[0], 0.81, false),
                new ConfidenceCalibration.Sample(new double[0], 0.32, false)));
        assertThat(table).contains("0.8-0.9        2       0.830     0.500 (1)")
                .contains("0.3-0.4        1       0.320     0.000 (0)");
    }

    @Test
    void bundledModelNamesEveryFeature() {
        assertThat(ConfidenceModel.bundled().weights()).hasSize(ConfidenceFeatures.NAMES.size());
    }
}
