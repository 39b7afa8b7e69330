package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Bad sweeps and bad scaling claims, with the annotation and with {@code Compare}: each refused with its words. */
class SweepErrorsTest {

    static final AtomicInteger tasksRun = new AtomicInteger();

    @Test
    void anEmptyConcurrencyIsRefused() {
        assertConfigurationError(NoLevels.class, "Configuration error: @RunUnder on method [NoLevels.task()] must be"
                + " declared with at least one value in 'concurrency', but it is empty. Give the concurrency to run at"
                + " (concurrency = 8) or the levels of a sweep (concurrency = {1, 2, 4, 8}), or leave it out for the"
                + " default.");
        assertRefused(() -> Compare.workload(info -> {}).concurrency(), "concurrency(): name at least one concurrency,"
                + " such as concurrency(8), or the levels of a sweep, such as concurrency(1, 2, 4, 8)");
        assertRefused(() -> Compare.workload(info -> {}).concurrency((int[]) null), "concurrency(): name at least one"
                + " concurrency");
    }

    @Test
    void aLevelListedTwiceIsRefused() {
        assertConfigurationError(RepeatedLevel.class, "Configuration error: @RunUnder on method [RepeatedLevel.task()]"
                + " lists 4 more than once in 'concurrency' {1, 4, 4}. List each concurrency once.");
        assertRefused(() -> Compare.workload(info -> {}).concurrency(1, 4, 4), "concurrency(1, 4, 4): 4 is listed"
                + " twice; list each concurrency once");
    }

    @Test
    void aLevelBelowOneIsRefusedNamingTheSweep() {
        assertConfigurationError(LevelBelowOne.class, "Configuration error: @RunUnder on method [LevelBelowOne.task()]"
                + " must be declared with positive levels in 'concurrency', but {0, 2, 4} lists 0. Set each level to"
                + " the number of threads, worker processes or in-flight tasks.");
        assertRefused(() -> Compare.workload(info -> {}).concurrency(0, 2, -1, -1), "concurrency(0, 2, -1, -1): each"
                + " level, the number of threads, worker processes or in-flight tasks, must be at least 1, but 0 is not");
    }

    @Test
    void aScalingClaimAboutSequentialIsRefused() {
        assertConfigurationError(SequentialScaling.class, "Configuration error: @ExpectScaling on method"
                + " [SequentialScaling.task()] names SEQUENTIAL in 'model', but SEQUENTIAL runs one task at a time, at"
                + " concurrency 1 only. Name a model that runs at every level of 'concurrency': THREADS,"
                + " VIRTUAL_THREADS, PROCESSES or ASYNC.");
        assertRefused(() -> Compare.workload(info -> {}).expectScaling(SEQUENTIAL, 1, 4, 2.0), "expectScaling("
                + "SEQUENTIAL, 1, 4, 2.0): SEQUENTIAL runs one task at a time, at concurrency 1 only; name THREADS,"
                + " VIRTUAL_THREADS, PROCESSES or ASYNC");
        assertRefused(() -> Compare.workload(info -> {}).expectScaling(null, 1, 4, 2.0), "expectScaling(null, 1, 4,"
                + " 2.0): name the model expected to scale");
    }

    @Test
    void aScalingClaimOnALevelTheSweepDoesNotRunIsRefused() {
        assertConfigurationError(LevelNotSwept.class, "Configuration error: @ExpectScaling on method"
                + " [LevelNotSwept.task()] names 32 in 'to', but @RunUnder's 'concurrency' {1, 2, 4} does not list it."
                + " Add 32 to 'concurrency' or change the expectation.");
        Compare claim = Compare.workload(info -> {}).model(THREADS).concurrency(4, 1, 2).expectScaling(THREADS, 1, 32, 2.0);
        assertRefused(claim::run, "expectScaling(THREADS, 1, 32, 2.0) names concurrency 32, which is not among the"
                + " concurrencies [1, 2, 4]. Add it with concurrency(...) or change the claim.");
    }

    @Test
    void aScalingClaimFromTheHigherLevelIsRefused() {
        assertConfigurationError(LevelsOutOfOrder.class, "Configuration error: @ExpectScaling on method"
                + " [LevelsOutOfOrder.task()] must be declared with 'from' below 'to', but from = 4 and to = 2. 'to' is"
                + " the higher concurrency, expected to give at least 'atLeast' times the throughput at 'from'.");
        assertRefused(() -> Compare.workload(info -> {}).expectScaling(THREADS, 4, 4, 2.0), "expectScaling(THREADS, 4,"
                + " 4, 2.0): 'from' must be below 'to'; 'to' is the higher concurrency, expected to give at least"
                + " 'atLeast' times the throughput at 'from'");
    }

    @Test
    void aScalingFactorThatIsNotPositiveIsRefused() {
        assertConfigurationError(ZeroScaling.class, "Configuration error: @ExpectScaling on method [ZeroScaling.task()]"
                + " must be declared with a positive, finite 'atLeast', but was 0.0. Use 1.0 for \"at least the same"
                + " throughput\", 4.0 for \"four times the throughput\".");
        assertRefused(() -> Compare.workload(info -> {}).expectScaling(THREADS, 1, 4, Double.POSITIVE_INFINITY),
                "expectScaling(THREADS, 1, 4, Infinity): the factor must be positive and finite, such as 1.0 (at least"
                        + " the same throughput) or 4.0 (four times the throughput)");
    }

    @Test
    void aScalingClaimOnAModelThatDoesNotRunIsRefused() {
        assertConfigurationError(ScalingMissingModel.class, "Configuration error: @ExpectScaling on method"
                + " [ScalingMissingModel.task()] names THREADS in 'model', but @RunUnder's 'model' does not list it.");
        Compare claim = Compare.workload(info -> {}).model(SEQUENTIAL, Model.ASYNC).concurrency(1, 2)
                .expectScaling(THREADS, 1, 2, 1.0);
        assertRefused(claim::run, "expectScaling(THREADS, 1, 2, 1.0) names THREADS, which is not among the models"
                + " [SEQUENTIAL, ASYNC]. Add it with model(...) or change the claim.");
    }

    @Test
    void aSweepsLimitsAreThoseOfItsHighestLevel() {
        assertRefused(Compare.workload(info -> {}).model(THREADS).concurrency(1, 100, 20_000)::run, "Compare runs THREADS"
                + " with a concurrency(...) of 20000 platform threads");
    }

    @Test
    void everyProblemOfASweepIsReportedAtOnce() {
        KitRun run = RunUnderKit.run(ManyProblems.class);

        run.method("task").failed()
                .hasMessageContaining("lists 2 more than once in 'concurrency' {2, 2, 0}")
                .hasMessageContaining("{2, 2, 0} lists 0")
                .hasMessageContaining("@ExpectScaling on method [ManyProblems.task()] must be declared with 'from'"
                        + " below 'to'");
    }

    private static void assertConfigurationError(Class<?> fixture, String message) {
        tasksRun.set(0);
        KitRun run = RunUnderKit.run(fixture);

        run.method("task").failed().isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining(message);
        assertThat(run.nodeNames()).as("no node of an invalid method may exist").isEmpty();
        assertThat(tasksRun).as("no task may run before the configuration is valid").hasValue(0);
    }

    private static void assertRefused(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    static class NoLevels {
        @RunUnder(model = THREADS, concurrency = {})
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class RepeatedLevel {
        @RunUnder(model = THREADS, concurrency = {1, 4, 4})
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class LevelBelowOne {
        @RunUnder(model = THREADS, concurrency = {0, 2, 4})
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class SequentialScaling {
        @RunUnder(model = {SEQUENTIAL, THREADS}, concurrency = {1, 4})
        @ExpectScaling(model = SEQUENTIAL, from = 1, to = 4)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class LevelNotSwept {
        @RunUnder(model = THREADS, concurrency = {4, 1, 2})
        @ExpectScaling(model = THREADS, from = 1, to = 32, atLeast = 2.0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class LevelsOutOfOrder {
        @RunUnder(model = THREADS, concurrency = {2, 4})
        @ExpectScaling(model = THREADS, from = 4, to = 2, atLeast = 0.5)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ZeroScaling {
        @RunUnder(model = THREADS, concurrency = {1, 4})
        @ExpectScaling(model = THREADS, from = 1, to = 4, atLeast = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ScalingMissingModel {
        @RunUnder(model = {SEQUENTIAL, Model.ASYNC}, concurrency = {1, 4})
        @ExpectScaling(model = THREADS, from = 1, to = 4)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ManyProblems {
        @RunUnder(model = THREADS, concurrency = {2, 2, 0})
        @ExpectScaling(model = THREADS, from = 2, to = 2)
        void task() {
            tasksRun.incrementAndGet();
        }
    }
}
