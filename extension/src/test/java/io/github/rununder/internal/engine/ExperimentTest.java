package io.github.rununder.internal.engine;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.Model;
import io.github.rununder.TaskFailedException;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.testing.ScriptedSessions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The engine on scripted sessions: exact round times, so that every decision and every word is known. */
class ExperimentTest {

    private static final EngineSettings SETTINGS = ScriptedSessions.SETTINGS;

    @Test
    void whatWarmedUpDuringTheFirstNodeCannotMakeAFalseClaimHold() throws TimeoutException {
        // SEQUENTIAL's own rounds pay for something that warms up (6 ms a task instead of 1 ms); by the time
        // THREADS ×1 runs, it is warm. Measured interleaved, both take the same time.
        ScriptedSessions script = new ScriptedSessions()
                .model(SEQUENTIAL, round -> round < 5 ? 96.0 : 16.0 + round % 3 * 0.1)
                .model(THREADS, round -> 16.0 + round % 2 * 0.1);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), new Expectation.Faster(THREADS, SEQUENTIAL, 1.5));

        ExperimentResult result = run(plan, script);

        Verdict verdict = result.verdicts().get(0);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(verdict.message()).startsWith("Expected THREADS to be at least 1.5× faster than SEQUENTIAL, but it was"
                + " 1.00× (99% CI ").endsWith(", 5 rounds each)");
        assertThat(result.warnings()).extracting(Warning::text).containsExactly("The model nodes showed THREADS 6.0× as"
                + " fast as SEQUENTIAL, but measured interleaved it was 1.00× (99% CI 0.99×–1.01×, 5 rounds each). The verdict uses the interleaved rounds:"
                + " rounds measured one model after another carry whatever warmed up or changed between the nodes");
        assertThat(result.model(SEQUENTIAL).orElseThrow().interleaved().warnings()).extracting(Warning::text)
                .containsExactly("its rounds measured interleaved with the other models' (median 16.1 ms) were 6.0×"
                        + " faster than its own rounds in its node (median 96.0 ms): something warmed up or the machine"
                        + " changed between the nodes; comparisons use the interleaved rounds");
    }

    @Test
    void aTrueClaimStillHoldsWhenTheFirstNodePaidForTheWarmUp() throws TimeoutException {
        ScriptedSessions script = new ScriptedSessions()
                .model(SEQUENTIAL, round -> round < 5 ? 96.0 : 64.0 + round % 3)
                .model(THREADS, round -> 16.0 + round % 2);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), new Expectation.Faster(THREADS, SEQUENTIAL, 2.0));

        ExperimentResult result = run(plan, script);

        assertThat(result.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void everyModelRunsAloneThenAllRunInShuffledCyclesNumberedAfterTheirOwnRounds() throws TimeoutException {
        ScriptedSessions script = new ScriptedSessions().model(SEQUENTIAL, round -> 40.0).model(THREADS, round -> 20.0)
                .model(ASYNC, round -> 10.0);

        ExperimentResult result = run(plan(List.of(SEQUENTIAL, THREADS, ASYNC)), script);

        List<String> ran = script.ran();
        // Own runs: one warm-up round and five measured, one model after another.
        assertThat(ran.subList(0, 18)).containsExactly("SEQUENTIAL -1", "SEQUENTIAL 0", "SEQUENTIAL 1", "SEQUENTIAL 2",
                "SEQUENTIAL 3", "SEQUENTIAL 4", "THREADS -1", "THREADS 0", "THREADS 1", "THREADS 2", "THREADS 3",
                "THREADS 4", "ASYNC -1", "ASYNC 0", "ASYNC 1", "ASYNC 2", "ASYNC 3", "ASYNC 4");
        // Opened again, warmed up again, then cycles of one round each.
        assertThat(ran.subList(18, 21)).containsExactly("SEQUENTIAL -1", "THREADS -1", "ASYNC -1");
        for (int cycle = 0; cycle < 5; cycle++) {
            assertThat(ran.subList(21 + 3 * cycle, 24 + 3 * cycle)).containsExactlyInAnyOrder("SEQUENTIAL " + (5 + cycle),
                    "THREADS " + (5 + cycle), "ASYNC " + (5 + cycle));
        }
        assertThat(ran).hasSize(36);
        assertThat(script.opened(THREADS)).isEqualTo(2);
        assertThat(result.verdictRun().orElseThrow().roundsEach()).isEqualTo(5);
        assertThat(result.fastest()).contains(ASYNC);
    }

    @Test
    void theFastestModelAndTheRecommendationRestOnTheInterleavedRounds() throws TimeoutException {
        // Alone, THREADS looked fastest; interleaved, ASYNC is, by far more than the noise.
        ScriptedSessions script = new ScriptedSessions()
                .model(SEQUENTIAL, round -> 100.0 + round % 2)
                .model(THREADS, round -> round < 5 ? 10.0 : 30.0 + round % 2)
                .model(ASYNC, round -> 20.0 + round % 2);

        ExperimentResult result = run(plan(List.of(SEQUENTIAL, THREADS, ASYNC)), script);

        assertThat(result.fastest()).contains(ASYNC);
        assertThat(result.recommendation().orElseThrow().model()).isEqualTo(ASYNC);
        assertThat(result.recommendation().orElseThrow().reason()).isEqualTo("IO-bound: ASYNC is the fastest, 4.8×"
                + " SEQUENTIAL");
    }

    @Test
    void aVerdictABusyMachineCouldHaveProducedIsLeftUncheckedWithTheMeasuredWaiting() throws TimeoutException {
        // Computing tasks; THREADS' carriers waited for a core 60% of their busy time in the interleaved rounds.
        ScriptedSessions script = new ScriptedSessions()
                .model(SEQUENTIAL, round -> 100.0 + round % 2, 1.0, 0)
                .model(THREADS, round -> 66.0 + round % 2, 1.0, 0.6);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), new Expectation.Faster(THREADS, SEQUENTIAL, 1.8));

        ExperimentResult result = run(plan, script);

        Verdict verdict = result.verdicts().get(0);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
        assertThat(verdict.message()).startsWith("THREADS at least 1.8× faster than SEQUENTIAL: not checked, the machine"
                + " was busy: THREADS's threads waited for a core 60% of their busy time (none expected from 2 threads on"
                + " 2 cores), which alone could explain what was measured (Expected THREADS to be at least 1.8× faster"
                + " than SEQUENTIAL, but it was 1.5");
        // The same claim asked afterwards, as an AssertJ assertion asks it, is judged the same way.
        assertThat(result.judge(new Expectation.Faster(THREADS, SEQUENTIAL, 1.8), "no more rounds").message())
                .isEqualTo(verdict.message());
    }

    @Test
    void aClaimOnAModelThatFailedIsNotCheckedAndSaysWhy() throws TimeoutException {
        ScriptedSessions script = new ScriptedSessions().model(SEQUENTIAL, round -> 10.0).model(THREADS, round -> 5.0);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), new Expectation.Faster(THREADS, SEQUENTIAL, 1.5));
        Experiment experiment = new Experiment(plan, SETTINGS, Map.of());
        experiment.measure(arm(plan, SEQUENTIAL), script);
        assertThatThrownBy(() -> experiment.measure(arm(plan, THREADS), model -> {
            throw new TaskFailedException(THREADS, 2, 0, new IllegalStateException("boom"));
        })).isInstanceOf(TaskFailedException.class);

        ExperimentResult result = experiment.conclude(script);

        assertThat(result.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
            assertThat(verdict.message()).isEqualTo("THREADS at least 1.5× faster than SEQUENTIAL: not checked, THREADS"
                    + " failed: THREADS: task 2 (round 1) failed: java.lang.IllegalStateException: boom");
        });
        assertThat(result.verdictRun()).isEmpty();
        assertThat(script.opened(SEQUENTIAL)).isEqualTo(1);
    }

    @Test
    void withClaimsOffTheModelsAreStillComparedInterleavedButNothingIsDecided() throws TimeoutException {
        ScriptedSessions script = new ScriptedSessions().model(SEQUENTIAL, round -> 10.0).model(THREADS, round -> 5.0);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), new Expectation.Faster(THREADS, SEQUENTIAL, 1.5));

        ExperimentResult result = run(plan, script, new EngineSettings(false, Duration.ofSeconds(30), "budget",
                Duration.ZERO, 2));

        assertThat(result.verdicts()).isEmpty();
        assertThat(result.verdictRun().orElseThrow().roundsEach()).isEqualTo(5);
        assertThat(result.fastest()).contains(THREADS);
    }

    @Test
    void whenTheTimeLimitAllowsNoInterleavedRoundClaimsAreNotCheckedOnRoundsMeasuredOneAfterAnother()
            throws TimeoutException {
        // A cycle of both is expected to take 170 ms (their own medians); twice that is more than the 200 ms limit.
        // (Scripted rounds take no real time, so each model's own run fits.)
        ScriptedSessions script = new ScriptedSessions().model(SEQUENTIAL, round -> 80.0).model(THREADS, round -> 90.0);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS), Duration.ofMillis(200),
                new Expectation.Faster(THREADS, SEQUENTIAL, 1.0));

        ExperimentResult result = run(plan, script);

        assertThat(result.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_CHECKED);
            assertThat(verdict.message()).isEqualTo("THREADS at least 1.0× faster than SEQUENTIAL: not checked, the time"
                    + " limit (200 ms from @Timeout) left no time to measure the models interleaved, and rounds measured"
                    + " one model after another alone decide nothing");
        });
        assertThat(result.verdictRun().orElseThrow().roundsEach()).isZero();
        assertThat(result.model(THREADS).orElseThrow().interleaved()).isNull();
    }

    @Test
    void aConcludedResultIsFinal() throws TimeoutException {
        ScriptedSessions script = new ScriptedSessions().model(SEQUENTIAL, round -> 10.0).model(THREADS, round -> 5.0);
        Plan plan = plan(List.of(SEQUENTIAL, THREADS));
        Experiment experiment = new Experiment(plan, SETTINGS, Map.of());
        experiment.measure(arm(plan, SEQUENTIAL), script);
        experiment.measure(arm(plan, THREADS), script);
        ExperimentResult result = experiment.conclude(script);

        assertThatThrownBy(() -> experiment.conclude(script)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Scripted.task() is already concluded");
        assertThatThrownBy(() -> result.model(THREADS).orElseThrow().interleaved().add(
                new io.github.rununder.internal.measure.RoundTiming(1, 1, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("THREADS's result is final: the comparison is over");
    }

    private static Arm arm(Plan plan, Model model) {
        return plan.levels().compared(model);
    }

    private static Plan plan(List<Model> models, Expectation... expectations) {
        return ScriptedSessions.plan(models, Duration.ofMinutes(2), expectations);
    }

    private static Plan plan(List<Model> models, Duration limit, Expectation... expectations) {
        return ScriptedSessions.plan(models, limit, expectations);
    }

    private static ExperimentResult run(Plan plan, ScriptedSessions script) throws TimeoutException {
        return script.run(plan, SETTINGS);
    }

    private static ExperimentResult run(Plan plan, ScriptedSessions script, EngineSettings settings)
            throws TimeoutException {
        return script.run(plan, settings);
    }
}
