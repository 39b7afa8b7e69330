package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.Test;

class TaskFailuresTest {

    @Test
    void aThrowingTaskFailsItsModelNamingTheModelTheTaskAndTheCause() {
        KitRun run = RunUnderKit.run(Throwing.class);

        run.node("[1] SEQUENTIAL").failed()
                .isInstanceOf(TaskFailedException.class)
                .hasMessage("SEQUENTIAL: task 3 (warm-up round 1) failed: java.lang.IllegalStateException: task 3 broke")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("task 3 broke");
        run.node("[2] THREADS").failed()
                .hasMessageStartingWith("THREADS: task 3 (")
                .hasMessageContaining("task 3 broke");
        run.node("[3] ASYNC").failed().hasMessageStartingWith("ASYNC: task 3 (");
    }

    @Test
    void theOriginalStackTraceIsKept() {
        KitRun run = RunUnderKit.run(Throwing.class);

        Throwable failure = run.node("[2] THREADS").result().getThrowable().orElseThrow();
        assertThat(failure.getCause().getStackTrace()[0].getMethodName()).isEqualTo("fail");
        assertThat(failure.getCause().getStackTrace()[0].getClassName()).isEqualTo(Throwing.class.getName());
    }

    @Test
    void aStageThatCompletesExceptionallyFailsTheTaskLikeAThrow() {
        KitRun run = RunUnderKit.run(FailingStage.class);

        for (String node : new String[] {"[1] SEQUENTIAL", "[2] THREADS", "[3] ASYNC"}) {
            run.node(node).failed()
                    .isInstanceOf(TaskFailedException.class)
                    .hasMessageContaining("task 1 (")
                    .cause().isInstanceOf(IOException.class).hasMessage("connection reset");
        }
    }

    @Test
    void aFailedModelLeavesItsExpectationsUncheckedAndTheVerdictAborted() {
        KitRun run = RunUnderKit.run(Throwing.class);

        run.node("[4] verdict").aborted()
                .hasMessageContaining("SEQUENTIAL fastest: not checked, SEQUENTIAL failed: SEQUENTIAL: task 3");
    }

    @Test
    void anAssumptionFailingInATaskAbortsTheModelNode() {
        KitRun run = RunUnderKit.run(AssumingTask.class);

        run.node("[1] THREADS").aborted().hasMessageContaining("not on this machine");
    }

    @Test
    void completesWithTwiceOrAfterReturningIsAnError() {
        KitRun run = RunUnderKit.run(MisusedCompletesWith.class);

        run.node("[1] SEQUENTIAL").failed()
                .cause().isInstanceOf(IllegalStateException.class)
                .hasMessage("completesWith was called twice for task 0; a task completes with one stage"
                        + " (combine several with CompletableFuture.allOf)");
    }

    static class Throwing {
        @RunUnder(model = {SEQUENTIAL, THREADS, ASYNC}, tasks = 5, concurrency = 2, rounds = 1)
        @ExpectFastest(SEQUENTIAL)
        void task(TaskInfo task) {
            if (task.index() == 3) {
                fail();
            }
        }

        private static void fail() {
            throw new IllegalStateException("task 3 broke");
        }
    }

    static class FailingStage {
        @RunUnder(model = {SEQUENTIAL, THREADS, ASYNC}, tasks = 3, concurrency = 2, rounds = 1, warmup = 0)
        void task(TaskInfo task) {
            CompletableFuture<Void> stage = new CompletableFuture<>();
            if (task.index() == 1) {
                CompletableFuture.runAsync(() -> stage.completeExceptionally(new IOException("connection reset")));
            } else {
                CompletableFuture.runAsync(() -> stage.complete(null));
            }
            task.completesWith(stage);
        }
    }

    static class AssumingTask {
        @RunUnder(model = THREADS, tasks = 2, rounds = 1)
        void task() {
            Assumptions.assumeThat(false).as("not on this machine").isTrue();
        }
    }

    static class MisusedCompletesWith {
        @RunUnder(model = SEQUENTIAL, tasks = 1, rounds = 1)
        void task(TaskInfo task) {
            task.completesWith(CompletableFuture.completedFuture(null));
            task.completesWith(CompletableFuture.completedFuture(null));
        }
    }
}
