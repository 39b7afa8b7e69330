package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.internal.stats.Samples.ONE;
import static io.github.rununder.internal.stats.Samples.result;
import static io.github.rununder.internal.stats.Samples.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Levels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalVerdictEngineTest {

    private final IntervalVerdictEngine engine = new IntervalVerdictEngine();

    private final ModelResult sequential = result(SEQUENTIAL, 60, 61, 62, 63, 64);
    private final ModelResult threads = result(THREADS, 10, 10.2, 10.4, 10.6, 10.8);
    private final ModelResult async = result(ASYNC, 10.1, 10.3, 10.5, 10.7, 10.9);
    private final Map<Arm, ModelResult> all = results(sequential, threads, async);

    @Test
    void decidesAt99PercentFromFiveRoundsEach() {
        assertThat(engine.confidence()).isEqualTo(0.99);
        assertThat(engine.minimumRounds()).isEqualTo(5);
        assertThatThrownBy(() -> new IntervalVerdictEngine(1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence must be between 0.5 and 1, not 1.0");
    }

    @Test
    void aClaimWhoseWholeIntervalClearsTheFactorHolds() {
        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 4.0), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        RatioInterval measured = verdict.checks().get(0).interval();
        assertThat(verdict.message()).isEqualTo(VerdictMessages.holdsFaster(threads.arm(), sequential.arm(), 4.0, measured))
                .startsWith("THREADS was 6.0× faster than SEQUENTIAL (99% CI 5.6×–6.4×, 5 rounds each)");
    }

    @Test
    void aClaimWhoseWholeIntervalFallsShortFails() {
        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 8.0), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(verdict.failing()).isTrue();
        assertThat(verdict.message())
                .isEqualTo(VerdictMessages.shouldBeFaster(threads.arm(), sequential.arm(), 8.0, verdict.checks().get(0).interval()))
                .isEqualTo("Expected THREADS to be at least 8.0× faster than SEQUENTIAL, but it was 6.0×"
                        + " (99% CI 5.6×–6.4×, 5 rounds each)");
    }

    @Test
    void aClaimWhoseIntervalStraddlesTheFactorIsUndecided() {
        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 6.0), ONE, all, "the budget was spent");

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.failing()).isTrue();
        assertThat(verdict.message()).isEqualTo(VerdictMessages.shouldBeDecidedFaster(threads.arm(), sequential.arm(), 6.0,
                verdict.checks().get(0).interval(), "the budget was spent"));
    }

    @Test
    void tooFewRoundsLeaveAnyClaimUndecided() {
        Map<Arm, ModelResult> few = results(result(SEQUENTIAL, 60, 60, 60), result(THREADS, 10, 10, 10));

        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 1.0), ONE, few);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.message()).contains("(3 rounds each: too few for a 99% CI, which needs at least 5 rounds"
                + " each); no more rounds were measured");
    }

    @Test
    void aClaimOnAModelWithoutMeasurementsIsNotChecked() {
        Verdict verdict = engine.decide(new Expectation.Faster(VIRTUAL_THREADS, SEQUENTIAL, 2.0), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.failing()).isFalse();
        assertThat(verdict.message())
                .isEqualTo("VIRTUAL_THREADS at least 2.0× faster than SEQUENTIAL: not checked, VIRTUAL_THREADS has no"
                        + " measurements");
    }

    @Test
    void theFastestHoldsWhenItBeatsEveryOtherModel() {
        Map<Arm, ModelResult> clear = results(sequential, threads, result(ASYNC, 20, 20.5, 21, 21.5, 22));

        Verdict verdict = engine.decide(new Expectation.Fastest(THREADS), ONE, clear);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(verdict.checks()).extracting(c -> c.than().model()).containsExactly(SEQUENTIAL, ASYNC);
        assertThat(verdict.message()).startsWith("THREADS was the fastest model, 2.0× faster than the runner-up ASYNC (99% CI 1.85×–2.20×");
    }

    @Test
    void theFastestFailsNamingTheModelThatWon() {
        Verdict verdict = engine.decide(new Expectation.Fastest(SEQUENTIAL), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        RatioCheck lost = verdict.checks().stream().filter(c -> c.than().model() == THREADS).findFirst().orElseThrow();
        assertThat(verdict.message())
                .isEqualTo(VerdictMessages.shouldBeFastest(sequential.arm(), threads.arm(), lost.interval().inverse()))
                .startsWith("Expected SEQUENTIAL to be the fastest model, but THREADS was 6.0× faster (99% CI ");
    }

    @Test
    void theFastestIsUndecidedBetweenTwoModelsThatTie() {
        Verdict verdict = engine.decide(new Expectation.Fastest(THREADS), ONE, all, "the budget was spent");

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.message()).startsWith("Expected THREADS to be the fastest model, but could not tell it from"
                + " ASYNC: THREADS was 1.0").endsWith("which straddles 1.0×; the budget was spent");
    }

    @Test
    void theFastestNeedsAnotherModel() {
        Verdict verdict = engine.decide(new Expectation.Fastest(THREADS), ONE, results(threads));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.message()).isEqualTo("THREADS fastest: not checked, no other model has measurements");
    }

    @Test
    void theFastestAmongCandidatesHoldsWhenEveryOtherModelIsBeatenBySomeCandidate() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(THREADS, ASYNC)), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(verdict.message()).startsWith("The fastest model was one of [THREADS, ASYNC]: THREADS beat the closest"
                + " other model, SEQUENTIAL, 6.0× (99% CI ");
    }

    @Test
    void theFastestAmongCandidatesFailsWhenAnotherModelBeatsThemAll() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(SEQUENTIAL, VIRTUAL_THREADS)), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(verdict.message()).startsWith("Expected the fastest model to be one of [SEQUENTIAL, VIRTUAL_THREADS],"
                + " but ");
        assertThat(verdict.message()).contains("× faster than SEQUENTIAL, the fastest of them (99% CI ");
    }

    @Test
    void theFastestAmongCandidatesIsUndecidedWhenAnOutsiderTiesWithTheBestCandidate() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(THREADS, SEQUENTIAL)), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.message()).startsWith("Expected the fastest model to be one of [THREADS, SEQUENTIAL], but"
                + " could not tell THREADS from ASYNC: THREADS was 1.0");
    }

    @Test
    void theFastestAmongAllModelsThatRanTriviallyHolds() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(THREADS, SEQUENTIAL, ASYNC)), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(verdict.message()).isEqualTo("The fastest model was one of [THREADS, SEQUENTIAL, ASYNC]: no other"
                + " model ran");
    }

    @Test
    void theFastestAmongCandidatesThatDidNotRunIsNotChecked() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(VIRTUAL_THREADS)), ONE, all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.message()).isEqualTo("fastest model one of [VIRTUAL_THREADS]: not checked, none of them has"
                + " measurements");
    }

    @Test
    void inASweepClaimsNamingModelsCompareThemAtTheHighestLevel() {
        Levels sweep = Levels.of(1, 4);
        Map<Arm, ModelResult> rounds = results(result(sweep.arm(SEQUENTIAL, 1), 40, 40.4, 40.8, 41.2, 41.6),
                result(sweep.arm(THREADS, 1), 40, 40.4, 40.8, 41.2, 41.6),
                result(sweep.arm(THREADS, 4), 10, 10.1, 10.2, 10.3, 10.4),
                result(sweep.arm(ASYNC, 1), 39, 39.4, 39.8, 40.2, 40.6),
                result(sweep.arm(ASYNC, 4), 20, 20.2, 20.4, 20.6, 20.8));

        Verdict faster = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 3.0), sweep, rounds);
        Verdict fastest = engine.decide(new Expectation.Fastest(THREADS), sweep, rounds);

        assertThat(faster.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(faster.message()).startsWith("THREADS ×4 was 4.0× faster than SEQUENTIAL (99% CI ");
        assertThat(fastest.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(fastest.checks()).extracting(c -> c.than().label()).containsExactly("SEQUENTIAL", "ASYNC ≤4");
        assertThat(fastest.message()).startsWith("THREADS ×4 was the fastest model, 2.00× faster than the runner-up"
                + " ASYNC ≤4 (99% CI ");
    }

    @Test
    void aScalingClaimComparesTheThroughputOfOneModelAtTwoLevels() {
        Levels sweep = Levels.of(1, 2, 4);
        Map<Arm, ModelResult> rounds = results(result(sweep.arm(THREADS, 1), 40, 40.4, 40.8, 41.2, 41.6),
                result(sweep.arm(THREADS, 2), 30, 30.3, 30.6, 30.9, 31.2),
                result(sweep.arm(THREADS, 4), 10, 10.1, 10.2, 10.3, 10.4));

        Verdict holds = engine.decide(new Expectation.Scaling(THREADS, 1, 4, 3.0), sweep, rounds);
        Verdict fails = engine.decide(new Expectation.Scaling(THREADS, 1, 2, 2.0), sweep, rounds);
        Verdict undecided = engine.decide(new Expectation.Scaling(THREADS, 1, 4, 4.0), sweep, rounds,
                "the budget was spent");

        assertThat(holds.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(holds.checks()).extracting(c -> c.model().label() + " over " + c.than().label())
                .containsExactly("THREADS ×4 over THREADS ×1");
        assertThat(holds.message()).isEqualTo(VerdictMessages.holdsScaling(sweep.arm(THREADS, 4), sweep.arm(THREADS, 1),
                3.0, holds.checks().get(0).interval())).startsWith("THREADS ×4 gave 4.0× the throughput of THREADS ×1"
                        + " (99% CI ");
        assertThat(fails.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(fails.message()).startsWith("Expected THREADS ×2 to give at least 2.0× the throughput of THREADS ×1,"
                + " but it gave 1.33× (99% CI ");
        assertThat(undecided.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(undecided.message()).endsWith("which straddles 4.0×; the budget was spent");
    }

    @Test
    void aScalingClaimOnALevelThatDidNotRunIsNotChecked() {
        Levels sweep = Levels.of(1, 4);
        Map<Arm, ModelResult> rounds = results(result(sweep.arm(THREADS, 1), 40, 40.4, 40.8, 41.2, 41.6));

        Verdict verdict = engine.decide(new Expectation.Scaling(THREADS, 1, 4, 3.0), sweep, rounds);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.message()).isEqualTo("THREADS ×4 at least 3.0× the throughput of THREADS ×1: not checked,"
                + " THREADS ×4 has no measurements");
    }

    @Test
    void theSameRoundsAlwaysGiveTheSameVerdict() {
        Expectation claim = new Expectation.Faster(THREADS, SEQUENTIAL, 4.0);
        assertThat(engine.decide(claim, ONE, all)).isEqualTo(engine.decide(claim, ONE, all));
    }
}
