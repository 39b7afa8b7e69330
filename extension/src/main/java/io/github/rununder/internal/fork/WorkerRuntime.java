package io.github.rununder.internal.fork;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.CpuClock;
import io.github.rununder.internal.measure.RunQueue;
import io.github.rununder.internal.model.TaskContext;
import io.github.rununder.internal.model.TaskExecution;
import io.github.rununder.internal.model.TaskInvoker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What a worker JVM is: its channel to the test JVM and its number. Set once by
 * {@link WorkerMain}; the extension, running inside the worker's Launcher, finds it here to serve
 * tasks. This is the one piece of JVM-wide state in RunUnder, and it exists only in workers.
 */
public final class WorkerRuntime {

    /** The system property that marks a worker JVM; the report listener stays silent there. */
    public static final String WORKER_PROPERTY = io.github.rununder.RunUnder.WORKER_PROPERTY_NAME;

    private static volatile WorkerRuntime current;

    private final Channel channel;
    private final int workerId;
    private volatile boolean served;

    WorkerRuntime(Channel channel, int workerId) {
        this.channel = channel;
        this.workerId = workerId;
    }

    static void install(WorkerRuntime runtime) {
        current = runtime;
    }

    /** The runtime of this worker JVM, or {@code null} in any other JVM. */
    public static WorkerRuntime current() {
        return current;
    }

    /** Whether this JVM is a RunUnder worker, which must never fork workers itself. */
    public static boolean inWorker() {
        return current != null || Boolean.getBoolean(WORKER_PROPERTY);
    }

    /** This worker's number in its pool, from {@code 0}. */
    public int workerId() {
        return workerId;
    }

    boolean served() {
        return served;
    }

    void resetServed() {
        served = false;
    }

    /**
     * Serves tasks until the test JVM ends the session: tells it the test is ready, then runs
     * each batch of tasks it sends, one after another on the calling thread, reporting each.
     */
    public void serve(TaskInvoker invoker) {
        served = true;
        try {
            channel.send(new Message.SessionReady());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            while (true) {
                Message message = channel.receive();
                if (message == null || message instanceof Message.Shutdown) {
                    Runtime.getRuntime().halt(0);
                }
                if (message instanceof Message.EndSession) {
                    return;
                }
                if (message instanceof Message.Tasks tasks) {
                    long start = System.nanoTime();
                    long queued = RunQueue.waitNanos();
                    long cpu = CpuClock.process().nanos();
                    long taskCpu = threads.getCurrentThreadCpuTime();
                    runBatch(invoker, tasks);
                    long cpuUsed = CpuClock.process().nanos() - cpu;
                    long taskCpuUsed = threads.getCurrentThreadCpuTime() - taskCpu;
                    long queuedAfter = RunQueue.waitNanos();
                    channel.send(new Message.BatchDone(cpuUsed, taskCpuUsed, System.nanoTime() - start,
                            queued < 0 ? -1 : queuedAfter - queued));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the channel to the test JVM broke", e);
        }
    }

    private void runBatch(TaskInvoker invoker, Message.Tasks tasks) throws IOException {
        for (int index : tasks.indexes()) {
            TaskContext context = new TaskContext(index, tasks.round(), Model.PROCESSES, workerId);
            long start = System.nanoTime();
            try {
                TaskExecution.run(invoker, context);
            } catch (Throwable failure) {
                channel.send(new Message.TaskFailed(index, ThrowableData.of(TaskExecution.unwrap(failure))));
                return;
            }
            channel.send(new Message.TaskDone(index, System.nanoTime() - start));
        }
    }
}
