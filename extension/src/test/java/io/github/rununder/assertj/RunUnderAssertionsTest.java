package io.github.rununder.assertj;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.assertj.RunUnderAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.ModelFigures;
import io.github.rununder.Task;
import io.github.rununder.TaskInfo;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.VirtualThreads;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.RatioInterval;
import io.github.rununder.internal.stats.VerdictMessages;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AssertJ assertions on real comparisons: naps (claims off by 3× or more) and sleeps chosen
 * per round, whose intervals straddle 1.0× whatever the machine does.
 */
class RunUnderAssertionsTest {

    private static Comparison naps;
    private static Comparison straddling;

    @BeforeAll
    static void measure() {
        // 16 naps of 15 ms: 240 ms in sequence, 30 ms eight at a time. The claim asserted below is declared
        // too, so that a busy machine's wide interval gets more rounds, as it would under @ExpectFaster.
        naps = Compare.workload(new Nap()).model(SEQUENTIAL, THREADS).concurrency(8)
                .expectFaster(THREADS, SEQUENTIAL, 3.0).run();
        // Both models alternate rounds of 10 ms and 40 ms: every interval spans 0.25× to 4×.
        straddling = Compare.workload(new Alternating()).model(SEQUENTIAL, THREADS).tasks(1).concurrency(1).warmup(0)
                .run();
    }

    @Test
    void trueClaimsOnNapsHold() {
        assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0);
        assertThat(naps).fastestModel().isIn(THREADS, PROCESSES);
        assertThat(naps).fastestModel().isEqualTo(THREADS).isNotEqualTo(SEQUENTIAL).isNotIn(SEQUENTIAL);
        assertThat(naps).classification().isEqualTo(WorkloadKind.IO_BOUND);
    }

    @Test
    void aFalseSpeedClaimThrowsAnAssertionErrorNamingBothModels() {
        RatioInterval measured = interval(naps, THREADS, SEQUENTIAL);

        assertFails(() -> assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(50.0),
                VerdictMessages.shouldBeFaster(arm(naps, THREADS), arm(naps, SEQUENTIAL), 50.0, measured));
        assertFails(() -> assertThat(naps).model(SEQUENTIAL).isFasterThan(THREADS),
                VerdictMessages.shouldBeFaster(arm(naps, SEQUENTIAL), arm(naps, THREADS), 1.0, interval(naps, SEQUENTIAL, THREADS)));
    }

    @Test
    void aFalseFastestClaimNamesTheWinner() {
        assertFails(() -> assertThat(naps).fastestModel().isEqualTo(SEQUENTIAL),
                VerdictMessages.shouldBeFastest(arm(naps, SEQUENTIAL), arm(naps, THREADS), interval(naps, THREADS, SEQUENTIAL)));
        assertFails(() -> assertThat(naps).fastestModel().isIn(SEQUENTIAL, VIRTUAL_THREADS),
                "Expected the fastest model to be one of [SEQUENTIAL, VIRTUAL_THREADS], but THREADS was ");
        assertFails(() -> assertThat(naps).fastestModel().isNotEqualTo(THREADS),
                VerdictMessages.shouldBeFastest(arm(naps, SEQUENTIAL), arm(naps, THREADS), interval(naps, THREADS, SEQUENTIAL)));
    }

    @Test
    void anUndecidedClaimFailsWithItsIntervalAndHowToMeasureMore() {
        assertFails(() -> assertThat(straddling).model(THREADS).isFasterThan(SEQUENTIAL),
                VerdictMessages.shouldBeDecidedFaster(arm(straddling, THREADS), arm(straddling, SEQUENTIAL), 1.0, interval(straddling, THREADS, SEQUENTIAL),
                        Decisions.UNDECIDED_REASON));
        assertFails(() -> assertThat(straddling).fastestModel().isEqualTo(THREADS),
                VerdictMessages.shouldBeDecidedFastest(arm(straddling, THREADS), arm(straddling, SEQUENTIAL), interval(straddling, THREADS, SEQUENTIAL),
                        Decisions.UNDECIDED_REASON));
    }

    @Test
    void aClaimOnASkippedModelFailsSayingWhyItDidNotRun() {
        assumeFalse(VirtualThreads.available(), "this JVM has virtual threads");
        Comparison withoutVirtualThreads = Compare.workload(info -> {}).model(SEQUENTIAL, VIRTUAL_THREADS).tasks(1).run();

        assertFails(() -> assertThat(withoutVirtualThreads).model(VIRTUAL_THREADS).isFasterThan(SEQUENTIAL),
                VerdictMessages.shouldHaveRun("Expected VIRTUAL_THREADS to be at least 1.0× faster than SEQUENTIAL",
                        VIRTUAL_THREADS, VirtualThreads.unavailableReason()));
    }

    @Test
    void theDescriptionPrefixesEveryFailure() {
        assertThatThrownBy(() -> assertThat(naps).as("naps").model(SEQUENTIAL).isFasterThan(THREADS))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[naps] Expected SEQUENTIAL to be at least 1.0× faster than THREADS, but it was");
        assertThatThrownBy(() -> assertThat(naps).as("naps").classification().isEqualTo(WorkloadKind.CPU_BOUND))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[naps]");
    }

    @Test
    void badArgumentsAreIllegalArgumentsNotFailures() {
        assertIllegal(() -> assertThat(naps).model(null), "model(null): name a model");
        assertIllegal(() -> assertThat(naps).model(ASYNC), "model(ASYNC): ASYNC is not among the models of"
                + " Compare.workload(Nap), [SEQUENTIAL, THREADS]");
        assertIllegal(() -> assertThat(naps).model(THREADS).isFasterThan(THREADS), "isFasterThan(THREADS): compares"
                + " THREADS with itself; name another model");
        assertIllegal(() -> assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(0.5), "byAtLeast(0.5):"
                + " the factor must be a finite number of at least 1.0, such as 4.0 for four times as fast;"
                + " isFasterThan(SEQUENTIAL) already asks for 1.0");
        assertIllegal(() -> assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(Double.NaN),
                "byAtLeast(NaN): the factor must be a finite number of at least 1.0, such as 4.0 for four times as"
                        + " fast; isFasterThan(SEQUENTIAL) already asks for 1.0");
        assertIllegal(() -> assertThat(naps).fastestModel().isIn(), "isIn([]): name at least one model");
        assertIllegal(() -> assertThat(naps).fastestModel().isIn(THREADS, "SEQUENTIAL"),
                "isIn(SEQUENTIAL): name a Model, such as Model.THREADS");
        assertIllegal(() -> assertThat(naps).fastestModel().isEqualTo(null), "isEqualTo(null): name a Model, such as"
                + " Model.THREADS");
        assertIllegal(() -> assertThat(naps).fastestModel().isNotIn(SEQUENTIAL, THREADS), "isNotIn([SEQUENTIAL, THREADS]):"
                + " that excludes every model of Compare.workload(Nap); leave at least one out");
    }

    @Test
    void theActualValuesAreTheMeasuredFigures() {
        assertThat(naps).fastestModel().isSameAs(THREADS);
        assertThat(naps).model(THREADS).isSameAs(naps.figures(THREADS)).isFasterThan(SEQUENTIAL)
                .isEqualTo(naps.speedup(THREADS, SEQUENTIAL));
    }

    @Test
    void anUnclassifiableComparisonFailsItsClassification() {
        org.assertj.core.api.Assertions.assertThat(ShouldBeClassified.shouldBeClassified("Compare.workload(Nap)"))
                .isEqualTo("Expecting Compare.workload(Nap) to be classified, but no in-process model measured CPU time");
    }

    private static Arm arm(Comparison comparison, Model model) {
        return Arm.of(model, comparison.figures(model).concurrency());
    }

    /** The interval the engine computes on a comparison's rounds, for the expected messages. */
    private static RatioInterval interval(Comparison comparison, Model model, Model than) {
        IntervalVerdictEngine engine = new IntervalVerdictEngine();
        return engine.ratio(result(comparison.figures(model)), result(comparison.figures(than)));
    }

    private static ModelResult result(ModelFigures figures) {
        ModelResult result = new ModelResult(figures.model(), figures.tasks(), figures.concurrency(), 0);
        for (Duration round : figures.rounds()) {
            result.rounds().add(round.toNanos(), -1);
        }
        return result;
    }

    private static void assertFails(ThrowingCallable assertion, String messageStart) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessageStartingWith(messageStart);
    }

    private static void assertIllegal(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** Waits 15 ms, as a network call would. */
    public static class Nap implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(15);
        }
    }

    /** 10 ms on even rounds, 40 ms on odd ones, under every model. */
    public static class Alternating implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(task.round() % 2 == 0 ? 10 : 40);
        }
    }

}
