package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannWhitneyTest {

    @Test
    void countsAreTheCoefficientsOfTheGaussianBinomial() {
        assertThat(MannWhitney.counts(2, 2)).containsExactly(1, 1, 2, 1, 1);
        assertThat(MannWhitney.counts(1, 3)).containsExactly(1, 1, 1, 1);
        assertThat(MannWhitney.counts(3, 1)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void countsMatchAFullEnumerationOfOrderings() {
        for (int m = 1; m <= 6; m++) {
            for (int n = 1; n <= 6; n++) {
                assertThat(MannWhitney.counts(m, n)).as("m=%d n=%d", m, n).containsExactly(enumerate(m, n));
            }
        }
    }

    @Test
    void theMostExtremeOrderingOfFiveAndFiveHasProbabilityOneIn252() {
        double[] cdf = MannWhitney.cumulative(5, 5);
        assertThat(cdf[0]).isCloseTo(1 / 252.0, within(1e-15));
        assertThat(cdf[2]).isCloseTo(4 / 252.0, within(1e-15));
        assertThat(cdf[cdf.length - 1]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cutsAsManyDifferencesAsTheConfidenceAllows() {
        assertThat(MannWhitney.cut(5, 5, 0.99)).isEqualTo(1);  // 1/252 = 0.40% <= 0.5% < 2/252
        assertThat(MannWhitney.cut(5, 5, 0.95)).isEqualTo(3);  // 4/252 = 1.6% <= 2.5% < 7/252
        assertThat(MannWhitney.cut(4, 4, 0.99)).isZero();      // 1/70 = 1.4% > 0.5%: no 99% interval
        assertThat(MannWhitney.cut(4, 4, 0.95)).isEqualTo(1);
        // Published critical values of U (two-tailed): 16 at 1% and 23 at 5% for 10 and 10, 22 at 5% for 8 and 12.
        assertThat(MannWhitney.cut(10, 10, 0.99)).isEqualTo(16 + 1);
        assertThat(MannWhitney.cut(10, 10, 0.95)).isEqualTo(23 + 1);
        assertThat(MannWhitney.cut(8, 12, 0.95)).isEqualTo(MannWhitney.cut(12, 8, 0.95)).isEqualTo(22 + 1);
    }

    @Test
    void theNormalApproximationTakesOverSmoothlyBeyondTheExactLimit() {
        int exact = MannWhitney.cut(100, 100, 0.99);
        double sd = Math.sqrt(100.0 * 100 * 201 / 12);
        double approximate = Math.floor(5000 + 0.5 - NormalQuantile.of(0.995) * sd);
        // The normal has heavier tails than U, so it cuts a few of the 10,000 differences fewer: conservative.
        assertThat(approximate).isBetween(exact - 5.0, (double) exact);
        assertThat(MannWhitney.cut(101, 100, 0.99)).isBetween(exact, exact + 40);
    }

    @Test
    void normalQuantilesMatchTheTables() {
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(NormalQuantile.of(0.995)).isCloseTo(2.575829, within(1e-6));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326348, within(1e-6));
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0, within(1e-9));
        assertThatThrownBy(() -> NormalQuantile.of(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesEmptySamples() {
        assertThatThrownBy(() -> MannWhitney.counts(0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("both samples need a value: 0 and 3");
    }

    /** Counts U over every way of choosing which m of the m+n ranks belong to the first sample. */
    private static double[] enumerate(int m, int n) {
        double[] counts = new double[m * n + 1];
        int total = m + n;
        for (int mask = 0; mask < 1 << total; mask++) {
            if (Integer.bitCount(mask) != m) {
                continue;
            }
            int u = 0;
            int secondSeen = 0;
            for (int rank = 0; rank < total; rank++) {
                if ((mask & 1 << rank) != 0) {
                    u += secondSeen; // pairs in which this first-sample value is above a second-sample value
                } else {
                    secondSeen++;
                }
            }
            counts[u]++;
        }
        return counts;
    }
}
