package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Latencies;
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

    /**
     * Runs tasks until none is left, then reports them at once. One clock read per task: a task's
     * latency runs from the end of the one before (or the drain's start) to its own end.
     */
    private void drain(RoundTracker tracker) {
        long queuedBefore = RunQueue.waitNanos();
        long start = System.nanoTime();
        int worker = Carriers.currentId();
        Latencies.Local latencies = Latencies.local();
        int block = blockSize(tracker.tasks());
        int completed = 0;
        long previous = start;
        claiming:
        for (int first = tracker.claimBlock(block); first >= 0; first = tracker.claimBlock(block)) {
            for (int index = first, end = tracker.blockEnd(first, block); index < end; index++) {
                try {
                    TaskExecution.run(invoker, new TaskContext(index, tracker.round(), model, worker));
                } catch (Throwable error) {
                    tracker.failed(index, error);
                    break claiming;
                }
                long now = System.nanoTime();
                latencies.record(now - previous);
                previous = now;
                completed++;
                if (tracker.failedAlready()) {
                    break claiming;
                }
            }
        }
        long queuedAfter = RunQueue.waitNanos();
        tracker.drained(completed, previous, latencies, previous - start,
                queuedBefore < 0 ? -1 : queuedAfter - queuedBefore);
    }

    /**
     * How many tasks a carrier claims at once: a sixteenth of its share, so that the carriers of a
     * pool still balance when tasks differ in length, and one for rounds too small to matter.
     */
    private int blockSize(int tasks) {
        return Math.max(1, tasks / (concurrency * 16));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
