package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.plan.Expectation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentionTest {

    private static final Expectation THREADS_FASTER = new Expectation.Faster(THREADS, SEQUENTIAL, 1.3);

    private final Contention contention = new Contention(2);

    @Test
    void aFailureIsNotCheckedWhenTheClaimedModelWaitedForCores() {
        Map<Model, ModelResult> results = Map.of(THREADS, result(THREADS, 2, 0.40), SEQUENTIAL, result(SEQUENTIAL, 1, 0.02));

        Verdict reviewed = contention.review(verdict(Verdict.Outcome.FAILS), results);

        assertThat(reviewed.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(reviewed.message()).isEqualTo("THREADS at least 1.3× faster than SEQUENTIAL: not checked, the machine"
                + " was busy: THREADS's threads waited for a core 40% of their busy time (none expected from 2 threads on 2"
                + " cores), which alone could explain what was measured (measured)");
    }

    @Test
    void aHoldIsNotCheckedWhenTheBeatenModelWaitedForCores() {
        Map<Model, ModelResult> results = Map.of(THREADS, result(THREADS, 2, 0.01), SEQUENTIAL, result(SEQUENTIAL, 1, 0.30));

        assertThat(contention.review(verdict(Verdict.Outcome.HOLDS), results).outcome())
                .isEqualTo(Verdict.Outcome.NOT_CHECKED);
    }

    @Test
    void contentionThatWorksForTheClaimLeavesTheVerdictAlone() {
        // A starved claimed model that still held, or a starved beaten model that still won: no doubt.
        assertThat(contention.review(verdict(Verdict.Outcome.HOLDS),
                Map.of(THREADS, result(THREADS, 2, 0.5), SEQUENTIAL, result(SEQUENTIAL, 1, 0))).outcome())
                .isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS),
                Map.of(THREADS, result(THREADS, 2, 0), SEQUENTIAL, result(SEQUENTIAL, 1, 0.5))).outcome())
                .isEqualTo(Verdict.Outcome.FAILS);
    }

    @Test
    void waitingThatTheNumberOfThreadsExplainsIsNotContention() {
        // Eight computing threads on two cores wait three quarters of the time on an idle machine.
        ModelResult eight = result(THREADS, 8, 0.80);

        assertThat(contention.excess(eight)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS),
                Map.of(THREADS, eight, SEQUENTIAL, result(SEQUENTIAL, 1, 0))).outcome()).isEqualTo(Verdict.Outcome.FAILS);
    }

    @Test
    void modelsWhoseCarriersAreUnknownAreNeverSuspect() {
        ModelResult async = new ModelResult(ASYNC, 4, 2, 0);
        async.rounds().add(new RoundTiming(1_000_000, 900_000, -1, -1, -1));
        Expectation claim = new Expectation.Faster(ASYNC, SEQUENTIAL, 2);
        Verdict failed = new Verdict(claim, Verdict.Outcome.FAILS, "measured");

        assertThat(contention.excess(async)).isNaN();
        assertThat(contention.review(failed, Map.of(ASYNC, async, SEQUENTIAL, result(SEQUENTIAL, 1, 0)))).isSameAs(failed);
    }

    @Test
    void tasksThatWaitOnIoAreNeverSuspectHoweverLateTheyWakeUp() {
        // Carriers busy all along, 40% of it waiting for a core, computing 2% of their running time: sleeps.
        ModelResult sleeping = new ModelResult(THREADS, 16, 2, 1);
        for (int i = 0; i < 5; i++) {
            sleeping.rounds().add(new RoundTiming(10_000_000, 240_000, 240_000, 20_000_000, 8_000_000));
        }
        Map<Model, ModelResult> results = Map.of(THREADS, sleeping, SEQUENTIAL, result(SEQUENTIAL, 1, 0));

        assertThat(contention.excess(sleeping)).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contention.review(verdict(Verdict.Outcome.FAILS), results).outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(contention.review(verdict(Verdict.Outcome.UNDECIDED), results).outcome())
                .isEqualTo(Verdict.Outcome.UNDECIDED);
    }

    @Test
    void aVerdictStandsWhenTheWaitingCannotExplainIt() {
        Map<Model, ModelResult> results = Map.of(THREADS, result(THREADS, 2, 0.40), SEQUENTIAL, result(SEQUENTIAL, 1, 0.02));
        // Missed by far: 0.5× at best, and 40% more speed would give 0.83×, still short of 1.3×.
        Verdict farOff = new Verdict(THREADS_FASTER, Verdict.Outcome.FAILS, "measured",
                java.util.List.of(new RatioCheck(THREADS, SEQUENTIAL, 1.3, new RatioInterval(0.45, 0.4, 0.5, 0.99, 5, 5, true))));
        // Missed narrowly: 1.2× at best, which the waiting could have cost.
        Verdict close = new Verdict(THREADS_FASTER, Verdict.Outcome.FAILS, "measured",
                java.util.List.of(new RatioCheck(THREADS, SEQUENTIAL, 1.3, new RatioInterval(1.1, 1.0, 1.2, 0.99, 5, 5, true))));

        assertThat(contention.review(farOff, results)).isSameAs(farOff);
        assertThat(contention.review(close, results).outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
    }

    private static Verdict verdict(Verdict.Outcome outcome) {
        return new Verdict(THREADS_FASTER, outcome, "measured");
    }

    /** Five rounds of 10 ms whose carriers were busy all along and queued {@code queued} of it. */
    private static ModelResult result(Model model, int concurrency, double queued) {
        ModelResult result = new ModelResult(model, 16, concurrency, 1);
        long busy = 10_000_000L * concurrency;
        for (int i = 0; i < 5; i++) {
            result.rounds().add(new RoundTiming(10_000_000, busy, busy, busy, Math.round(busy * queued)));
        }
        return result;
    }
}
