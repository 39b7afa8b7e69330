package io.github.rununder.bench;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The event loop a user would write by hand for the ASYNC efficiency figure: one loop thread keeps
 * {@code inFlight} stages going, issuing the next from each completion, until {@code tasks} are
 * done. The yardstick that tells the harness's share of a round from the stages' own.
 */
final class HandWrittenLoop {

    private HandWrittenLoop() {}

    /** The median of {@code rounds} measured rounds after {@code warmup} unmeasured ones, in nanoseconds. */
    static double median(Supplier<CompletionStage<?>> stage, int tasks, int inFlight, int warmup, int rounds)
            throws InterruptedException {
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try {
            double[] measured = new double[rounds];
            for (int round = -warmup; round < rounds; round++) {
                long nanos = round(loop, stage, tasks, inFlight);
                if (round >= 0) {
                    measured[round] = nanos;
                }
            }
            Arrays.sort(measured);
            return rounds % 2 == 1 ? measured[rounds / 2] : (measured[rounds / 2 - 1] + measured[rounds / 2]) / 2;
        } finally {
            loop.shutdownNow();
        }
    }

    private static long round(ExecutorService loop, Supplier<CompletionStage<?>> stage, int tasks, int inFlight)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(tasks);
        int[] issued = {0};
        Runnable[] issue = new Runnable[1];
        issue[0] = () -> {
            if (issued[0] < tasks) {
                issued[0]++;
                stage.get().whenComplete((value, error) -> {
                    done.countDown();
                    loop.execute(issue[0]);
                });
            }
        };
        long start = System.nanoTime();
        loop.execute(() -> {
            for (int i = 0; i < inFlight; i++) {
                issue[0].run();
            }
        });
        done.await();
        return System.nanoTime() - start;
    }

    /** A stage that completes after 20 ms through {@link CompletableFuture#delayedExecutor}. */
    static CompletionStage<?> delayed20() {
        return CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(20,
                java.util.concurrent.TimeUnit.MILLISECONDS));
    }
}
