package io.github.rununder;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.CapturedOutput;
import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.testing.Workers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** PROCESSES as users see it: the test's lifecycle in every worker, and what workers print. */
class ProcessesModelTest {

    @AfterEach
    void noWorkerOutlivesItsRun() {
        Workers.assertNoneLeft();
    }

    @Test
    void tasksRunInWorkersAfterTheirOwnLifecycle() {
        KitRun run = RunUnderKit.run(Prepared.class);

        Map<String, String> entries = run.node("[2] PROCESSES ×2").succeeded().entries();
        assertThat(Long.parseLong(entries.get("rununder.startupNanos"))).isPositive();
        assertThat(entries.get("rununder.notes")).matches("2 workers started \\(\\d+ at a time\\) and inside the test after .+");
    }

    @Test
    void nestedClassesRunWithTheirEnclosingInstanceInTheWorker() {
        KitRun run = RunUnderKit.run(Outer.class);

        run.node("[1] PROCESSES ×2").succeeded();
    }

    @Test
    void whatWorkersPrintReachesTheTestOutputLabelledEvenTenMegabytes() {
        CapturedOutput.Captured<KitRun> captured = CapturedOutput.during(() -> RunUnderKit.run(Chatty.class));

        captured.result().node("[1] PROCESSES ×2").succeeded();
        // 10 tasks of 1 MiB each, in the one measured round; warm-up prints too.
        assertThat(captured.output().bytes()).isGreaterThan(10L * 1024 * 1024);
        assertThat(captured.output().text()).containsPattern("(?m)^\\[PROCESSES worker [01]\\] task \\d x{1000}$");
    }

    @Test
    void workerIdsAreTheWorkerNumbersFromZero() {
        CapturedOutput.Captured<KitRun> captured = CapturedOutput.during(() -> RunUnderKit.run(Numbered.class));

        captured.result().node("[1] PROCESSES ×3").succeeded();
        for (int worker = 0; worker < 3; worker++) {
            assertThat(captured.output().text()).contains("[PROCESSES worker " + worker + "] ran on worker " + worker);
        }
    }

    static class Prepared {
        static String classState;
        private String state;

        @BeforeAll
        static void prepareClass() {
            classState = "class ready in " + ProcessHandle.current().pid();
        }

        @BeforeEach
        void prepare() {
            state = "ready in " + ProcessHandle.current().pid();
        }

        @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 8, concurrency = 2, warmup = 1, rounds = 2)
        void task(TaskInfo task, TestInfo info) throws InterruptedException {
            long pid = ProcessHandle.current().pid();
            check(state.equals("ready in " + pid), "@BeforeEach did not run in this JVM: " + state);
            check(classState.equals("class ready in " + pid), "@BeforeAll did not run in this JVM: " + classState);
            check(info.getTestMethod().orElseThrow().getName().equals("task"), "TestInfo was not resolved");
            if (task.model() == PROCESSES) {
                check(Boolean.getBoolean("rununder.worker"), "not in a worker");
                check(task.workerId() == 0 || task.workerId() == 1, "worker id " + task.workerId());
            }
            Thread.sleep(20);
        }
    }

    static class Outer {
        String outerState;

        @BeforeEach
        void outer() {
            outerState = "outer";
        }

        @Nested
        class Inner {
            String innerState;

            @BeforeEach
            void inner() {
                innerState = "inner";
            }

            @RunUnder(model = PROCESSES, tasks = 4, concurrency = 2, rounds = 1)
            void task() {
                check("outer".equals(outerState) && "inner".equals(innerState), "enclosing instance not prepared");
            }
        }
    }

    static class Chatty {
        @RunUnder(model = PROCESSES, tasks = 10, concurrency = 2, warmup = 0, rounds = 1)
        void task(TaskInfo task) {
            String line = "task " + task.index() + " " + "x".repeat(1000);
            for (int i = 0; i < 1050; i++) {
                System.out.println(line);
            }
        }
    }

    static class Numbered {
        @RunUnder(model = PROCESSES, tasks = 9, concurrency = 3, warmup = 0, rounds = 1)
        void task(TaskInfo task) throws InterruptedException {
            System.out.println("ran on worker " + task.workerId());
            Thread.sleep(10);
        }
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
