package io.github.rununder.internal.engine;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.UslIntervals;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.testing.ScriptedSessions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A concurrency sweep on scripted sessions whose rounds follow known scalability curves. */
class SweepTest {

    private static final int[] LEVELS = {1, 2, 4, 8, 16};

    private static ScriptedSessions curves() {
        return ScriptedSessions.curves();
    }

    @Test
    void everyModelButSequentialRunsAtEveryLevelAndEachModelWarmsUpOnceWhenInterleaved() throws TimeoutException {
        ScriptedSessions script = curves();

        ExperimentResult result = script.run(plan(List.of(SEQUENTIAL, THREADS), new int[] {1, 2, 4}), SETTINGS);

        assertThat(result.models()).extracting(outcome -> outcome.arm().label())
                .containsExactly("SEQUENTIAL", "THREADS ×1", "THREADS ×2", "THREADS ×4");
        List<String> ran = script.ran();
        // Own runs: each arm alone, warmed up with the declared round, then five measured.
        assertThat(ran.subList(0, 24)).containsExactly("SEQUENTIAL -1", "SEQUENTIAL 0", "SEQUENTIAL 1", "SEQUENTIAL 2",
                "SEQUENTIAL 3", "SEQUENTIAL 4", "THREADS ×1 -1", "THREADS ×1 0", "THREADS ×1 1", "THREADS ×1 2",
                "THREADS ×1 3", "THREADS ×1 4", "THREADS ×2 -1", "THREADS ×2 0", "THREADS ×2 1", "THREADS ×2 2",
                "THREADS ×2 3", "THREADS ×2 4", "THREADS ×4 -1", "THREADS ×4 0", "THREADS ×4 1", "THREADS ×4 2",
                "THREADS ×4 3", "THREADS ×4 4");
        // Interleaved: one warm-up round per model, on its highest level, then cycles of every arm.
        assertThat(ran.subList(24, 26)).containsExactly("SEQUENTIAL -1", "THREADS ×4 -1");
        for (int cycle = 0; cycle < 5; cycle++) {
            assertThat(ran.subList(26 + 4 * cycle, 30 + 4 * cycle)).containsExactlyInAnyOrder("SEQUENTIAL " + (5 + cycle),
                    "THREADS ×1 " + (5 + cycle), "THREADS ×2 " + (5 + cycle), "THREADS ×4 " + (5 + cycle));
        }
        assertThat(ran).hasSize(46);
        assertThat(script.opened(new Arm(THREADS, 2, true))).isEqualTo(2);
    }

    @Test
    void eachModelGetsTheLawFittedToTheThroughputOfItsInterleavedRoundsAndItsBestConcurrency()
            throws TimeoutException {
        ExperimentResult result = curves().run(plan(List.of(SEQUENTIAL, THREADS, ASYNC), LEVELS), SETTINGS);

        assertThat(result.scaling()).extracting(ModelScaling::model).containsExactly(THREADS, ASYNC);
        ModelScaling threads = result.scaling(THREADS).orElseThrow();
        UslIntervals threadsLaw = threads.usl().orElseThrow();
        assertThat(threadsLaw.fit().curve().sigma()).isCloseTo(0.1, within(0.005));
        assertThat(threadsLaw.fit().curve().kappa()).isZero();
        // 16 tasks in 100 ms: 160 tasks per second at concurrency 1.
        assertThat(threadsLaw.fit().curve().lambda()).isCloseTo(160, within(2.0));
        assertThat(threadsLaw.sigma().contains(0.1)).isTrue();
        assertThat(threads.bestConcurrency()).isEqualTo(16);
        assertThat(threads.limit()).isEqualTo("THREADS: contention (σ = 0.1) caps it at 10.0× one thread; no retrograde"
                + " scaling within the sweep");
        assertThat(threads.bestReason()).isEqualTo("THREADS: best at 16 threads, the highest throughput of the sweep;"
                + " every smaller level is slower beyond noise");

        ModelScaling async = result.scaling(ASYNC).orElseThrow();
        assertThat(async.usl().orElseThrow().fit().curve().peakConcurrency()).isCloseTo(6.9, within(0.3));
        assertThat(async.bestConcurrency()).isEqualTo(8);
        assertThat(async.limit()).startsWith("ASYNC: coherency (κ = 0.02) turns it retrograde beyond N* = 6.");
    }

    @Test
    void theRecommendationNamesAModelAtItsBestConcurrencyAndTheFastestIsJudgedAtTheHighestLevel()
            throws TimeoutException {
        // ASYNC peaks at 8 (3.24× one task in flight), THREADS reaches 6.4× at 16.
        ExperimentResult result = curves().run(plan(List.of(SEQUENTIAL, THREADS, ASYNC), LEVELS), SETTINGS);

        Recommendation recommendation = result.recommendation().orElseThrow();
        assertThat(recommendation.model()).isEqualTo(THREADS);
        assertThat(recommendation.concurrency()).isEqualTo(16);
        assertThat(recommendation.reason()).isEqualTo("IO-bound: THREADS ×16 is the fastest, 6.4× SEQUENTIAL; best at"
                + " 16 threads, the highest throughput of the sweep; every smaller level is slower beyond noise");
        assertThat(result.fastest()).contains(THREADS);
    }

    @Test
    void aModelThatPeaksInsideTheSweepIsRecommendedAtItsPeakNotAtTheHighestLevel() throws TimeoutException {
        ExperimentResult result = curves().run(plan(List.of(SEQUENTIAL, ASYNC), LEVELS), SETTINGS);

        assertThat(result.recommendation().orElseThrow().concurrency()).isEqualTo(8);
        assertThat(result.recommendation().orElseThrow().reason()).startsWith("IO-bound: ASYNC ≤8 is the fastest,");
    }

    @Test
    void scalingClaimsHoldAndFailOnTheInterleavedRoundsWithTheirLevelsInTheirWords() throws TimeoutException {
        Plan plan = plan(List.of(SEQUENTIAL, THREADS, ASYNC), LEVELS,
                new Expectation.Scaling(THREADS, 1, 8, 4.0),
                new Expectation.Scaling(ASYNC, 8, 16, 1.0),
                new Expectation.Faster(ASYNC, SEQUENTIAL, 2.0));

        ExperimentResult result = curves().run(plan, SETTINGS);

        List<Verdict> verdicts = result.verdicts();
        assertThat(verdicts).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS,
                Verdict.Outcome.FAILS, Verdict.Outcome.HOLDS);
        // σ = 0.1 gives 8 / (1 + 0.7) = 4.7 times the throughput at 8.
        assertThat(verdicts.get(0).message()).startsWith("THREADS ×8 gave 4.7× the throughput of THREADS ×1 (99% CI ")
                .endsWith(", 5 rounds each), at least 4.0× expected");
        assertThat(verdicts.get(1).message()).startsWith("Expected ASYNC ≤16 to give at least 1.0× the throughput of"
                + " ASYNC ≤8, but it gave 0.75× (99% CI ");
        // Claims naming models compare them at the highest level: ASYNC ≤16 is 2.4× SEQUENTIAL.
        assertThat(verdicts.get(2).message()).startsWith("ASYNC ≤16 was 2.4× faster than SEQUENTIAL (99% CI ");
    }

    @Test
    void anUndecidedScalingClaimMeasuresOnlyItsTwoLevelsAgainUntilItIsDecided() throws TimeoutException {
        // THREADS ×4's first interleaved rounds alternate 20 and 45 ms against ×1's 100 ms: 2.2× or 5×, which
        // straddles the 3× claimed; from its 15th round on it takes 20 ms, and the claim holds.
        ScriptedSessions script = new ScriptedSessions().model(SEQUENTIAL, round -> 100.0)
                .sweep(THREADS, (level, round) -> level == 1 ? 100.0 + round % 3 * 0.1
                        : level == 2 ? 50.0 + round % 3 * 0.1
                        : round >= 5 && round < 15 && round % 2 == 0 ? 45.0 : 20.0 + round % 3 * 0.1);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), new int[] {1, 2, 4}, new Expectation.Scaling(THREADS, 1, 4, 3.0));

        ExperimentResult result = script.run(plan, SETTINGS);

        assertThat(result.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS);
        VerdictRun run = result.verdictRun().orElseThrow();
        assertThat(run.extraRounds().keySet()).extracting(Arm::label).containsExactly("THREADS ×1", "THREADS ×4");
        assertThat(run.looks()).isGreaterThan(1);
        assertThat(result.arm(new Arm(THREADS, 2, true)).orElseThrow().interleaved().rounds().size()).isEqualTo(5);
    }

    @Test
    void twoLevelsGiveABestConcurrencyButNoFit() throws TimeoutException {
        ExperimentResult result = curves().run(plan(List.of(THREADS), new int[] {1, 4}), SETTINGS);

        ModelScaling threads = result.scaling(THREADS).orElseThrow();
        assertThat(threads.usl()).isEmpty();
        assertThat(threads.limit()).isNull();
        assertThat(threads.bestConcurrency()).isEqualTo(4);
    }

    @Test
    void aComparisonOfOneConcurrencyHasNoScaling() throws TimeoutException {
        ExperimentResult result = curves().run(plan(List.of(SEQUENTIAL, THREADS), new int[] {4}), SETTINGS);

        assertThat(result.scaling()).isEmpty();
        assertThat(result.recommendation().orElseThrow().concurrency()).isEqualTo(4);
        assertThat(result.models()).extracting(outcome -> outcome.arm().toString())
                .containsExactly("SEQUENTIAL", "THREADS");
    }

    private static final EngineSettings SETTINGS = ScriptedSessions.SETTINGS;

    private static Plan plan(List<Model> models, int[] levels, Expectation... expectations) {
        return ScriptedSessions.plan(models, Duration.ofMinutes(2), levels, expectations);
    }
}
