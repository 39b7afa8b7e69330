package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ConfigurationErrorsTest {

    static final AtomicInteger tasksRun = new AtomicInteger();

    @Test
    void failsWhenTasksIsZero() {
        assertConfigurationError(ZeroTasks.class, "task",
                "Configuration error: @RunUnder on method [ZeroTasks.task()] must be declared with a positive 'tasks',"
                        + " but was 0. Set 'tasks' to the number of task invocations per round.");
    }

    @Test
    void failsWhenConcurrencyIsZero() {
        assertConfigurationError(ZeroConcurrency.class, "task",
                "Configuration error: @RunUnder on method [ZeroConcurrency.task()] must be declared with a positive"
                        + " 'concurrency', but was 0. Set 'concurrency' to the number of threads, worker processes or"
                        + " in-flight tasks.");
    }

    @Test
    void failsWhenModelIsEmpty() {
        assertConfigurationError(NoModels.class, "task",
                "Configuration error: @RunUnder on method [NoModels.task()] must be declared with at least one model in"
                        + " 'model', but it is empty. List the models to compare, or leave 'model' out to run all five.");
    }

    @Test
    void failsWhenAModelIsListedTwice() {
        assertConfigurationError(RepeatedModel.class, "task",
                "Configuration error: @RunUnder on method [RepeatedModel.task()] lists THREADS more than once in 'model'."
                        + " List each model once.");
    }

    @Test
    void failsWhenAnExpectationNamesAModelThatDoesNotRun() {
        assertConfigurationError(ExpectationOnMissingModel.class, "task",
                "Configuration error: @ExpectFaster on method [ExpectationOnMissingModel.task()] names ASYNC in 'model',"
                        + " but @RunUnder's 'model' does not list it. Add ASYNC to @RunUnder's 'model' or change the"
                        + " expectation.");
    }

    @Test
    void failsWhenExpectFastestNamesAModelThatDoesNotRun() {
        assertConfigurationError(FastestMissingModel.class, "task",
                "Configuration error: @ExpectFastest on method [FastestMissingModel.task()] names ASYNC in 'value',"
                        + " but @RunUnder's 'model' does not list it.");
    }

    @Test
    void failsWhenAtLeastIsNotPositive() {
        assertConfigurationError(ZeroFactor.class, "task",
                "Configuration error: @ExpectFaster on method [ZeroFactor.task()] must be declared with a positive,"
                        + " finite 'atLeast', but was 0.0.");
        assertConfigurationError(NegativeFactor.class, "task", "finite 'atLeast', but was -2.0.");
    }

    @Test
    void failsWhenAnExpectationComparesAModelWithItself() {
        assertConfigurationError(SelfComparison.class, "task",
                "Configuration error: @ExpectFaster on method [SelfComparison.task()] compares THREADS with itself"
                        + " ('model' and 'than'). Name two different models.");
    }

    @Test
    void failsWhenRoundsOrWarmupAreOutOfRange() {
        assertConfigurationError(ZeroRounds.class, "task", "must be declared with a positive 'rounds', but was 0.");
        assertConfigurationError(NegativeWarmup.class, "task", "must be declared with a 'warmup' of 0 or more, but was -3.");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        KitRun run = RunUnderKit.run(ManyProblems.class);
        run.method("task").failed()
                .hasMessageContaining("positive 'tasks', but was 0")
                .hasMessageContaining("positive 'concurrency', but was -1")
                .hasMessageContaining("lists SEQUENTIAL more than once");
    }

    @Test
    void failsOnUnknownConfigurationValues() {
        assertConfigurationError(Map.of("rununder.verdicts", "maybe"), Valid.class,
                "Configuration error: 'rununder.verdicts' must be one of 'fail', 'warn' or 'off', but was 'maybe'.");
        assertConfigurationError(Map.of("rununder.models", "THREADS,FIBERS"), Valid.class,
                "Configuration error: 'rununder.models' lists 'FIBERS', which is not a model. Use a comma-separated list"
                        + " of SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC.");
        assertConfigurationError(Map.of("rununder.report", "sometimes"), Valid.class,
                "Configuration error: 'rununder.report' must be 'on' or 'off', but was 'sometimes'.");
        assertConfigurationError(Map.of("rununder.warmup.limit", "a bit"), Valid.class,
                "Configuration error: 'rununder.warmup.limit' must be a duration such as '5 s' or '500 ms', or '0' to"
                        + " warm up for the declared rounds only, but was 'a bit'.");
        assertConfigurationError(Map.of("rununder.rounds.default", "0"), Valid.class,
                "Configuration error: 'rununder.rounds.default' must be an integer of at least 1, but was '0'.");
        assertConfigurationError(Map.of("rununder.warmup.default", "x"), Valid.class,
                "Configuration error: 'rununder.warmup.default' must be an integer of at least 0, but was 'x'.");
        assertConfigurationError(Map.of("rununder.timeout.default", "soon"), Valid.class,
                "Configuration error: 'rununder.timeout.default' must be a duration such as '90 s', '2 m' or '500 ms',"
                        + " but was 'soon'.");
        assertConfigurationError(Map.of("rununder.verdict.budget", "a while"), Valid.class,
                "Configuration error: 'rununder.verdict.budget' must be a duration such as '30 s' or '2 m', or '0' for"
                        + " no extra rounds, but was 'a while'. Fix or remove it.");
        assertConfigurationError(Map.of("rununder.verdict.budget", "-5 s"), Valid.class,
                "Configuration error: 'rununder.verdict.budget' must be a duration such as '30 s' or '2 m', or '0' for"
                        + " no extra rounds, but was '-5 s'.");
    }

    private static void assertConfigurationError(Class<?> fixture, String method, String message) {
        assertConfigurationError(Map.of(), fixture, message, method);
    }

    private static void assertConfigurationError(Map<String, String> configuration, Class<?> fixture, String message) {
        assertConfigurationError(configuration, fixture, message, "task");
    }

    private static void assertConfigurationError(Map<String, String> configuration, Class<?> fixture, String message,
            String method) {
        tasksRun.set(0);
        KitRun run = RunUnderKit.run(configuration, fixture);

        run.method(method).failed().isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining(message);
        assertThat(run.nodeNames()).as("no node of an invalid method may exist, let alone pass").isEmpty();
        assertThat(tasksRun).as("no task may run before the configuration is valid").hasValue(0);
    }

    static class ZeroTasks {
        @RunUnder(model = SEQUENTIAL, tasks = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ZeroConcurrency {
        @RunUnder(model = THREADS, concurrency = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class NoModels {
        @RunUnder(model = {})
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class RepeatedModel {
        @RunUnder(model = {SEQUENTIAL, THREADS, THREADS})
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ExpectationOnMissingModel {
        @RunUnder(model = {SEQUENTIAL, THREADS})
        @ExpectFaster(model = ASYNC, than = SEQUENTIAL)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class FastestMissingModel {
        @RunUnder(model = {SEQUENTIAL, THREADS})
        @ExpectFastest(ASYNC)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ZeroFactor {
        @RunUnder(model = {SEQUENTIAL, THREADS})
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class NegativeFactor {
        @RunUnder(model = {SEQUENTIAL, THREADS})
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = -2)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class SelfComparison {
        @RunUnder(model = {SEQUENTIAL, THREADS})
        @ExpectFaster(model = THREADS, than = THREADS)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ZeroRounds {
        @RunUnder(model = SEQUENTIAL, rounds = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class NegativeWarmup {
        @RunUnder(model = SEQUENTIAL, warmup = -3)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class ManyProblems {
        @RunUnder(model = {SEQUENTIAL, SEQUENTIAL}, tasks = 0, concurrency = -1)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class Valid {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 2, rounds = 1, warmup = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }
}
