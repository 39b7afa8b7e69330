package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.internal.stats.Samples.result;
import static io.github.rununder.internal.stats.Samples.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntervalVerdictEngineTest {

    private final IntervalVerdictEngine engine = new IntervalVerdictEngine();

    private final ModelResult sequential = result(SEQUENTIAL, 60, 61, 62, 63, 64);
    private final ModelResult threads = result(THREADS, 10, 10.2, 10.4, 10.6, 10.8);
    private final ModelResult async = result(ASYNC, 10.1, 10.3, 10.5, 10.7, 10.9);
    private final Map<Model, ModelResult> all = results(sequential, threads, async);

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
        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 4.0), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        RatioInterval measured = verdict.checks().get(0).interval();
        assertThat(verdict.message()).isEqualTo(VerdictMessages.holdsFaster(THREADS, SEQUENTIAL, 4.0, measured))
                .startsWith("THREADS was 6.0× faster than SEQUENTIAL (99% CI 5.6×–6.4×, 5 rounds each)");
    }

    @Test
    void aClaimWhoseWholeIntervalFallsShortFails() {
        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 8.0), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(verdict.failing()).isTrue();
        assertThat(verdict.message())
                .isEqualTo(VerdictMessages.shouldBeFaster(THREADS, SEQUENTIAL, 8.0, verdict.checks().get(0).interval()))
                .isEqualTo("Expected THREADS to be at least 8.0× faster than SEQUENTIAL, but it was 6.0×"
                        + " (99% CI 5.6×–6.4×, 5 rounds each)");
    }

    @Test
    void aClaimWhoseIntervalStraddlesTheFactorIsUndecided() {
        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 6.0), all, "the budget was spent");

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.failing()).isTrue();
        assertThat(verdict.message()).isEqualTo(VerdictMessages.shouldBeDecidedFaster(THREADS, SEQUENTIAL, 6.0,
                verdict.checks().get(0).interval(), "the budget was spent"));
    }

    @Test
    void tooFewRoundsLeaveAnyClaimUndecided() {
        Map<Model, ModelResult> few = results(result(SEQUENTIAL, 60, 60, 60), result(THREADS, 10, 10, 10));

        Verdict verdict = engine.decide(new Expectation.Faster(THREADS, SEQUENTIAL, 1.0), few);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.message()).contains("(3 rounds each: too few for a 99% CI, which needs at least 5 rounds"
                + " each); no more rounds were measured");
    }

    @Test
    void aClaimOnAModelWithoutMeasurementsIsNotChecked() {
        Verdict verdict = engine.decide(new Expectation.Faster(VIRTUAL_THREADS, SEQUENTIAL, 2.0), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.failing()).isFalse();
        assertThat(verdict.message())
                .isEqualTo("VIRTUAL_THREADS at least 2.0× faster than SEQUENTIAL: not checked, VIRTUAL_THREADS has no"
                        + " measurements");
    }

    @Test
    void theFastestHoldsWhenItBeatsEveryOtherModel() {
        Map<Model, ModelResult> clear = results(sequential, threads, result(ASYNC, 20, 20.5, 21, 21.5, 22));

        Verdict verdict = engine.decide(new Expectation.Fastest(THREADS), clear);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(verdict.checks()).extracting(RatioCheck::than).containsExactly(SEQUENTIAL, ASYNC);
        assertThat(verdict.message()).startsWith("THREADS was the fastest model, 2.0× faster than the runner-up ASYNC (99% CI 1.85×–2.20×");
    }

    @Test
    void theFastestFailsNamingTheModelThatWon() {
        Verdict verdict = engine.decide(new Expectation.Fastest(SEQUENTIAL), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        RatioCheck lost = verdict.checks().stream().filter(c -> c.than() == THREADS).findFirst().orElseThrow();
        assertThat(verdict.message())
                .isEqualTo(VerdictMessages.shouldBeFastest(SEQUENTIAL, THREADS, lost.interval().inverse()))
                .startsWith("Expected SEQUENTIAL to be the fastest model, but THREADS was 6.0× faster (99% CI ");
    }

    @Test
    void theFastestIsUndecidedBetweenTwoModelsThatTie() {
        Verdict verdict = engine.decide(new Expectation.Fastest(THREADS), all, "the budget was spent");

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.message()).startsWith("Expected THREADS to be the fastest model, but could not tell it from"
                + " ASYNC: THREADS was 1.0").endsWith("which straddles 1.0×; the budget was spent");
    }

    @Test
    void theFastestNeedsAnotherModel() {
        Verdict verdict = engine.decide(new Expectation.Fastest(THREADS), results(threads));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.message()).isEqualTo("THREADS fastest: not checked, no other model has measurements");
    }

    @Test
    void theFastestAmongCandidatesHoldsWhenEveryOtherModelIsBeatenBySomeCandidate() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(THREADS, ASYNC)), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(verdict.message()).startsWith("The fastest model was one of [THREADS, ASYNC]: THREADS beat the closest"
                + " other model, SEQUENTIAL, 6.0× (99% CI ");
    }

    @Test
    void theFastestAmongCandidatesFailsWhenAnotherModelBeatsThemAll() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(SEQUENTIAL, VIRTUAL_THREADS)), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(verdict.message()).startsWith("Expected the fastest model to be one of [SEQUENTIAL, VIRTUAL_THREADS],"
                + " but ");
        assertThat(verdict.message()).contains("× faster than SEQUENTIAL, the fastest of them (99% CI ");
    }

    @Test
    void theFastestAmongCandidatesIsUndecidedWhenAnOutsiderTiesWithTheBestCandidate() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(THREADS, SEQUENTIAL)), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
        assertThat(verdict.message()).startsWith("Expected the fastest model to be one of [THREADS, SEQUENTIAL], but"
                + " could not tell THREADS from ASYNC: THREADS was 1.0");
    }

    @Test
    void theFastestAmongAllModelsThatRanTriviallyHolds() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(THREADS, SEQUENTIAL, ASYNC)), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.HOLDS);
        assertThat(verdict.message()).isEqualTo("The fastest model was one of [THREADS, SEQUENTIAL, ASYNC]: no other"
                + " model ran");
    }

    @Test
    void theFastestAmongCandidatesThatDidNotRunIsNotChecked() {
        Verdict verdict = engine.decide(new Expectation.FastestAmong(List.of(VIRTUAL_THREADS)), all);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.message()).isEqualTo("fastest model one of [VIRTUAL_THREADS]: not checked, none of them has"
                + " measurements");
    }

    @Test
    void theSameRoundsAlwaysGiveTheSameVerdict() {
        Expectation claim = new Expectation.Faster(THREADS, SEQUENTIAL, 4.0);
        assertThat(engine.decide(claim, all)).isEqualTo(engine.decide(claim, all));
    }
}
