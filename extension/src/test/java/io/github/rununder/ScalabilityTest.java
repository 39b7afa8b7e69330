package io.github.rununder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScalabilityTest {

    private static final double[] SWEEP = {1, 2, 4, 8, 16};

    @Test
    void recoversTheCurveThatMadeTheThroughputs() {
        Scalability usl = Scalability.fit(SWEEP, throughputs(500, 0.08, 0.002, SWEEP));

        assertThat(usl.lambda()).isCloseTo(500, within(1e-6));
        assertThat(usl.sigma()).isCloseTo(0.08, within(1e-9));
        assertThat(usl.kappa()).isCloseTo(0.002, within(1e-9));
        assertThat(usl.peakConcurrency()).isCloseTo(Math.sqrt(0.92 / 0.002), within(1e-6));
        assertThat(usl.peakThroughput()).isCloseTo(usl.throughputAt(usl.peakConcurrency()), within(1e-9));
        assertThat(usl.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(usl.throughputAt(32)).isCloseTo(500 * 32 / (1 + 0.08 * 31 + 0.002 * 32 * 31), within(1e-6));
        assertThat(usl.speedupAt(8)).isCloseTo(usl.throughputAt(8) / usl.lambda(), within(1e-12));
    }

    @Test
    void orderAndRepeatedConcurrenciesAreAllowed() {
        double[] sorted = throughputs(100, 0.1, 0.001, SWEEP);
        Scalability once = Scalability.fit(SWEEP, sorted);
        Scalability shuffledTwice = Scalability.fit(new double[] {16, 1, 8, 2, 4, 4, 2, 8, 1, 16},
                new double[] {sorted[4], sorted[0], sorted[3], sorted[1], sorted[2], sorted[2], sorted[1], sorted[3],
                    sorted[0], sorted[4]});

        assertThat(shuffledTwice.sigma()).isCloseTo(once.sigma(), within(1e-9));
        assertThat(shuffledTwice.kappa()).isCloseTo(once.kappa(), within(1e-9));
        assertThat(shuffledTwice.lambda()).isCloseTo(once.lambda(), within(1e-6));
    }

    @Test
    void linearThroughputHasNoContentionNoCoherencyAndNoPeak() {
        Scalability usl = Scalability.fit(SWEEP, new double[] {3, 6, 12, 24, 48});

        assertThat(usl.sigma()).isZero();
        assertThat(usl.kappa()).isZero();
        assertThat(usl.lambda()).isCloseTo(3, within(1e-9));
        assertThat(usl.peakConcurrency()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(usl.peakThroughput()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(usl.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(usl.toString()).isEqualTo("Scalability[σ = 0, κ = 0, λ = 3, N* = ∞, R² = 1]");
    }

    @Test
    void throughputGrowingFasterThanLinearGetsTheLinearLawClosestToIt() {
        Scalability usl = Scalability.fit(SWEEP, new double[] {1, 2.5, 6, 14, 40});

        assertThat(usl.sigma()).isZero();
        assertThat(usl.kappa()).isZero();
        assertThat(usl.lambda()).isGreaterThan(1);
        assertThat(usl.rSquared()).isBetween(0.0, 1.0);
    }

    @Test
    void flatThroughputIsFullContentionWithAPerfectFit() {
        Scalability usl = Scalability.fit(SWEEP, new double[] {0.1, 0.1, 0.1, 0.1, 0.1});

        assertThat(usl.sigma()).isEqualTo(1);
        assertThat(usl.kappa()).isZero();
        assertThat(usl.lambda()).isCloseTo(0.1, within(1e-12));
        assertThat(usl.peakConcurrency()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(usl.peakThroughput()).isCloseTo(0.1, within(1e-12));
        assertThat(usl.rSquared()).isEqualTo(1);
    }

    @Test
    void twoConcurrenciesFitAmdahlsLawThroughBothPoints() {
        Scalability usl = Scalability.fit(new double[] {1, 4}, new double[] {10, 25});

        assertThat(usl.kappa()).isZero();
        assertThat(usl.lambda()).isCloseTo(10, within(1e-9));
        assertThat(usl.sigma()).isCloseTo(0.2, within(1e-9)); // 4 / (1 + 3σ) = 2.5
        assertThat(usl.peakThroughput()).isCloseTo(50, within(1e-6)); // λ/σ, the asymptote
        assertThat(usl.rSquared()).isCloseTo(1, within(1e-12));
    }

    @Test
    void throughputFallingFromTheStartPeaksAtOne() {
        Scalability usl = Scalability.fit(SWEEP, throughputs(100, 1, 0.1, SWEEP));

        assertThat(usl.sigma()).isEqualTo(1);
        assertThat(usl.kappa()).isCloseTo(0.1, within(1e-9));
        assertThat(usl.peakConcurrency()).isZero();
        assertThat(usl.peakThroughput()).isCloseTo(100, within(1e-9));
    }

    @Test
    void zeroThroughputAtSomeConcurrenciesIsFitted() {
        Scalability usl = Scalability.fit(SWEEP, new double[] {10, 18, 30, 0, 0});

        assertThat(usl.kappa()).isPositive();
        assertThat(usl.peakConcurrency()).isBetween(1.0, 8.0);
        assertThat(new double[] {usl.sigma(), usl.kappa(), usl.lambda(), usl.rSquared()}).doesNotContain(Double.NaN);
    }

    @Test
    void resultsAreNeverNotANumber() {
        double[][] inputs = {{5, 5, 5, 5, 5}, {3, 6, 12, 24, 48}, {0, 0, 0, 0, 1}, {1, 0, 0, 0, 0}, {1e-300, 2e-300, 4e-300,
            8e-300, 1.6e-299}, {1e300, 1e300, 1e300, 1e300, 1e300}};
        for (double[] throughput : inputs) {
            Scalability usl = Scalability.fit(SWEEP, throughput);
            assertThat(new double[] {usl.sigma(), usl.kappa(), usl.lambda(), usl.rSquared(), usl.peakConcurrency(),
                usl.peakThroughput(), usl.throughputAt(3)}).as(usl.toString()).doesNotContain(Double.NaN);
        }
    }

    @Test
    void toStringShowsThreeSignificantDigits() {
        Scalability usl = Scalability.fit(new double[] {1, 18, 36, 72, 108, 144, 216},
                new double[] {64.9, 995.9, 1652.4, 1853.2, 1828.9, 1775.0, 1702.2});

        assertThat(usl).hasToString("Scalability[σ = 0.0277, κ = 0.000104, λ = 90, N* = 96.5, R² = 0.99]");
    }

    @Test
    void arraysOfDifferentLengthsAreRejected() {
        assertThatThrownBy(() -> Scalability.fit(new double[] {1, 2, 4}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency and throughput must have one value per measurement, but have 3 and 2 values");
    }

    @Test
    void aConcurrencyBelowOneOrNotFiniteIsRejected() {
        assertThatThrownBy(() -> Scalability.fit(new double[] {1, 0.5, 4}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency[1] is 0.5, but every concurrency must be a finite number of at least 1");
        assertThatThrownBy(() -> Scalability.fit(new double[] {1, 2, Double.NaN}, new double[] {1, 2, 3}))
                .hasMessage("concurrency[2] is NaN, but every concurrency must be a finite number of at least 1");
        assertThatThrownBy(() -> Scalability.fit(new double[] {1, 2, Double.POSITIVE_INFINITY}, new double[] {1, 2, 3}))
                .hasMessage("concurrency[2] is Infinity, but every concurrency must be a finite number of at least 1");
    }

    @Test
    void aNegativeOrNotFiniteThroughputIsRejected() {
        assertThatThrownBy(() -> Scalability.fit(new double[] {1, 2, 4}, new double[] {1, -2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("throughput[1] is -2.0, but every throughput must be a finite number of at least 0");
        assertThatThrownBy(() -> Scalability.fit(new double[] {1, 2, 4}, new double[] {Double.NaN, 2, 3}))
                .hasMessage("throughput[0] is NaN, but every throughput must be a finite number of at least 0");
    }

    @Test
    void fewerThanTwoConcurrenciesAreRejected() {
        assertThatThrownBy(() -> Scalability.fit(new double[] {4, 4, 4}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fit needs throughputs at two or more different concurrencies, but all 3 are at concurrency 4");
        assertThatThrownBy(() -> Scalability.fit(new double[0], new double[0]))
                .hasMessage("no measurements: the fit needs throughputs at two or more different concurrencies");
    }

    @Test
    void allZeroThroughputIsRejected() {
        assertThatThrownBy(() -> Scalability.fit(SWEEP, new double[5]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every throughput is 0: there is no scaling to fit");
    }

    @Test
    void nullArraysAreRejected() {
        assertThatThrownBy(() -> Scalability.fit(null, new double[] {1}))
                .isInstanceOf(NullPointerException.class).hasMessage("concurrency must not be null");
        assertThatThrownBy(() -> Scalability.fit(new double[] {1}, null))
                .isInstanceOf(NullPointerException.class).hasMessage("throughput must not be null");
    }

    @Test
    void predictionsBelowConcurrencyOneAreRejected() {
        Scalability usl = Scalability.fit(SWEEP, new double[] {3, 6, 12, 24, 48});

        assertThatThrownBy(() -> usl.throughputAt(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency is 0.0, but it must be a finite number of at least 1");
        assertThatThrownBy(() -> usl.speedupAt(Double.NaN))
                .hasMessage("concurrency is NaN, but it must be a finite number of at least 1");
    }

    @Test
    void theFitKeepsNoReferenceToTheCallersArrays() {
        double[] concurrency = SWEEP.clone();
        double[] throughput = throughputs(100, 0.1, 0.001, SWEEP);
        Scalability usl = Scalability.fit(concurrency, throughput);
        double sigma = usl.sigma();

        throughput[4] = 0;

        assertThat(usl.sigma()).isEqualTo(sigma);
        assertThat(usl.throughputAt(16)).isCloseTo(100 * 16 / (1 + 0.1 * 15 + 0.001 * 16 * 15), within(1e-6));
    }

    private static double[] throughputs(double lambda, double sigma, double kappa, double[] concurrency) {
        double[] throughput = new double[concurrency.length];
        for (int i = 0; i < concurrency.length; i++) {
            double n = concurrency[i];
            throughput[i] = lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
        }
        return throughput;
    }
}
