package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SweepFitTest {

    private static final double[] SWEEP = {1, 2, 4, 8, 16};
    /** The spread of each level's five rounds around its mean: ±15%, the same at every level. */
    private static final double[] WIDE = {0.85, 0.93, 1.0, 1.07, 1.15};

    @Test
    void roundsOnTheCurveGiveTheCurve() {
        UslCurve truth = new UslCurve(250, 0.05, 0.004);

        UslFit fit = rounds(truth, new double[] {0.99, 1, 1.01}, 1).fit();

        assertThat(fit.curve().sigma()).isCloseTo(0.05, within(1e-3));
        assertThat(fit.curve().kappa()).isCloseTo(0.004, within(1e-4));
        assertThat(fit.curve().lambda()).isCloseTo(250, within(1.0));
        assertThat(fit.rSquared()).isGreaterThan(0.99);
    }

    @Test
    void aDipAtTheLastLevelWithinTheNoiseOfTheRoundsIsNoPeak() {
        ScalingRounds rounds = rounds(new UslCurve(100, 0.3, 0), WIDE, 0.9);

        // the plain least-squares fit of the same points claims a peak inside the sweep
        assertThat(plainFit(rounds).peakConcurrency()).isLessThan(16);
        assertThat(rounds.fit().curve().kappa()).isZero();
        assertThat(rounds.fit().curve().peakConcurrency()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aDipBeyondTheNoiseOfTheRoundsIsAPeak() {
        UslCurve fitted = rounds(new UslCurve(100, 0.3, 0), WIDE, 0.8).fit().curve();

        assertThat(fitted.kappa()).isPositive();
        assertThat(fitted.peakConcurrency()).isBetween(8.0, 16.0);
    }

    @Test
    void theLowLevelsCountAsMuchAsTheHighOnes() {
        // 10% too high at concurrency 1, where the throughput is a tenth of that at 16
        ScalingRounds rounds = rounds(new UslCurve(100, 0.05, 0), new double[] {0.98, 1, 1.02}, 1, 1.1);

        double sweepError = Math.abs(rounds.fit().curve().throughputAt(1) / rounds.median(0) - 1);
        double plainError = Math.abs(plainFit(rounds).throughputAt(1) / rounds.median(0) - 1);

        assertThat(plainError).isGreaterThan(0.08); // the plain fit all but ignores the lowest level
        assertThat(sweepError).isLessThan(0.75 * plainError);
    }

    @Test
    void twoLevelsHaveNoCoherency() {
        ScalingRounds rounds = ScalingRounds.of(new double[] {1, 8}, new double[][] {{10, 11}, {40, 44}});

        assertThat(rounds.fit().curve().kappa()).isZero();
        assertThat(rounds.fit().curve().sigma()).isPositive();
    }

    @Test
    void oneRoundPerLevelAtThreeLevelsLeavesNothingToTestCoherencyAgainstAndKeepsIt() {
        ScalingRounds rounds = ScalingRounds.of(new double[] {1, 4, 16}, new double[][] {{10}, {30}, {20}});

        UslCurve fitted = rounds.fit().curve();

        assertThat(fitted.kappa()).isPositive();
        assertThat(fitted.peakConcurrency()).isBetween(4.0, 16.0);
    }

    @Test
    void theUnitOfThroughputDoesNotMatter() {
        UslCurve truth = new UslCurve(1, 0.1, 0.002);
        double[] spread = {0.9, 1, 1.1};

        UslCurve tiny = rounds(new UslCurve(1e-300, 0.1, 0.002), spread, 1).fit().curve();
        UslCurve huge = rounds(new UslCurve(1e300, 0.1, 0.002), spread, 1).fit().curve();
        UslCurve plain = rounds(truth, spread, 1).fit().curve();

        assertThat(tiny.sigma()).isCloseTo(plain.sigma(), within(1e-9));
        assertThat(huge.kappa()).isCloseTo(plain.kappa(), within(1e-9));
        assertThat(huge.lambda() / 1e300).isCloseTo(plain.lambda(), within(1e-9));
    }

    /** Five levels of rounds: the curve's throughput times each spread factor, the last level times {@code lastLevel}. */
    private static ScalingRounds rounds(UslCurve truth, double[] spread, double lastLevel) {
        return rounds(truth, spread, lastLevel, 1);
    }

    private static ScalingRounds rounds(UslCurve truth, double[] spread, double lastLevel, double firstLevel) {
        double[][] throughputs = new double[SWEEP.length][spread.length];
        for (int level = 0; level < SWEEP.length; level++) {
            double factor = level == 0 ? firstLevel : level == SWEEP.length - 1 ? lastLevel : 1;
            for (int round = 0; round < spread.length; round++) {
                throughputs[level][round] = truth.throughputAt(SWEEP[level]) * spread[round] * factor;
            }
        }
        return ScalingRounds.of(SWEEP, throughputs);
    }

    private static UslCurve plainFit(ScalingRounds rounds) {
        int perLevel = rounds.rounds(0).length;
        double[] concurrency = new double[rounds.size() * perLevel];
        double[] throughput = new double[concurrency.length];
        for (int level = 0; level < rounds.size(); level++) {
            for (int round = 0; round < perLevel; round++) {
                concurrency[level * perLevel + round] = rounds.level(level);
                throughput[level * perLevel + round] = rounds.rounds(level)[round];
            }
        }
        return UslFit.of(concurrency, throughput).curve();
    }
}
