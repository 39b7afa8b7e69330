package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.assertj.RunUnderAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.testing.ScriptedSessions;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The code-driven API reads the engine's one result: the same verdict words, the same review for a
 * busy machine and the same recommendation as the annotation's verdict node (whose entries
 * {@code internal.junit.ReportEntriesTest} checks against the same scripted rounds).
 */
class OneEngineTest {

    @Test
    void aComparisonSaysWhatTheEngineDecidedWordForWord() throws TimeoutException {
        ExperimentResult result = ScriptedSessions.busyMachine();
        Comparison comparison = new Comparison(result);

        assertThat(comparison.verdicts()).containsExactlyElementsOf(result.verdicts().stream()
                .map(verdict -> verdict.outcome() + ": " + verdict.message()).toList());
        assertThat(comparison.verdicts().get(0)).startsWith("NOT_CHECKED: THREADS at least 1.8× faster than SEQUENTIAL:"
                + " not checked, the machine was busy: THREADS's threads waited for a core 60% of their busy time");
        assertThat(comparison.verdicts().get(1)).startsWith("HOLDS: ASYNC was ");
        assertThat(comparison.fastestModel()).isEqualTo(ASYNC);
        assertThat(comparison.recommendedModel()).isEqualTo(result.recommendation().map(r -> r.model()));
        assertThat(comparison.recommendationReason()).isEqualTo(result.recommendation().map(r -> r.reason()));
    }

    @Test
    void anAssertionOnAFinishedComparisonGetsTheSameReviewForABusyMachine() throws TimeoutException {
        ExperimentResult result = ScriptedSessions.busyMachine();
        Comparison comparison = new Comparison(result);
        Verdict declared = result.verdicts().get(0);

        assertThatThrownBy(() -> assertThat(comparison).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(1.8))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected THREADS to be at least 1.8× faster than SEQUENTIAL, but it could not be checked: "
                        + declared.message());
        assertThat(comparison).model(ASYNC).isFasterThan(SEQUENTIAL).byAtLeast(1.5);
    }
}
