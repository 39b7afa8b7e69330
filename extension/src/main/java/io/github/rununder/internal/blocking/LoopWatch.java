package io.github.rununder.internal.blocking;

import io.github.rununder.internal.measure.LoopBlocking;
import io.github.rununder.internal.measure.RunQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;

/**
 * Watches the {@code ASYNC} event-loop thread for tasks that block it.
 *
 * <p>Two methods, combined for what each is good at:
 * <ul>
 *   <li><b>That</b> the loop blocked, per round: the wall time the loop spent inside tasks'
 *       synchronous parts, less the CPU time the loop thread used in the whole round, less the
 *       time it waited for a core (Linux schedstat). What is left is time inside tasks that was
 *       neither computing nor queued: the loop was blocked at least that long. Per task this costs
 *       two {@code nanoTime} calls; the CPU clock and schedstat are read twice per round (a
 *       thread-CPU read costs about 2 µs on the CI machine, too much for every task of a run of
 *       ten thousand small ones). The loop's own dispatching counts as CPU time, so the figure is
 *       a lower bound: blocking shorter than the loop's own work goes unnoticed, as it should.</li>
 *   <li><b>Where</b> it blocked: the JDK Flight Recorder's blocking events (sleep, monitor wait and
 *       enter, park, socket and file IO) on the loop thread, with stack traces, restricted to task
 *       windows marked by a custom event. Starting a recording costs over a second and its events
 *       arrive up to a second late, so it starts only once a round (usually the first, unmeasured
 *       task or a warm-up round) has shown blocking, and the end of the run waits for its events
 *       only then. A run that never blocks pays for neither.</li>
 * </ul>
 * Findings cover the measured rounds only. Without the {@code jdk.jfr} module, or if a recording
 * cannot start, the findings say that the loop blocked and why the place is unknown.
 *
 * <p>Every method but {@link #beforeRound()} and {@link #findings()} runs on the loop thread; the
 * session hands over between rounds, which orders the two sides.
 */
public final class LoopWatch implements AutoCloseable {

    /** Blocking below this per task, on average, is noise: a page fault, a lazy class load. */
    private static final long NOISE_PER_TASK_NANOS = 100_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean cpuClockWorks = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    private final String loopFrameClass;
    private Thread loop;
    private BlockingRecorder recorder;
    private String recorderProblem;
    private boolean suspected;
    private boolean measuring;
    private long taskStart;
    private long roundCpuStart;
    private long roundQueueStart;
    private long roundInTask;
    private int roundTasks;
    private long loopNanos;
    private long blockedNanos;
    private long wallNanos;
    private int rounds;

    /**
     * @param loopFrameClass the class whose frame runs each task on the loop thread: what stands above
     *     it in a stack is the task's code
     */
    public LoopWatch(Class<?> loopFrameClass) {
        this.loopFrameClass = loopFrameClass.getName();
    }

    /** Called on the loop thread before a round's first task (or the probe), with whether the round counts. */
    public void roundStarting(boolean measured) {
        loop = Thread.currentThread();
        measuring = measured;
        roundInTask = 0;
        roundTasks = 0;
        roundQueueStart = RunQueue.waitNanos();
        roundCpuStart = cpuClockWorks ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Called on the loop thread right before a task's synchronous part. */
    public void taskEntering(int index) {
        if (recorder != null) {
            recorder.taskEntering(index, measuring);
        }
        taskStart = System.nanoTime();
    }

    /** Called on the loop thread right after a task's synchronous part returned or threw. */
    public void taskLeft() {
        roundInTask += System.nanoTime() - taskStart;
        roundTasks++;
        if (recorder != null) {
            recorder.taskLeft();
        }
    }

    /** Called on the loop thread after a round's last task, with the round's wall time. */
    public void roundEnded(long roundWallNanos) {
        if (roundCpuStart < 0) {
            return;
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - roundCpuStart;
        long queued = roundQueueStart < 0 ? 0 : Math.max(0, RunQueue.waitNanos() - roundQueueStart);
        long blocked = Math.max(0, roundInTask - cpu - queued);
        if (blocked > NOISE_PER_TASK_NANOS * Math.max(1, roundTasks)) {
            suspected = true;
        }
        if (measuring) {
            loopNanos += roundInTask;
            blockedNanos += blocked;
            wallNanos += roundWallNanos;
            rounds++;
        }
    }

    /**
     * Between rounds, on the driving thread: starts the flight recorder once blocking has been
     * seen, so the rounds that follow show where. Outside any round's timing.
     */
    public void beforeRound() {
        if (suspected && recorder == null && recorderProblem == null && loop != null) {
            try {
                recorder = BlockingRecorder.start(loop, loopFrameClass);
            } catch (RuntimeException | LinkageError e) {
                recorderProblem = "the flight recorder could not start: " + e;
            }
        }
    }

    /** What the measured rounds showed, if the loop blocked beyond noise. */
    public Optional<LoopBlocking> findings() {
        if (rounds == 0 || !suspected || blockedNanos <= NOISE_PER_TASK_NANOS * rounds) {
            return Optional.empty();
        }
        if (recorder == null) {
            String reason = recorderProblem != null ? recorderProblem
                    : "the loop first blocked in the last measured round; add warm-up rounds to see where";
            return Optional.of(new LoopBlocking(blockedNanos, loopNanos, wallNanos, rounds, List.of(), reason));
        }
        BlockingRecorder.Sites sites = recorder.finish();
        return Optional.of(new LoopBlocking(blockedNanos, loopNanos, wallNanos, rounds, sites.sites(),
                sites.sites().isEmpty() ? sites.whyEmpty() : null));
    }

    @Override
    public void close() {
        if (recorder != null) {
            recorder.close();
        }
    }
}
