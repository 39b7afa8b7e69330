package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.testing.Workers;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * A failed assertion in a task reads as in a plain test, under every model and from workers too:
 * an assertion failure (which build tools count as a failure, not an error) naming the model and
 * the task, with opentest4j's expected and actual values, and no internal type in sight.
 */
class AssertionFailuresTest {

    @AfterEach
    void noWorkerIsLeft() {
        Workers.assertNoneLeft();
    }

    @Test
    void anAssertionFailingInATaskIsAnAssertionFailureUnderEveryModel() {
        KitRun run = RunUnderKit.run(FailsAnAssertion.class);

        String[] nodes = {"[1] SEQUENTIAL", "[2] THREADS", "[3] PROCESSES", "[4] ASYNC"};
        String[] models = {"SEQUENTIAL", "THREADS", "PROCESSES", "ASYNC"};
        for (int i = 0; i < nodes.length; i++) {
            Throwable failure = run.node(nodes[i]).result().getThrowable().orElseThrow();
            assertThat(failure).as(nodes[i]).isExactlyInstanceOf(AssertionFailedError.class)
                    .hasMessage(models[i] + ": task 1 (warm-up round 1) failed: total ==> expected: <3> but was: <2>");
            AssertionFailedError assertion = (AssertionFailedError) failure;
            assertThat(assertion.getExpected().getStringRepresentation()).as(nodes[i]).isEqualTo("3");
            assertThat(assertion.getActual().getStringRepresentation()).as(nodes[i]).isEqualTo("2");
            assertThat(failure.getStackTrace()).as(nodes[i])
                    .anySatisfy(frame -> assertThat(frame.getMethodName()).isEqualTo("task"));
            assertThat(printed(failure)).as(nodes[i]).doesNotContain("io.github.rununder.internal.fork.Remote")
                    .doesNotContain("TaskFailedException");
        }
    }

    @Test
    void aPlainAssertionErrorFromAWorkerIsAnAssertionFailureToo() {
        KitRun run = RunUnderKit.run(FailsAPlainAssert.class);

        run.node("[1] PROCESSES").failed()
                .isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessage("PROCESSES: task 0 (warm-up round 1) failed: the order has no lines");
    }

    @Test
    void anErrorThatIsNoAssertionStaysATaskFailure() {
        KitRun run = RunUnderKit.run(Throws.class);

        run.node("[1] PROCESSES").failed().isInstanceOf(TaskFailedException.class)
                .hasMessage("PROCESSES: task 0 (warm-up round 1) failed: java.lang.IllegalStateException: no stock");
    }

    @Test
    void anAssertionFailingOnlyInTheInterleavedRoundsFailsTheVerdictAsAnAssertionFailure() {
        KitRun run = RunUnderKit.run(FailsWhenInterleaved.class);

        run.node("[1] SEQUENTIAL").succeeded();
        run.node("[2] THREADS").succeeded();
        run.node("[3] verdict").failed().isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessage("THREADS: task 0 (round 3) failed: interleaved ==> expected: <1> but was: <2>");
    }

    @Test
    void compareRunThrowsAnAssertionFailureForAFailedAssertion() {
        Compare compare = Compare.workload(info -> Assertions.assertEquals(3, info.index() + 1, "total"))
                .model(SEQUENTIAL).tasks(2);

        assertThatThrownBy(compare::run).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessage("SEQUENTIAL: task 0 (warm-up round 1) failed: total ==> expected: <3> but was: <1>");
    }

    private static String printed(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    static class FailsAnAssertion {
        @RunUnder(model = {SEQUENTIAL, THREADS, PROCESSES, ASYNC}, tasks = 2, concurrency = 2, rounds = 1)
        void task(TaskInfo task) {
            if (task.index() == 1) {
                Assertions.assertEquals(3, task.index() + 1, "total");
            }
        }
    }

    static class FailsAPlainAssert {
        @RunUnder(model = PROCESSES, tasks = 1, concurrency = 1, rounds = 1)
        void task() {
            throw new AssertionError("the order has no lines");
        }
    }

    static class FailsWhenInterleaved {
        // Rounds 0 and 1 (shown as rounds 1 and 2) are each model's own; round 2 is the first interleaved one.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0, rounds = 2)
        void task(TaskInfo task) {
            if (task.model() == THREADS && task.round() == 2) {
                Assertions.assertEquals(1, 2, "interleaved");
            }
        }
    }

    static class Throws {
        @RunUnder(model = PROCESSES, tasks = 1, concurrency = 1, rounds = 1)
        void task() {
            throw new IllegalStateException("no stock");
        }
    }
}
