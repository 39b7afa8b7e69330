package io.github.rununder.internal.model;

import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.Model;
import io.github.rununder.internal.measure.CpuClock;
import io.github.rununder.internal.measure.Latencies;
import java.util.concurrent.TimeoutException;

/**
 * What every in-process model shares: a round starts its tasks, the driving thread waits for the
 * last one (or the first failure, or the deadline), and the round's wall and CPU time are taken.
 */
abstract class InProcessSession implements ModelSession {

    protected final Model model;
    protected final int tasks;
    protected final int concurrency;
    protected final TaskInvoker invoker;

    InProcessSession(Model model, int tasks, int concurrency, TaskInvoker invoker) {
        this.model = model;
        this.tasks = tasks;
        this.concurrency = concurrency;
        this.invoker = invoker;
    }

    @Override
    public final Model model() {
        return model;
    }

    @Override
    public final RoundTiming runRound(int round, Latencies latencies, Deadline deadline) throws TimeoutException {
        RoundTracker tracker = new RoundTracker(model, round, tasks, latencies);
        beforeRound();
        CpuClock cpu = CpuClock.process();
        long taskCpuBefore = taskCpuNanos();
        long cpuBefore = cpu.nanos();
        long start = System.nanoTime();
        long end = awaitRound(tracker, deadline, () -> start(tracker, deadline));
        long cpuAfter = cpu.nanos();
        long taskCpuAfter = taskCpuNanos();
        RoundTiming timing = new RoundTiming(end - start, cpuBefore < 0 ? -1 : cpuAfter - cpuBefore,
                taskCpuBefore < 0 || taskCpuAfter < 0 ? -1 : taskCpuAfter - taskCpuBefore,
                tracker.carrierBusyNanos(), tracker.carrierQueuedNanos());
        afterRound(tracker, timing, deadline);
        return timing;
    }

    /** Runs on the driving thread before a round, outside its timing. */
    void beforeRound() {}

    /** Runs on the driving thread after a round, outside its timing. */
    void afterRound(RoundTracker tracker, RoundTiming timing, Deadline deadline) throws TimeoutException {}

    /**
     * CPU time used so far by the threads that carry this session's tasks, or {@code -1} where
     * they are not known (virtual threads).
     */
    abstract long taskCpuNanos();

    /** Starts a round with {@code starter}, waits for its end and maps a missed deadline to its message. */
    final long awaitRound(RoundTracker tracker, Deadline deadline, Starter starter) throws TimeoutException {
        try {
            starter.start();
            return tracker.await(deadline);
        } catch (TimeoutException e) {
            close();
            throw deadline.expired(model, tracker.progress() + "; its threads were interrupted");
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw deadline.interrupted(model, tracker.progress() + "; its threads were interrupted");
        }
    }

    /** Starts the tasks of a round. */
    @FunctionalInterface
    interface Starter {
        void start() throws TimeoutException, InterruptedException;
    }

    /**
     * Starts the round's tasks. May return before they complete; the tracker learns when they do.
     *
     * @throws TimeoutException when the deadline passes while starting tasks
     * @throws InterruptedException when the driving thread is interrupted while starting tasks
     */
    abstract void start(RoundTracker tracker, Deadline deadline) throws TimeoutException, InterruptedException;
}
