package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScalingRoundsTest {

    @Test
    void levelsAreSortedWithTheirRoundsAndCopied() {
        double[] atEight = {80, 82};
        ScalingRounds rounds = ScalingRounds.of(new double[] {8, 1, 4}, new double[][] {atEight, {10, 11, 12}, {40}});
        atEight[0] = 0;

        assertThat(rounds.size()).isEqualTo(3);
        assertThat(new double[] {rounds.level(0), rounds.level(1), rounds.level(2)}).containsExactly(1, 4, 8);
        assertThat(rounds.rounds(2)).containsExactly(80, 82);
        assertThat(rounds.median(0)).isEqualTo(11);
        assertThat(rounds.median(2)).isEqualTo(81);
        assertThat(rounds.largestLevel()).isEqualTo(8);
    }

    @Test
    void aSweepNeedsALevelAndOneListOfRoundsPerLevel() {
        assertThatThrownBy(() -> ScalingRounds.of(new double[0], new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a sweep needs at least one level");
        assertThatThrownBy(() -> ScalingRounds.of(new double[] {1, 2}, new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("one list of rounds per level is needed, but there are 2 levels and 1 lists");
    }

    @Test
    void badLevelsAndRoundsAreNamed() {
        assertThatThrownBy(() -> ScalingRounds.of(new double[] {0, 2}, new double[][] {{1}, {2}}))
                .hasMessage("a concurrency of 0.0 cannot be fitted: each must be a finite number of at least 1");
        assertThatThrownBy(() -> ScalingRounds.of(new double[] {2, 2}, new double[][] {{1}, {2}}))
                .hasMessage("concurrency 2 is listed twice; put all its rounds in one list");
        assertThatThrownBy(() -> ScalingRounds.of(new double[] {1, 2}, new double[][] {{1}, {}}))
                .hasMessage("concurrency 2 has no rounds");
        assertThatThrownBy(() -> ScalingRounds.of(new double[] {1, 2}, new double[][] {{1}, {Double.NaN}}))
                .hasMessage("a throughput of NaN at concurrency 2 cannot be fitted: each must be a finite number of at least 0");
    }

    @Test
    void oneLevelCannotBeFitted() {
        ScalingRounds rounds = ScalingRounds.of(new double[] {4}, new double[][] {{1, 2}});

        assertThatThrownBy(rounds::fit)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a fit needs two or more levels, but the sweep has one: 4");
    }
}
