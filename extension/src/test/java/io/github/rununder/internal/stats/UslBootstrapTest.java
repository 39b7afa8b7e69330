package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.internal.stats.Sweeps.Scenario;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UslBootstrapTest {

    private static final Scenario PEAKED = new Scenario("peaked", new UslCurve(1000, 0.05, 0.003), 1, 2, 4, 8, 16, 32, 64);
    private static final Scenario AMDAHL = new Scenario("Amdahl", new UslCurve(1000, 0.1, 0), 1, 2, 4, 8, 16);

    @Test
    void theSameSeedGivesTheSameIntervals() {
        ScalingRounds rounds = Sweeps.draw(PEAKED, 5, 0.05, new SplittableRandom(7));

        UslIntervals first = UslBootstrap.intervals(rounds, 200, 0.95, 42);
        UslIntervals again = UslBootstrap.intervals(rounds, 200, 0.95, 42);
        UslIntervals otherSeed = UslBootstrap.intervals(rounds, 200, 0.95, 43);

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed.sigma()).isNotEqualTo(first.sigma());
        assertThat(first.resamples()).isEqualTo(200);
        assertThat(first.confidence()).isEqualTo(0.95);
    }

    @Test
    void theIntervalsHoldTheEstimatesAndTheTruthOfAQuietSweep() {
        UslCurve truth = PEAKED.truth();
        UslIntervals intervals = UslBootstrap.intervals(Sweeps.draw(PEAKED, 10, 0.02, new SplittableRandom(3)), 500,
                0.95, 1);

        for (ParameterInterval interval : new ParameterInterval[] {intervals.sigma(), intervals.kappa(),
            intervals.lambda(), intervals.peakConcurrency()}) {
            assertThat(interval.contains(interval.estimate())).as(interval.toString()).isTrue();
        }
        assertThat(intervals.sigma().contains(truth.sigma())).as(intervals.sigma().toString()).isTrue();
        assertThat(intervals.kappa().contains(truth.kappa())).as(intervals.kappa().toString()).isTrue();
        assertThat(intervals.peakConcurrency().contains(truth.peakConcurrency())).isTrue();
        assertThat(intervals.peakConcurrency().upper()).isLessThan(64);
        assertThat(intervals.fit().curve()).isEqualTo(Sweeps.draw(PEAKED, 10, 0.02, new SplittableRandom(3)).fit().curve());
    }

    @Test
    void aSweepWithoutCoherencyHasAnUnboundedPeakAndNoNotANumber() {
        UslIntervals intervals = UslBootstrap.intervals(Sweeps.draw(AMDAHL, 5, 0.05, new SplittableRandom(5)), 300, 0.95,
                9);

        assertThat(intervals.peakConcurrency().upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(intervals.kappa().lower()).isZero();
        assertThat(new double[] {intervals.sigma().lower(), intervals.sigma().upper(), intervals.kappa().upper(),
            intervals.lambda().lower(), intervals.peakConcurrency().lower()}).doesNotContain(Double.NaN);
    }

    @Test
    void resamplesAndConfidenceAreChecked() {
        ScalingRounds rounds = Sweeps.draw(AMDAHL, 3, 0.05, new SplittableRandom(1));

        assertThatThrownBy(() -> UslBootstrap.intervals(rounds, 0, 0.95, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("resamples is 0, but at least 1 is needed");
        assertThatThrownBy(() -> UslBootstrap.intervals(rounds, 100, 1.0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence is 1.0, but it must lie between 0 and 1");
    }
}
