package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncModelTest {

    @Test
    void tasksThatCallCompletesWithStayInFlightIssuedFromOneLoopThread() {
        Delayed.loopThreads.clear();
        Delayed.inFlight.set(0);
        Delayed.maxInFlight.set(0);
        KitRun run = RunUnderKit.run(Delayed.class);

        run.node("[2] ASYNC").succeeded().entries();
        assertThat(run.node("[2] ASYNC").entries().get("rununder.notes"))
                .isEqualTo("asynchronous tasks (completesWith) issued from one event-loop thread, at most 4 in flight");
        assertThat(Delayed.loopThreads).containsExactly("rununder-async-loop-0");
        assertThat(Delayed.maxInFlight).hasValue(4);
        // 12 delays of 20 ms, 4 at a time: about 60 ms against 240 ms one after another.
        assertThat(median(run, "[2] ASYNC")).isLessThan(median(run, "[1] SEQUENTIAL") / 2);
    }

    @Test
    void plainBlockingTasksAreOffloadedToAnExecutorOfConcurrencyThreads() {
        Blocking.threads.clear();
        KitRun run = RunUnderKit.run(Blocking.class);

        assertThat(run.node("[1] ASYNC").succeeded().entries().get("rununder.notes"))
                .isEqualTo("blocking tasks (no completesWith) offloaded to an executor of 3 threads, like asyncio's"
                        + " run_in_executor");
        assertThat(Blocking.threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("rununder-async-executor-"));
    }

    @Test
    void theFirstUnmeasuredTaskRunsOnceBeforeTheWarmUp() {
        Blocking.rounds.clear();
        RunUnderKit.run(Blocking.class).node("[1] ASYNC").succeeded();

        // One probe task (round -2, before the one warm-up round), then rounds -1, 0 and 1.
        assertThat(Blocking.rounds).containsExactlyInAnyOrder("-2/0", "-1/0", "-1/1", "-1/2", "-1/3", "0/0", "0/1",
                "0/2", "0/3", "1/0", "1/1", "1/2", "1/3");
    }

    private static long median(KitRun run, String node) {
        return Long.parseLong(run.node(node).entries().get("rununder.medianNanos"));
    }

    static class Delayed {
        static final Set<String> loopThreads = ConcurrentHashMap.newKeySet();
        static final AtomicInteger inFlight = new AtomicInteger();
        static final AtomicInteger maxInFlight = new AtomicInteger();

        @RunUnder(model = {SEQUENTIAL, ASYNC}, tasks = 12, concurrency = 4, warmup = 1, rounds = 3)
        void task(TaskInfo task) {
            if (task.model() == ASYNC) {
                loopThreads.add(Thread.currentThread().getName());
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            }
            task.completesWith(CompletableFuture.runAsync(() -> {
                if (task.model() == ASYNC) {
                    inFlight.decrementAndGet();
                }
            }, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));
        }
    }

    static class Blocking {
        static final Set<String> threads = ConcurrentHashMap.newKeySet();
        static final Set<String> rounds = ConcurrentHashMap.newKeySet();

        @RunUnder(model = ASYNC, tasks = 4, concurrency = 3, warmup = 1, rounds = 2)
        void task(TaskInfo task) throws InterruptedException {
            rounds.add(task.round() + "/" + task.index());
            if (task.round() >= -1) {
                threads.add(Thread.currentThread().getName());
            }
            Thread.sleep(2);
        }
    }
}
