package io.github.rununder.bench;

import io.github.rununder.Model;
import io.github.rununder.Task;
import io.github.rununder.TaskInfo;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The tasks the performance suite measures; public, so PROCESSES workers can rebuild them. */
public final class PerfTasks {

    private PerfTasks() {}

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(action -> {
        Thread thread = new Thread(action, "perf-timer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Sleeps 20 ms; under ASYNC, hands over a stage that a timer thread completes after 20 ms
     * instead, as an asynchronous client's own timer or IO thread would.
     */
    public static final class Nap20 implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            if (task.model() == Model.ASYNC) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                TIMER.schedule(() -> done.complete(null), 20, TimeUnit.MILLISECONDS);
                task.completesWith(done);
            } else {
                Thread.sleep(20);
            }
        }
    }

    /**
     * Hands over a stage of {@link CompletableFuture#delayedExecutor} that completes after 20 ms:
     * the delay's thread hands the completion to the common pool, one thread on 2 cores.
     */
    public static final class DelayedNap20 implements Task {
        @Override
        public void run(TaskInfo task) {
            task.completesWith(HandWrittenLoop.delayed20());
        }
    }

    /** Sleeps 100 ms. */
    public static final class Nap100 implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(100);
        }
    }

    /** Hashes 4 MiB with SHA-256. */
    public static final class Hash implements Task {
        private static final byte[] DATA = new byte[4 << 20];
        public static volatile byte sink;

        @Override
        public void run(TaskInfo task) throws Exception {
            DATA[0] = (byte) task.index();
            sink = MessageDigest.getInstance("SHA-256").digest(DATA)[0];
        }
    }

    /** Almost nothing: what is left to measure is the harness. */
    public static final class Tiny implements Task {
        public static volatile int sink;

        @Override
        public void run(TaskInfo task) {
            sink = task.index();
        }
    }
}
