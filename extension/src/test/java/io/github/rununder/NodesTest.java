package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodesTest {

    @Test
    void oneNodePerModelInDeclaredOrderThenTheVerdict() {
        KitRun run = RunUnderKit.run(Naps.class);

        assertThat(run.nodeNames()).hasSize(5);
        assertThat(run.nodeNames().get(0)).isEqualTo("[1] SEQUENTIAL          6 tasks");
        assertThat(run.nodeNames().get(1)).isEqualTo("[2] THREADS ×3          6 tasks");
        assertThat(run.nodeNames().get(2)).isEqualTo("[3] ASYNC ≤3            6 tasks");
        assertThat(run.nodeNames().get(3)).isEqualTo("[4] VIRTUAL_THREADS ≤3  6 tasks");
        assertThat(run.nodeNames().get(4)).startsWith("[5] verdict").contains("IO-bound").contains("1 expectation");
    }

    @Test
    void modelNodesPublishTheirFigures() {
        KitRun run = RunUnderKit.run(Naps.class);

        Map<String, String> threads = run.node("[2] THREADS").succeeded().entries();
        assertThat(threads).containsEntry("rununder.model", "THREADS")
                .containsEntry("rununder.tasks", "6")
                .containsEntry("rununder.concurrency", "3")
                .containsEntry("rununder.rounds", "2")
                .containsKeys("rununder.medianNanos", "rununder.cv", "rununder.cpuOfWall", "rununder.latency.p50Nanos",
                        "rununder.latency.p99Nanos", "rununder.warmup");
        // One declared warm-up round, and more while the JIT compiler was still busy.
        assertThat(Integer.parseInt(threads.get("rununder.warmupRounds"))).isPositive();
        assertThat(threads.get("rununder.warmup")).startsWith("warm-up: " + threads.get("rununder.warmupRounds") + " round");
        // For people: no machine-readable blob among them.
        assertThat(threads.values()).noneMatch(value -> value.startsWith("{") || value.startsWith("["));
        // 6 sleeps of 5 ms take at least 30 ms one after another and 10 ms three at a time.
        assertThat(Long.parseLong(run.node("[1] SEQUENTIAL").entries().get("rununder.medianNanos"))).isGreaterThan(30_000_000);
        assertThat(Long.parseLong(threads.get("rununder.medianNanos"))).isGreaterThan(10_000_000);
        assertThat(Long.parseLong(threads.get("rununder.latency.p50Nanos"))).isGreaterThan(5_000_000);
        assertThat(threads.get("rununder.summary")).contains("median of 2 rounds").contains("vs SEQUENTIAL");
    }

    @Test
    void everyTaskOfEveryMeasuredRoundRunsOnceWithItsOwnTaskInfo() {
        Counted.seen.clear();
        Counted.warmup.clear();
        KitRun run = RunUnderKit.run(Map.of("rununder.warmup.limit", "0"), Counted.class);

        run.node("[1] SEQUENTIAL").succeeded();
        run.node("[2] THREADS").succeeded();
        run.node("[3] verdict").succeeded();
        // Per model: 3 measured rounds of 4 tasks in its node, then 3 more interleaved in the verdict,
        // numbered after them; and one warm-up round before each.
        for (Model model : Set.of(SEQUENTIAL, THREADS)) {
            for (int round = 0; round < 6; round++) {
                for (int index = 0; index < 4; index++) {
                    assertThat(Counted.seen).contains(model + "/" + round + "/" + index);
                }
            }
        }
        assertThat(Counted.seen).hasSize(2 * 6 * 4);
        assertThat(Counted.warmup).hasSize(2 * 2 * 4).allMatch(task -> task.contains("/-1/"));
    }

    @Test
    void beforeEachAndAfterEachRunOncePerInvocationNotPerTask() {
        Lifecycle.before.set(0);
        Lifecycle.after.set(0);
        Lifecycle.tasks.set(0);

        RunUnderKit.run(Map.of("rununder.warmup.limit", "0"), Lifecycle.class).node("[3] verdict").succeeded();

        // Two model nodes and the verdict, which measures both models again, interleaved.
        assertThat(Lifecycle.before).hasValue(3);
        assertThat(Lifecycle.after).hasValue(3);
        // Per model: 1 warm-up and 2 measured rounds of 5 tasks in its node, and again in the verdict.
        assertThat(Lifecycle.tasks).hasValue(2 * 2 * 5 * (1 + 2));
    }

    @Test
    void theVerdictNodeNamesAComputingWorkloadCpuBound() {
        KitRun run = RunUnderKit.run(Spin.class);

        assertThat(run.node("[3] verdict").displayName()).contains("CPU-bound (CPU ");
        assertThat(run.node("[3] verdict").entries().get("rununder.summary")).contains("CPU-bound (CPU ")
                .contains("fastest: ");
        // Computing, even when a busy machine makes the task wait for a core much of its wall time.
        assertThat(run.node("[1] SEQUENTIAL").entries().get("rununder.computeShare")).matches("(8\\d|9\\d|100)\\.\\d%");
    }

    static class Spin {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 4, concurrency = 2, rounds = 2)
        void spin() {
            long end = System.nanoTime() + 3_000_000;
            long x = 0;
            while (System.nanoTime() < end) {
                x += Long.numberOfTrailingZeros(x + end);
            }
            if (x == 42) {
                System.out.println(x);
            }
        }
    }

    static class Naps {
        @RunUnder(model = {SEQUENTIAL, THREADS, ASYNC, VIRTUAL_THREADS}, tasks = 6, concurrency = 3, warmup = 1, rounds = 2)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL)
        void nap(TaskInfo task) throws InterruptedException {
            Thread.sleep(5);
        }
    }

    static class Counted {
        static final Set<String> seen = ConcurrentHashMap.newKeySet();
        static final List<String> warmup = new CopyOnWriteArrayList<>();

        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 4, concurrency = 2, warmup = 1, rounds = 3)
        void count(TaskInfo task) {
            assertThat(task.model()).isIn(SEQUENTIAL, THREADS);
            String name = task.model() + "/" + task.round() + "/" + task.index();
            if (task.warmup()) {
                warmup.add(name);
            } else {
                assertThat(seen.add(name)).isTrue();
            }
        }
    }

    static class Lifecycle {
        static final AtomicInteger before = new AtomicInteger();
        static final AtomicInteger after = new AtomicInteger();
        static final AtomicInteger tasks = new AtomicInteger();
        private boolean ready;

        @BeforeEach
        void setUp() {
            before.incrementAndGet();
            ready = true;
        }

        @AfterEach
        void tearDown() {
            after.incrementAndGet();
        }

        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 5, warmup = 1, rounds = 2)
        void task() {
            assertThat(ready).isTrue();
            tasks.incrementAndGet();
        }
    }
}
