package io.github.rununder.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.testing.ScriptedSessions;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What the verdict node shows people, from the engine's result on scripted rounds. */
class ReportEntriesTest {

    @Test
    void theVerdictNodeSaysWhatTheEngineDecidedWordForWord() throws TimeoutException {
        ExperimentResult result = ScriptedSessions.busyMachine();

        Map<String, String> entries = ReportEntries.verdict(result, 0.99);

        assertThat(entries.get("rununder.verdict.1")).isEqualTo("NOT_CHECKED: " + result.verdicts().get(0).message());
        assertThat(entries.get("rununder.verdict.2")).isEqualTo("HOLDS: " + result.verdicts().get(1).message());
        assertThat(entries.get("rununder.summary")).isEqualTo("CPU-bound (CPU 100% of wall) · fastest: ASYNC · 1 of 2"
                + " expectations hold");
        assertThat(entries.get("rununder.verdict.rounds")).isEqualTo("5 interleaved rounds each");
        assertThat(entries.get("rununder.recommended")).isEqualTo("ASYNC: " + result.recommendation().orElseThrow().reason());
        assertThat(entries).containsEntry("rununder.verdict.confidence", "99.0%");
    }
}
