package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TimeoutsTest {

    @BeforeEach
    void holdTasks() {
        Stubborn.release = new CountDownLatch(1);
    }

    @AfterEach
    void releaseHungTasks() {
        Stubborn.release.countDown();
    }

    @Test
    void aTaskHungPastTimeoutFailsItsModelNamingTheModelAndTheLimit() {
        long start = System.nanoTime();
        KitRun run = RunUnderKit.run(Sleepy.class);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // RunUnder stops just before JUnit's own @Timeout enforcement would, so its message is the one shown.
        run.node("[1] THREADS").failed().isInstanceOf(TimeoutException.class);
        assertThat(run.node("[1] THREADS").failureMessages())
                .contains("THREADS timed out (limit 2.00 s from @Timeout): 0 of 2 tasks of warm-up round 1 done, 2 still"
                        + " running; its threads were interrupted");
        run.node("[2] ASYNC").failed().isInstanceOf(TimeoutException.class);
        assertThat(run.node("[2] ASYNC").failureMessages()).contains("ASYNC timed out");
        // Two runs of 1 s each; a hang would take the sleep's full minute.
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void withoutTimeoutTheConfiguredDefaultBoundsTheRunEvenWhenTasksIgnoreInterrupts() {
        long start = System.nanoTime();
        KitRun run = RunUnderKit.run(Map.of("rununder.timeout.default", "1 s"), Stubborn.class);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        run.node("[1] SEQUENTIAL").failed()
                .isInstanceOf(TimeoutException.class)
                .hasMessage("SEQUENTIAL timed out (limit 1.00 s from rununder.timeout.default): 0 of 3 tasks of"
                        + " warm-up round 1 done, 1 still running; its threads were interrupted");
        run.node("[2] THREADS").failed().hasMessageStartingWith("THREADS timed out (limit 1.00 s");
        run.node("[3] verdict").aborted();
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void junitTimeoutConfigurationIsHonoured() {
        KitRun run = RunUnderKit.run(Map.of("junit.jupiter.execution.timeout.testtemplate.method.default", "1 s"),
                Stubborn.class);

        run.node("[1] SEQUENTIAL").failed().isInstanceOf(TimeoutException.class);
        assertThat(run.node("[1] SEQUENTIAL").failureMessages())
                .contains("(limit 1.00 s from junit.jupiter.execution.timeout.testtemplate.method.default)");
    }

    static class Sleepy {
        @RunUnder(model = {THREADS, ASYNC}, tasks = 2, concurrency = 2)
        @Timeout(2)
        void task() throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    static class Stubborn {
        static volatile CountDownLatch release = new CountDownLatch(1);

        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 3, concurrency = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL)
        void task() {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (release.getCount() > 0 && System.nanoTime() < end) {
                try {
                    release.await(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException ignored) {
                    // A task that swallows interrupts: only the deadline ends its run.
                }
            }
        }
    }
}
