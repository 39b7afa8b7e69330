package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BestConcurrencyTest {

    private static final double[] SWEEP = {1, 2, 4, 8, 16};
    private static final double[] JITTER = {0.97, 0.99, 1.0, 1.01, 1.03};

    @Test
    void aWorkloadThatKeepsScalingIsBestAtTheLargestLevel() {
        BestConcurrency best = BestConcurrency.of(sweep(100, 200, 400, 790, 1560), 0.95);

        assertThat(best.concurrency()).isEqualTo(16);
        assertThat(best.fastest()).isEqualTo(16);
        assertThat(best.withinNoise()).isFalse();
    }

    @Test
    void aCpuBoundWorkloadOnTwoCoresIsBestAtTwo() {
        // flat from two threads on; four happens to have the highest median
        BestConcurrency best = BestConcurrency.of(sweep(100, 199, 202, 200, 196), 0.95);

        assertThat(best.concurrency()).isEqualTo(2);
        assertThat(best.fastest()).isEqualTo(4);
        assertThat(best.withinNoise()).isTrue();
        assertThat(best.fastestOverBest().lower()).isLessThanOrEqualTo(1);
        assertThat(best.fastestOverBest().estimate()).isCloseTo(202 / 199.0, within(0.01));
    }

    @Test
    void aSmallButSteadyGainIsBeyondNoise() {
        ScalingRounds rounds = ScalingRounds.of(new double[] {8, 16},
                new double[][] {{100.0, 100.1, 99.9, 100.05, 99.95}, {102.0, 102.1, 101.9, 102.05, 101.95}});

        assertThat(BestConcurrency.of(rounds, 0.95).concurrency()).isEqualTo(16);
    }

    @Test
    void withTooFewRoundsForTheIntervalALevelIsSlowerOnlyWhenEveryRoundOfTheBestBeatsEveryRoundOfIt() {
        ScalingRounds overlapping = ScalingRounds.of(new double[] {8, 16}, new double[][] {{98, 103}, {100, 104}});
        ScalingRounds separated = ScalingRounds.of(new double[] {8, 16}, new double[][] {{90, 91}, {100, 101}});

        BestConcurrency withinNoise = BestConcurrency.of(overlapping, 0.95);
        assertThat(withinNoise.concurrency()).isEqualTo(8);
        assertThat(withinNoise.fastestOverBest().reachesConfidence()).isFalse();
        assertThat(BestConcurrency.of(separated, 0.95).concurrency()).isEqualTo(16);
    }

    @Test
    void equalMediansFavourTheSmallerLevel() {
        ScalingRounds rounds = ScalingRounds.of(new double[] {2, 4}, new double[][] {{50, 51, 52}, {49, 51, 53}});

        BestConcurrency best = BestConcurrency.of(rounds, 0.95);

        assertThat(best.fastest()).isEqualTo(2);
        assertThat(best.concurrency()).isEqualTo(2);
    }

    @Test
    void oneLevelIsItsOwnBest() {
        BestConcurrency best = BestConcurrency.of(ScalingRounds.of(new double[] {8}, new double[][] {{5, 6}}), 0.95);

        assertThat(best.concurrency()).isEqualTo(8);
        assertThat(best.withinNoise()).isFalse();
    }

    private static ScalingRounds sweep(double... medians) {
        double[][] rounds = new double[medians.length][JITTER.length];
        for (int level = 0; level < medians.length; level++) {
            for (int round = 0; round < JITTER.length; round++) {
                rounds[level][round] = medians[level] * JITTER[(round + level) % JITTER.length];
            }
        }
        return ScalingRounds.of(SWEEP, rounds);
    }
}
