package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.TaskFailedException;
import io.github.rununder.internal.measure.Latencies;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hands out the task indexes of one round and learns when the last task completed, or the first
 * one failed. Shared by the carriers of a round; every method is thread-safe.
 */
final class RoundTracker {

    private final Model model;
    private final int round;
    private final int tasks;
    private final Latencies latencies;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger remaining;
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);
    private final LongAdder carrierBusy = new LongAdder();
    private final LongAdder carrierQueued = new LongAdder();
    private final AtomicBoolean carrierQueueUnknown = new AtomicBoolean();
    private volatile CountDownLatch carriers = new CountDownLatch(0);

    RoundTracker(Model model, int round, int tasks, Latencies latencies) {
        this.model = model;
        this.round = round;
        this.tasks = tasks;
        this.latencies = latencies;
        this.remaining = new AtomicInteger(tasks);
    }

    int round() {
        return round;
    }

    int tasks() {
        return tasks;
    }

    /** Whether this round counts: only measured rounds record latencies. */
    boolean measured() {
        return latencies != null;
    }

    /** The next task index to run, or {@code -1} when none is left or the round failed. */
    int claim() {
        if (done.isDone()) {
            return -1;
        }
        int index = next.getAndIncrement();
        return index < tasks ? index : -1;
    }

    /**
     * Claims a block of up to {@code size} task indexes at once, for carriers that run tasks one
     * after another: returns the first, or {@code -1} when none is left or the round failed; the
     * block ends at {@link #blockEnd(int, int)}. One atomic update per block instead of per task.
     */
    int claimBlock(int size) {
        if (done.isDone()) {
            return -1;
        }
        int first = next.getAndAdd(size);
        return first < tasks ? first : -1;
    }

    /** The index after the block of {@code size} that starts at {@code first}. */
    int blockEnd(int first, int size) {
        return Math.min(tasks, first + size);
    }

    /** Whether the round already ended in failure, so carriers stop early. */
    boolean failedAlready() {
        return done.isCompletedExceptionally();
    }

    /** Records a completed task; the last one ends the round at {@code endNanos}. */
    void succeeded(long startNanos, long endNanos) {
        if (latencies != null) {
            latencies.record(endNanos - startNanos);
        }
        if (remaining.decrementAndGet() == 0) {
            done.complete(endNanos);
        }
    }

    /**
     * A carrier thread that ran tasks one after another reports them all at once when it is out of
     * tasks: how many it completed, when the last one ended, their latencies, how long it was busy
     * and how long of that it waited for a core ({@code -1} if unknown). One atomic update per
     * carrier and round instead of one per task.
     */
    void drained(int completed, long lastEndNanos, Latencies.Local local, long busyNanos, long queuedNanos) {
        if (latencies != null) {
            latencies.addAll(local);
        }
        lastEnd.accumulateAndGet(lastEndNanos, Math::max);
        carrierDone(busyNanos, queuedNanos);
        if (completed > 0 && remaining.addAndGet(-completed) == 0) {
            done.complete(lastEnd.get());
        }
    }

    /** Records a failed task; the first failure ends the round. */
    void failed(int index, Throwable error) {
        done.completeExceptionally(new TaskFailedException(model, index, round, Stages.unwrap(error)));
    }

    /** The round's tasks are carried by {@code count} threads, each of which reports its time once. */
    void expectCarriers(int count) {
        carriers = new CountDownLatch(count);
    }

    /**
     * A carrier thread reports how long it was busy with this round, and how long of that it
     * waited for a core ({@code -1} if unknown).
     */
    void carrierDone(long busyNanos, long queuedNanos) {
        carrierBusy.add(busyNanos);
        if (queuedNanos < 0) {
            carrierQueueUnknown.set(true);
        } else {
            carrierQueued.add(queuedNanos);
        }
        carriers.countDown();
    }

    /** Total busy time of the carriers that reported, or {@code -1} when none did. */
    long carrierBusyNanos() {
        return carriers.getCount() == 0 && carrierBusy.sum() > 0 ? carrierBusy.sum() : -1;
    }

    /** Total time the carriers waited for a core, or {@code -1} when unknown. */
    long carrierQueuedNanos() {
        return carrierBusyNanos() < 0 || carrierQueueUnknown.get() ? -1 : carrierQueued.sum();
    }

    /** Tasks not completed yet. */
    int unfinished() {
        return remaining.get();
    }

    /** Runs one task on the calling thread and records its outcome. */
    void run(TaskInvoker invoker, int index, int workerId) {
        run(invoker, index, workerId, System.nanoTime());
    }

    /** Runs one task on the calling thread; its latency counts from {@code start}, when it was issued. */
    void run(TaskInvoker invoker, int index, int workerId, long start) {
        TaskContext context = new TaskContext(index, round, model, workerId);
        try {
            TaskExecution.run(invoker, context);
            succeeded(start, System.nanoTime());
        } catch (Throwable error) {
            failed(index, error);
        }
    }

    /**
     * Waits for the round to end and returns the moment its last task completed.
     *
     * @throws TaskFailedException when a task failed
     * @throws java.util.concurrent.TimeoutException when the deadline passed first
     * @throws InterruptedException when the waiting thread was interrupted
     */
    long await(Deadline deadline) throws java.util.concurrent.TimeoutException, InterruptedException {
        long end;
        try {
            end = done.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw (TaskFailedException) e.getCause();
        }
        // The carriers report right after the last task; their figures are not worth a delay.
        carriers.await(Math.min(100, Math.max(0, deadline.remainingNanos() / 1_000_000)), TimeUnit.MILLISECONDS);
        return end;
    }

    /** Describes what was left when a round was cut short: {@code 1 of 4 tasks of round 2 done, 1 running}. */
    String progress() {
        int started = Math.min(next.get(), tasks);
        int finished = tasks - unfinished();
        return finished + " of " + tasks + " tasks of " + RoundNames.of(round) + " done, " + Math.max(0, started - finished)
                + " still running";
    }
}
