package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * With JUnit's parallel execution on, nothing may run beside a {@code @RunUnder} method, and its
 * invocations run one after another. Without the lock, JUnit's pool of 4 starts all three classes
 * at once and the intervals below overlap; with it, they cannot.
 */
class IsolationTest {

    static final AtomicLong firstTask = new AtomicLong(Long.MAX_VALUE);
    static final AtomicLong lastTask = new AtomicLong(Long.MIN_VALUE);
    static final List<long[]> neighbours = new CopyOnWriteArrayList<>();

    @Test
    void noOtherTestRunsBesideARunUnderMethodWhenJUnitRunsTestsInParallel() {
        firstTask.set(Long.MAX_VALUE);
        lastTask.set(Long.MIN_VALUE);
        neighbours.clear();
        KitRun run = RunUnderKit.run(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"),
                Neighbours.class, Compared.class, OtherNeighbours.class);

        run.node("[3] verdict").succeeded();
        assertThat(run.results().testEvents().succeeded().count()).isEqualTo(3 + 6);
        assertThat(neighbours).hasSize(6).allSatisfy(interval -> assertThat(
                interval[1] < firstTask.get() || interval[0] > lastTask.get())
                .as("a neighbour ran from %d to %d, beside the comparison from %d to %d",
                        interval[0], interval[1], firstTask.get(), lastTask.get())
                .isTrue());
    }

    @Test
    void theVerdictRunsAfterTheModelsEvenWithParallelExecution() {
        KitRun run = RunUnderKit.run(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent"),
                Compared.class);

        assertThat(run.nodeNames().get(2)).startsWith("[3] verdict").contains("IO-bound");
    }

    static void busy() throws InterruptedException {
        long start = System.nanoTime();
        Thread.sleep(60);
        neighbours.add(new long[] {start, System.nanoTime()});
    }

    static class Compared {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = 4, rounds = 3)
        void task() throws InterruptedException {
            firstTask.accumulateAndGet(System.nanoTime(), Math::min);
            Thread.sleep(5);
            lastTask.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    static class Neighbours {
        @Test
        void a() throws InterruptedException {
            busy();
        }

        @Test
        void b() throws InterruptedException {
            busy();
        }

        @Test
        void c() throws InterruptedException {
            busy();
        }
    }

    static class OtherNeighbours {
        @Test
        void d() throws InterruptedException {
            busy();
        }

        @Test
        void e() throws InterruptedException {
            busy();
        }

        @Test
        void f() throws InterruptedException {
            busy();
        }
    }
}
