package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.RunQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link Model#THREADS} (a fixed pool of platform threads) and {@link Model#SEQUENTIAL} (the same
 * with one thread). Threads start with the session, before the first round. Each round hands every
 * thread one drainer that runs tasks until none is left, so a task costs an index increment rather
 * than a queued future.
 */
final class ThreadPoolSession extends InProcessSession {

    private final ThreadPoolExecutor pool;
    private final Carriers carriers;

    ThreadPoolSession(Model model, int tasks, int threads, TaskInvoker invoker) {
        super(model, tasks, threads, invoker);
        this.carriers = new Carriers("rununder-" + model.name().toLowerCase(java.util.Locale.ROOT));
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), carriers);
        pool.prestartAllCoreThreads();
    }

    @Override
    long taskCpuNanos() {
        return carriers.cpuNanos();
    }

    @Override
    void start(RoundTracker tracker, Deadline deadline) {
        tracker.expectCarriers(concurrency);
        for (int i = 0; i < concurrency; i++) {
            pool.execute(() -> drain(tracker));
        }
    }

    private void drain(RoundTracker tracker) {
        long start = System.nanoTime();
        long queuedBefore = RunQueue.waitNanos();
        int worker = Carriers.currentId();
        for (int index = tracker.claim(); index >= 0; index = tracker.claim()) {
            tracker.run(invoker, index, worker);
        }
        long queuedAfter = RunQueue.waitNanos();
        tracker.carrierDone(System.nanoTime() - start, queuedBefore < 0 ? -1 : queuedAfter - queuedBefore);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
