package io.github.rununder.internal.fork;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.CpuClock;
import io.github.rununder.internal.measure.RunQueue;
import io.github.rununder.internal.model.TaskContext;
import io.github.rununder.internal.model.TaskExecution;
import io.github.rununder.internal.model.TaskInvoker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

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
    private final WorkerRecorder recorder;
    private volatile boolean served;

    WorkerRuntime(Channel channel, int workerId, WorkerRecorder recorder) {
        this.channel = channel;
        this.workerId = workerId;
        this.recorder = recorder;
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
     * Between batches it starts and stops the recordings the test JVM asks for; the session's end
     * stops one still on.
     */
    public void serve(TaskInvoker invoker) {
        served = true;
        try (recorder) {
            channel.send(new Message.SessionReady());
            BatchMeter meter = new BatchMeter();
            while (true) {
                Message message = channel.receive();
                if (message == null || message instanceof Message.Shutdown) {
                    WorkerMain.exit();
                }
                if (message instanceof Message.EndSession) {
                    return;
                }
                if (message instanceof Message.Tasks tasks) {
                    meter.start();
                    runBatch(invoker, tasks);
                    channel.send(meter.done());
                } else if (message instanceof Message.StartRecording start) {
                    channel.send(recorder.start(start));
                } else if (message instanceof Message.StopRecording stop) {
                    channel.send(recorder.stop(stop));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the channel to the test JVM broke", e);
        }
    }

    private void runBatch(TaskInvoker invoker, Message.Tasks tasks) throws IOException {
        for (int index = tasks.first(); index < tasks.first() + tasks.count(); index++) {
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

    /**
     * What a batch cost the worker: CPU time of the process and of the task thread, the task
     * thread's time waiting for a core, and what the JIT compilers and the class loaders did
     * meanwhile. The management beans load with the first batch, not while the worker starts.
     */
    private static final class BatchMeter {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        private long start;
        private long queued;
        private long cpu;
        private long taskCpu;
        private long compiling;
        private long loaded;

        void start() {
            start = System.nanoTime();
            queued = RunQueue.waitNanos();
            cpu = CpuClock.process().nanos();
            taskCpu = threads.getCurrentThreadCpuTime();
            compiling = compilationMillis();
            loaded = classes.getTotalLoadedClassCount();
        }

        Message.BatchDone done() {
            long cpuUsed = CpuClock.process().nanos() - cpu;
            long taskCpuUsed = threads.getCurrentThreadCpuTime() - taskCpu;
            long queuedAfter = RunQueue.waitNanos();
            long compiled = compiling < 0 ? -1 : TimeUnit.MILLISECONDS.toNanos(compilationMillis() - compiling);
            return new Message.BatchDone(cpuUsed, taskCpuUsed, System.nanoTime() - start,
                    queued < 0 ? -1 : queuedAfter - queued, compiled, classes.getTotalLoadedClassCount() - loaded);
        }

        private long compilationMillis() {
            return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                    ? compiler.getTotalCompilationTime() : -1;
        }
    }
}
