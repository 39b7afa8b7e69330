package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UslFitTest {

    private static final double[][] SWEEPS = {{1, 2, 4, 8, 16}, {1, 2, 3, 4, 5, 6}, {1, 4, 16, 64, 256}, {2, 4, 8},
        {1, 10, 100, 1000}};

    /**
     * Exact throughputs from curves across the whole parameter space — σ from 0 to 1, κ from 10⁻⁷
     * to 1, λ from 10⁻³ to 10⁶ — give back their curve: the grid of starting points finds the
     * right valley whatever the units and the shape.
     */
    @Test
    void exactThroughputsGiveBackTheirCurveAcrossTheParameterSpace() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int trial = 0; trial < 1000; trial++) {
            UslCurve truth = new UslCurve(Math.pow(10, -3 + 9 * random.nextDouble()), random.nextDouble(),
                    Math.pow(10, -7 + 7 * random.nextDouble()));
            double[] sweep = SWEEPS[trial % SWEEPS.length];
            double[] throughput = new double[sweep.length];
            for (int i = 0; i < sweep.length; i++) {
                throughput[i] = truth.throughputAt(sweep[i]);
            }

            UslFit fit = UslFit.of(sweep, throughput);

            for (int i = 0; i < sweep.length; i++) {
                assertThat(fit.curve().throughputAt(sweep[i]) / throughput[i]).as("%s on %s", truth, fit)
                        .isCloseTo(1, within(1e-6));
            }
            assertThat(fit.rSquared()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void twoDistinctConcurrenciesLeaveCoherencyAtZero() {
        UslFit fit = UslFit.of(new double[] {1, 1, 8, 8}, new double[] {10, 12, 40, 44});

        assertThat(fit.curve().kappa()).isZero();
        assertThat(fit.curve().throughputAt(1)).isCloseTo(11, within(1e-6));
        assertThat(fit.curve().throughputAt(8)).isCloseTo(42, within(1e-6));
    }
}
