package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalingSentenceTest {

    @Test
    void nearLinearScaling() {
        assertThat(ScalingSentence.limit(THREADS, new UslCurve(100, 0.005, 0), 16)).isEqualTo(
                "THREADS: near-linear scaling (σ = 0.005, κ = 0): 14.9× one thread at 16 threads; no limit within the sweep");
    }

    @Test
    void contentionWithoutCoherencyCapsTheSpeedUpAtOneOverSigma() {
        assertThat(ScalingSentence.limit(THREADS, new UslCurve(100, 0.12, 0), 16)).isEqualTo(
                "THREADS: contention (σ = 0.12) caps it at 8.3× one thread; no retrograde scaling within the sweep");
    }

    @Test
    void aFallTheFitCannotConfirmIsNotDeniedButNamed() {
        // 1,000 platform threads on 2 cores: the median throughput fell beyond 100, but the rounds at 1,000 vary so
        // much that the coherency test keeps κ = 0.
        assertThat(ScalingSentence.limit(THREADS, new UslCurve(48, 0.014, 0), 1000, 100)).isEqualTo(
                "THREADS: contention (σ = 0.014) caps it at 71.4× one thread; its median throughput was highest at 100"
                        + " threads, but its rounds beyond vary too much to show a turn down");
        assertThat(ScalingSentence.limit(ASYNC, new UslCurve(100, 0.2, 0.0005), 16, 8)).endsWith("beyond N* = 40; its"
                + " median throughput was highest at 8 tasks in flight, but its rounds beyond vary too much to show a turn"
                + " down");
        assertThat(ScalingSentence.limit(ASYNC, new UslCurve(100, 0.05, 0.003), 64, 16))
                .as("a fit that turns down within the sweep says so itself").doesNotContain("median");
    }

    @Test
    void aPeakInsideTheSweepIsRetrograde() {
        assertThat(ScalingSentence.limit(VIRTUAL_THREADS, new UslCurve(100, 0.05, 0.003), 64)).isEqualTo(
                "VIRTUAL_THREADS: coherency (κ = 0.003) turns it retrograde beyond N* = 17.8, where it peaks at 6.5× one "
                        + "virtual thread (σ = 0.05)");
    }

    @Test
    void coherencyThatOutweighsContentionPeaksBeyondTheSweep() {
        assertThat(ScalingSentence.limit(PROCESSES, new UslCurve(100, 0.01, 0.002), 16)).isEqualTo(
                "PROCESSES: coherency (κ = 0.002) will peak it at N* = 22.2, beyond the sweep, at 10.3× one process (σ = 0.01)");
    }

    @Test
    void contentionThatOutweighsCoherencyLimitsTheSweepAndNamesThePeakBeyond() {
        assertThat(ScalingSentence.limit(ASYNC, new UslCurve(100, 0.2, 0.0005), 16)).isEqualTo(
                "ASYNC: contention (σ = 0.2) limits it to 3.9× one task in flight at 16 tasks in flight; coherency "
                        + "(κ = 0.0005) would turn it retrograde beyond N* = 40");
    }

    @Test
    void throughputThatFallsFromTheStartHasNoGain() {
        assertThat(ScalingSentence.limit(THREADS, new UslCurve(100, 1, 0.1), 16)).isEqualTo(
                "THREADS: no gain from concurrency: throughput is highest at 1 and falls beyond (σ = 1, κ = 0.1)");
    }

    @Test
    void theBestIsTheFastestLevel() {
        BestConcurrency best = BestConcurrency.of(ScalingRounds.of(new double[] {1, 2, 4},
                new double[][] {{10, 10.1, 9.9}, {19.9, 20, 20.1}, {39.9, 40, 40.1}}), 0.95);

        assertThat(ScalingSentence.best(THREADS, best)).isEqualTo(
                "THREADS: best at 4 threads, the highest throughput of the sweep; every smaller level is slower beyond noise");
    }

    @Test
    void theBestIsWithinNoiseOfTheFastest() {
        BestConcurrency best = BestConcurrency.of(ScalingRounds.of(new double[] {1, 2, 4}, new double[][] {
            {10, 10.1, 9.9, 10.05, 9.95}, {19.9, 20, 20.1, 19.95, 20.05}, {20.3, 19.5, 20.6, 19.8, 20.2}}), 0.95);

        assertThat(ScalingSentence.best(THREADS, best)).isEqualTo("THREADS: best at 2 threads, within noise of the highest "
                + "throughput, at 4 threads (1.01×, 95% CI 0.975×–1.03×)");
    }

    @Test
    void withTooFewRoundsTheRangeOfTheRoundsIsShown() {
        BestConcurrency best = BestConcurrency.of(ScalingRounds.of(new double[] {2, 4},
                new double[][] {{98, 103}, {100, 104}}), 0.95);

        assertThat(ScalingSentence.best(ASYNC, best)).isEqualTo("ASYNC: best at 2 tasks in flight, within noise of the "
                + "highest throughput, at 4 tasks in flight (1.02×, range of the rounds 0.971×–1.06×)");
    }

    @Test
    void theSmallestLevelIsBestWhenNothingBeatsIt() {
        BestConcurrency best = BestConcurrency.of(ScalingRounds.of(new double[] {1, 2},
                new double[][] {{10, 10.1}, {10.2, 9.9}}), 0.95);

        assertThat(ScalingSentence.best(VIRTUAL_THREADS, best))
                .isEqualTo("VIRTUAL_THREADS: best at 1 virtual thread: no larger level gave more throughput");
    }
}
