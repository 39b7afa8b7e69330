package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.TaskFailedException;
import io.github.rununder.internal.measure.Latencies;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** The next task index to run, or {@code -1} when none is left or the round failed. */
    int claim() {
        if (done.isDone()) {
            return -1;
        }
        int index = next.getAndIncrement();
        return index < tasks ? index : -1;
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

    /** Records a failed task; the first failure ends the round. */
    void failed(int index, Throwable error) {
        done.completeExceptionally(new TaskFailedException(model, index, round, Stages.unwrap(error)));
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
            invoker.invoke(context);
            var pending = context.seal();
            if (pending != null) {
                Stages.await(pending);
            }
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
        try {
            return done.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw (TaskFailedException) e.getCause();
        }
    }

    /** Describes what was left when a round was cut short. */
    String progress() {
        String roundName = round < 0 ? "warm-up round " + (-round) : "round " + (round + 1);
        return unfinished() + " of " + tasks + " tasks of " + roundName + " still running";
    }
}
