package io.github.rununder.internal.engine;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
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

/** The explanation step of the engine, on scripted rounds and scripted recordings. */
class ExplainingTest {

    /** THREADS waits 30 ms a task on the monitor of com.example.Ledger, SEQUENTIAL not at all. */
    private static ScriptedSessions lockBound() {
        TimeSite site = new TimeSite("the monitor of com.example.Ledger", "com.example.Ledger.post",
                "LedgerTest.post:41", 80, 80 * 30_000_000L);
        return new ScriptedSessions()
                .model(SEQUENTIAL, round -> 100.0 + round % 2, 1.0, 0)
                .model(THREADS, round -> 110.0 + round % 2, 0.5, 0)
                .activity(SEQUENTIAL, new Activity(Map.of(), Map.of(), 0, 0, List.of(), 0, 0, List.of(), 500_000_000L))
                .activity(THREADS, new Activity(Map.of(TimePart.MONITOR, 80 * 30_000_000L),
                        Map.of(TimePart.MONITOR, List.of(site)), 0, 0, List.of(), 0, 0, List.of(), 550_000_000L));
    }

    private static Plan claim(double atLeast) {
        return ScriptedSessions.plan(List.of(SEQUENTIAL, THREADS), Duration.ofMinutes(2),
                new Expectation.Faster(THREADS, SEQUENTIAL, atLeast));
    }

    @Test
    void aFailedClaimHasBothModelsRecordedAgainAfterTheVerdict() throws TimeoutException {
        ScriptedSessions sessions = lockBound();

        ExperimentResult result = sessions.run(claim(1.5), ScriptedSessions.EXPLAINING);

        assertThat(result.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.FAILS);
        assertThat(sessions.recorded()).containsExactlyInAnyOrder("SEQUENTIAL", "THREADS");
        var threads = result.model(THREADS).orElseThrow().interleaved();
        assertThat(threads.timeBudget()).isPresent();
        var budget = threads.timeBudget().orElseThrow();
        assertThat(budget.tasks()).isEqualTo(16 * 5);
        assertThat(budget.nanos().get(TimePart.MONITOR)).isEqualTo(80 * 30_000_000L);
        assertThat(budget.sites(TimePart.MONITOR)).extracting(TimeSite::describe)
                .containsExactly("Ledger.post ← LedgerTest.post:41");
        assertThat(result.explanations()).singleElement().satisfies(explanation -> {
            assertThat(explanation.cause()).isEqualTo(TimePart.MONITOR);
            assertThat(explanation.share()).isGreaterThan(0.9);
            assertThat(explanation.site()).isEqualTo("Ledger.post ← LedgerTest.post:41");
        });
        assertThat(result.verdicts().get(0).message())
                .startsWith("Expected THREADS to be at least 1.5× faster than SEQUENTIAL, but it was ")
                .containsPattern(" Why: THREADS was 0\\.9\\d× SEQUENTIAL: \\d+% of its extra time is waiting to enter the"
                        + " monitor of com\\.example\\.Ledger \\(Ledger\\.post ← LedgerTest\\.post:41\\)\\.$");
        // the recorded rounds come after the verdict's, a warm-up round each and the declared five recorded
        List<String> ran = sessions.ran();
        assertThat(ran.subList(ran.size() - 12, ran.size())).filteredOn(r -> r.startsWith("THREADS")).hasSize(6);
    }

    @Test
    void aClaimThatHoldsRecordsNothing() throws TimeoutException {
        ScriptedSessions sessions = lockBound();

        ExperimentResult result = sessions.run(claim(0.5), ScriptedSessions.EXPLAINING);

        assertThat(result.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.HOLDS);
        assertThat(sessions.recorded()).isEmpty();
        assertThat(result.explanations()).isEmpty();
        assertThat(result.model(THREADS).orElseThrow().interleaved().timeBudget()).isEmpty();
    }

    @Test
    void withExplainOnEveryModelIsRecordedEvenWhenTheClaimsHold() throws TimeoutException {
        ScriptedSessions sessions = lockBound();
        EngineSettings on = new EngineSettings(true, Duration.ofSeconds(30), "budget", Duration.ZERO, 2,
                ExplainMode.ON, PinningMode.REPORT);

        sessions.run(claim(0.5), on);

        assertThat(sessions.recorded()).containsExactlyInAnyOrder("SEQUENTIAL", "THREADS");
    }

    @Test
    void withExplainOffNothingIsRecorded() throws TimeoutException {
        ScriptedSessions sessions = lockBound();
        EngineSettings off = new EngineSettings(true, Duration.ofSeconds(30), "budget", Duration.ZERO, 2,
                ExplainMode.OFF, PinningMode.REPORT);

        ExperimentResult result = sessions.run(claim(1.5), off);

        assertThat(result.verdicts()).extracting(Verdict::outcome).containsExactly(Verdict.Outcome.FAILS);
        assertThat(sessions.recorded()).isEmpty();
    }

    @Test
    void aModelThatCannotBeRecordedLeavesTheVerdictAsItWasWithAWarning() throws TimeoutException {
        ScriptedSessions sessions = new ScriptedSessions()
                .model(SEQUENTIAL, round -> 100.0 + round % 2, 1.0, 0)
                .model(THREADS, round -> 110.0 + round % 2, 0.5, 0);

        ExperimentResult result = sessions.run(claim(1.5), ScriptedSessions.EXPLAINING);

        Verdict verdict = result.verdicts().get(0);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.FAILS);
        assertThat(verdict.message()).doesNotContain("Why:");
        assertThat(result.explanations()).isEmpty();
        assertThat(result.warnings()).filteredOn(w -> w.kind() == Warning.Kind.NOT_EXPLAINED)
                .extracting(Warning::text)
                .containsExactly("where THREADS's time went could not be recorded: this JVM has no jdk.jfr module",
                        "where SEQUENTIAL's time went could not be recorded: this JVM has no jdk.jfr module");
    }
}
