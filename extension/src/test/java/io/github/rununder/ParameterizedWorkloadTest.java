package io.github.rununder;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.testing.Workers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One comparison per parameter set: {@code @ParameterizedClass} around a {@code @RunUnder} method,
 * {@code PROCESSES} included; and the one clear error for {@code @ParameterizedTest} on the method.
 */
class ParameterizedWorkloadTest {

    static final AtomicInteger tasksRun = new AtomicInteger();

    @AfterEach
    void noWorkerIsLeft() {
        System.clearProperty(Sizes.EXPECTED);
        Workers.assertNoneLeft();
    }

    @Test
    void eachParameterSetIsOneComparisonAndAWorkerRunsTheSameInvocation() {
        KitRun run = RunUnderKit.run(Sizes.class);

        // Node names up to their figures: "[1] SEQUENTIAL          2 tasks" is "[1] SEQUENTIAL".
        assertThat(run.nodeNames()).extracting(name -> name.replaceAll(" {2,}.*", "")).containsExactly(
                "[1] size=1", "task(TaskInfo)", "[1] SEQUENTIAL", "[2] PROCESSES ×1", "[3] verdict",
                "[2] size=3", "task(TaskInfo)", "[1] SEQUENTIAL", "[2] PROCESSES ×1", "[3] verdict");
        // The worker fails its task when it sees another size than the test JVM expects (see Sizes.task).
        assertThat(run.nodes("[2] PROCESSES")).hasSize(2).allSatisfy(node -> node.succeeded());
        assertThat(run.nodes("[1] SEQUENTIAL")).hasSize(2).allSatisfy(node -> node.succeeded());
    }

    @Test
    void parameterizedTestOnTheSameMethodFailsWithOneErrorNamingBothAndPointingToParameterizedClass() {
        tasksRun.set(0);

        KitRun run = RunUnderKit.run(AlsoParameterizedTest.class);

        run.method("task").failed().isInstanceOf(ExtensionConfigurationException.class).hasMessage(
                "Configuration error: @RunUnder and @ParameterizedTest on method [AlsoParameterizedTest.task(int, TaskInfo)]"
                        + " cannot be combined: each makes the method a test template, and JUnit would run the invocations"
                        + " of both, each without the other's parameters. To compare the models once per parameter set,"
                        + " put @ParameterizedClass on the class (JUnit 5.13 or later) with the parameters in its fields"
                        + " or constructor, and keep @RunUnder alone on the method.");
        assertThat(run.nodeNames()).as("no invocation of either template may run").isEmpty();
        assertThat(tasksRun).hasValue(0);
    }

    @Test
    void anyOtherTemplateOnTheSameMethodIsNamedToo() {
        KitRun run = RunUnderKit.run(AlsoRepeated.class);

        run.method("task").failed().isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("Configuration error: @RunUnder and @RepeatedTest on method [AlsoRepeated.task()]"
                        + " cannot be combined: ");
        assertThat(run.nodeNames()).isEmpty();
    }

    @ParameterizedClass
    @ValueSource(ints = {1, 3})
    static class Sizes {
        static final String EXPECTED = "it.parameterized.size";

        @Parameter
        int size;

        @BeforeEach
        void tellTheWorkersWhichSize() {
            if (!Boolean.getBoolean("rununder.worker")) {
                // A property set at run time travels to the worker with the test it is asked to run.
                System.setProperty(EXPECTED, Integer.toString(size));
            }
        }

        @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 2, concurrency = 1, warmup = 0, rounds = 1)
        void task(TaskInfo task) {
            if (size != Integer.getInteger(EXPECTED, -1)) {
                throw new IllegalStateException(task.model() + " ran size " + size + " where the test JVM runs size "
                        + System.getProperty(EXPECTED));
            }
        }
    }

    static class AlsoParameterizedTest {
        @ParameterizedTest
        @ValueSource(ints = {1, 3})
        @RunUnder(model = SEQUENTIAL, tasks = 2, warmup = 0, rounds = 1)
        void task(int size, TaskInfo task) {
            tasksRun.incrementAndGet();
        }
    }

    static class AlsoRepeated {
        @RunUnder(model = SEQUENTIAL, tasks = 2, warmup = 0, rounds = 1)
        @RepeatedTest(2)
        void task() {
            tasksRun.incrementAndGet();
        }
    }
}
