package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Levels;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentionTest {

    private static final Expectation THREADS_FASTER = new Expectation.Faster(THREADS, SEQUENTIAL, 1.3);

    /** The levels of these comparisons: THREADS at 2, SEQUENTIAL at 1. */
    private static final Levels LEVELS = Levels.of(2);

    private final Contention contention = new Contention(2);

    @Test
    void aFailureIsNotCheckedWhenTheClaimedModelWaitedForCores() {
        Map<Arm, ModelResult> results = Samples.results(result(THREADS, 2, 0.40), result(SEQUENTIAL, 1, 0.02));

        Verdict reviewed = contention.review(verdict(Verdict.Outcome.FAILS), LEVELS, results);

        assertThat(reviewed.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(reviewed.message()).isEqualTo("THREADS at least 1.3× faster than SEQUENTIAL: not checked, the machine"
                + " was busy: THREADS's threads waited for a core 40% of their busy time (none expected from 2 threads on 2"
                + " cores), which alone could explain what was measured (measured)");
    }

    @Test
    void aHoldIsNotCheckedWhenTheBeatenModelWaitedForCores() {
        Map<Arm, ModelResult> results = Samples.results(result(THREADS, 2, 0.01), result(SEQUENTIAL, 1, 0.30));

        assertThat(contention.review(verdict(Verdict.Outcome.HOLDS), LEVELS, results).outcome())
                .isEqualTo(Verdict.Outcome.NOT_CHECKED);
    }

    @Test
    void contentionThatWorksForTheClaimLeavesTheVerdictAlone() {
        // A starved claimed model that still held, or a starved beaten model that still won: no doubt.
        assertThat(contention.review(verdict(Verdict.Outcome.HOLDS), LEVELS,
                Samples.results(result(THREADS, 2, 0.5), result(SEQUENTIAL, 1, 0))).outcome())
                .isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS), LEVELS,
                Samples.results(result(THREADS, 2, 0), result(SEQUENTIAL, 1, 0.5))).outcome())
                .isEqualTo(Verdict.Outcome.FAILS);
    }

    @Test
    void waitingThatTheNumberOfThreadsExplainsIsNotContention() {
        // Eight computing threads on two cores wait three quarters of the time on an idle machine.
        ModelResult eight = result(THREADS, 8, 0.80);

        assertThat(contention.excess(eight)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS), Levels.of(8),
                Samples.results(eight, result(SEQUENTIAL, 1, 0))).outcome()).isEqualTo(Verdict.Outcome.FAILS);
        // The same waiting from two threads is contention.
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS), LEVELS,
                Samples.results(result(THREADS, 2, 0.80), result(SEQUENTIAL, 1, 0))).outcome())
                .isEqualTo(Verdict.Outcome.NOT_CHECKED);
    }

    @Test
    void modelsWhoseCarriersAreUnknownAreNeverSuspect() {
        ModelResult async = new ModelResult(ASYNC, 4, 2, 0);
        async.rounds().add(new RoundTiming(1_000_000, 900_000, -1, -1, -1));
        Expectation claim = new Expectation.Faster(ASYNC, SEQUENTIAL, 2);
        Verdict failed = new Verdict(claim, Verdict.Outcome.FAILS, "measured");

        assertThat(contention.excess(async)).isNaN();
        assertThat(contention.review(failed, LEVELS, Samples.results(async, result(SEQUENTIAL, 1, 0)))).isSameAs(failed);
    }

    @Test
    void inASweepTheLevelsCompareAreTheOnesReviewed() {
        // THREADS ×1 waited for a core, but the claim compares THREADS ×2, which did not.
        Levels sweep = Levels.of(1, 2);
        Map<Arm, ModelResult> results = Samples.results(result(sweep.arm(THREADS, 1), 0.6),
                result(sweep.arm(THREADS, 2), 0), result(sweep.arm(SEQUENTIAL, 1), 0));
        Expectation scaling = new Expectation.Scaling(THREADS, 1, 2, 1.5);

        assertThat(contention.review(verdict(Verdict.Outcome.FAILS), sweep, results).outcome())
                .isEqualTo(Verdict.Outcome.FAILS);
        assertThat(contention.review(new Verdict(scaling, Verdict.Outcome.HOLDS, "measured"), sweep, results).message())
                .isEqualTo("THREADS ×2 at least 1.5× the throughput of THREADS ×1: not checked, the machine was busy:"
                        + " THREADS ×1's threads waited for a core 60% of their busy time (none expected from 1 thread on"
                        + " 2 cores), which alone could explain what was measured (measured)");
    }

    @Test
    void tasksThatWaitOnIoAreNeverSuspectHoweverLateTheyWakeUp() {
        // Carriers busy all along, 40% of it waiting for a core, computing 2% of their running time: sleeps.
        ModelResult sleeping = new ModelResult(THREADS, 16, 2, 1);
        for (int i = 0; i < 5; i++) {
            sleeping.rounds().add(new RoundTiming(10_000_000, 240_000, 240_000, 20_000_000, 8_000_000));
        }
        Map<Arm, ModelResult> results = Samples.results(sleeping, result(SEQUENTIAL, 1, 0));

        assertThat(contention.excess(sleeping)).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS), LEVELS, results).outcome())
                .isEqualTo(Verdict.Outcome.FAILS);
        assertThat(contention.review(verdict(Verdict.Outcome.UNDECIDED), LEVELS, results).outcome())
                .isEqualTo(Verdict.Outcome.UNDECIDED);
    }

    @Test
    void aVerdictStandsWhenTheWaitingCannotExplainIt() {
        Map<Arm, ModelResult> results = Samples.results(result(THREADS, 2, 0.40), result(SEQUENTIAL, 1, 0.02));
        // Missed by far: 0.5× at best, and 40% more speed would give 0.83×, still short of 1.3×.
        Verdict farOff = new Verdict(THREADS_FASTER, Verdict.Outcome.FAILS, "measured",
                java.util.List.of(new RatioCheck(Arm.of(THREADS, 2), Arm.of(SEQUENTIAL, 1), 1.3, new RatioInterval(0.45, 0.4, 0.5, 0.99, 5, 5, true))));
        // Missed narrowly: 1.2× at best, which the waiting could have cost.
        Verdict close = new Verdict(THREADS_FASTER, Verdict.Outcome.FAILS, "measured",
                java.util.List.of(new RatioCheck(Arm.of(THREADS, 2), Arm.of(SEQUENTIAL, 1), 1.3, new RatioInterval(1.1, 1.0, 1.2, 0.99, 5, 5, true))));

        assertThat(contention.review(farOff, LEVELS, results)).isSameAs(farOff);
        assertThat(contention.review(close, LEVELS, results).outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
    }

    private static Verdict verdict(Verdict.Outcome outcome) {
        return new Verdict(THREADS_FASTER, outcome, "measured");
    }

    /** Five rounds of 10 ms whose carriers were busy all along and queued {@code queued} of it. */
    private static ModelResult result(Model model, int concurrency, double queued) {
        return result(Arm.of(model, concurrency), queued);
    }

    private static ModelResult result(Arm arm, double queued) {
        ModelResult result = new ModelResult(arm, 16, 1);
        long busy = 10_000_000L * arm.concurrency();
        for (int i = 0; i < 5; i++) {
            result.rounds().add(new RoundTiming(10_000_000, busy, busy, busy, Math.round(busy * queued)));
        }
        return result;
    }
}
