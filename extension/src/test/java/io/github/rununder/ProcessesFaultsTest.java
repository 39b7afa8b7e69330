package io.github.rununder;

import static io.github.rununder.Model.PROCESSES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.fork.RemoteException;
import io.github.rununder.WorkerException;
import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.testing.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/** Each way a worker can fail fails its node with a message saying what happened; no worker survives. */
class ProcessesFaultsTest {

    @AfterEach
    void noWorkerOutlivesItsRun() {
        Workers.assertNoneLeft();
    }

    @Test
    void aThrowingTaskFailsWithTheRemoteExceptionAndItsStack() {
        KitRun run = RunUnderKit.run(Throwing.class);

        Throwable failure = run.node("[1] PROCESSES").result().getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(TaskFailedException.class)
                .hasMessage("PROCESSES: task 3 (warm-up round 1) failed: java.lang.IllegalStateException: boom in a worker");
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("boom in a worker");
        assertThat(failure.getCause().getStackTrace()[0].getMethodName()).isEqualTo("explode");
        assertThat(failure.getCause().getCause()).isInstanceOf(UnsupportedOperationException.class).hasMessage("root cause");
        assertThat(failure.getCause().getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("also this"));
    }

    @Test
    void anExceptionTheTestJvmCannotRebuildArrivesAsAPlaceholderNamingIt() {
        KitRun run = RunUnderKit.run(Odd.class);

        assertThat(run.node("[1] PROCESSES").result().getThrowable().orElseThrow().getCause())
                .isInstanceOf(RemoteException.class)
                .hasMessage("odd one 1")
                .hasToString(OddException.class.getName() + ": odd one 1");
    }

    @Test
    void systemExitInATaskFailsNamingTheExitCodeTheTaskAndTheLastOutput() {
        KitRun run = RunUnderKit.run(Exiting.class);

        run.node("[1] PROCESSES").failed()
                .isInstanceOf(WorkerException.class)
                .hasMessageContaining("exited with code 37 while running task 2 of warm-up round 1")
                .hasMessageContaining("its last lines of output:")
                .hasMessageContaining("about to call System.exit(37)");
    }

    @Test
    void aWorkerThatRunsOutOfMemoryFailsNamingOutOfMemoryError() {
        KitRun run = RunUnderKit.run(Hungry.class);

        run.node("[1] PROCESSES").failed()
                .isInstanceOf(WorkerException.class)
                .hasMessageContaining("ran out of memory (OutOfMemoryError) and exited with code 3");
    }

    @Test
    void aTaskHungPastTimeoutDestroysItsWorkersAndThePoolRecovers() {
        KitRun run = RunUnderKit.run(Hanging.class);

        run.node("[1] PROCESSES").failed()
                .isInstanceOf(TimeoutException.class)
                .hasMessageStartingWith("PROCESSES timed out (limit 8.00 s from @Timeout): ")
                .hasMessageEndingWith("still running; its workers were destroyed");
        // The next method of the same run gets fresh workers.
        assertThat(run.nodes("[1] PROCESSES")).hasSize(2).last().satisfies(node -> node.succeeded());
    }

    @Test
    void aTestThatFailsBeforeItsTasksInTheWorkerSaysWhere() {
        KitRun run = RunUnderKit.run(FailingSetUp.class);

        run.node("[1] PROCESSES").failed()
                .isInstanceOf(WorkerException.class)
                .hasMessage("PROCESSES: worker 0 did not reach the tasks of ProcessesFaultsTest.FailingSetUp:"
                        + " java.lang.IllegalStateException: no database in the worker")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("no database in the worker");
    }

    @Test
    void aClassAWorkerCannotLoadFailsNamingTheRule() {
        KitRun run = RunUnderKit.run(Unloadable.class);

        run.node("[1] PROCESSES").failed()
                .isInstanceOf(WorkerException.class)
                .hasMessageStartingWith("PROCESSES: worker 0 could not load " + Unloadable.class.getName()
                        + ": java.lang.ExceptionInInitializerError")
                .hasMessageContaining("A worker must load the class from the test class path and instantiate it as JUnit does")
                .hasMessageContaining("or remove PROCESSES from 'model'");
    }

    static class Throwing {
        @RunUnder(model = PROCESSES, tasks = 5, concurrency = 2, rounds = 1)
        void task(TaskInfo task) {
            if (task.index() == 3) {
                explode();
            }
        }

        private static void explode() {
            IllegalStateException boom = new IllegalStateException("boom in a worker",
                    new UnsupportedOperationException("root cause"));
            boom.addSuppressed(new IllegalArgumentException("also this"));
            throw boom;
        }
    }

    static class OddException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OddException(int code, String message) {
            super(message + " " + code);
        }
    }

    static class Odd {
        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 1, rounds = 1)
        void task() {
            throw new OddException(1, "odd one");
        }
    }

    static class Exiting {
        @RunUnder(model = PROCESSES, tasks = 4, concurrency = 1, rounds = 1)
        void task(TaskInfo task) {
            if (task.index() == 2) {
                System.out.println("about to call System.exit(37)");
                System.exit(37);
            }
        }
    }

    static class Hungry {
        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 1, rounds = 1, jvmArgs = "-Xmx48m")
        void task() {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1024 * 1024]);
            }
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Hanging {
        @Order(1)
        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 2, rounds = 1)
        @Timeout(8) // worker start-up counts against the limit too, and takes seconds on a busy machine
        void hangs() throws InterruptedException {
            Thread.sleep(600_000);
        }

        @Order(2)
        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 2, rounds = 1, warmup = 0)
        void afterwards() {}
    }

    static class FailingSetUp {
        @BeforeEach
        void connect() {
            if (Boolean.getBoolean("rununder.worker")) {
                throw new IllegalStateException("no database in the worker");
            }
        }

        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 1, rounds = 1)
        void task() {}
    }

    static class Unloadable {
        static {
            if (Boolean.getBoolean("rununder.worker")) {
                throw new IllegalStateException("this class refuses to load in workers");
            }
        }

        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 1, rounds = 1)
        void task() {}
    }
}
