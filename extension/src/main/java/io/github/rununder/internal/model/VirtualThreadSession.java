package io.github.rununder.internal.model;

import io.github.rununder.Model;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Model#VIRTUAL_THREADS}: one new virtual thread per task, at most {@code concurrency} in
 * flight. The driving thread starts them, waiting for a permit whenever the limit is reached.
 */
final class VirtualThreadSession extends InProcessSession {

    private final ThreadFactory threads;
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    VirtualThreadSession(int tasks, int concurrency, TaskInvoker invoker, ThreadFactory threads) {
        super(Model.VIRTUAL_THREADS, tasks, concurrency, invoker);
        this.threads = threads;
    }

    @Override
    void start(RoundTracker tracker, Deadline deadline) throws TimeoutException, InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        for (int index = tracker.claim(); index >= 0 && !closed; index = tracker.claim()) {
            if (!permits.tryAcquire(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException();
            }
            int task = index;
            Thread thread = threads.newThread(() -> {
                try {
                    tracker.run(invoker, task, -1);
                } finally {
                    running.remove(Thread.currentThread());
                    permits.release();
                }
            });
            running.add(thread);
            thread.start();
        }
    }

    @Override
    long taskCpuNanos() {
        return -1;
    }

    @Override
    public void close() {
        closed = true;
        running.forEach(Thread::interrupt);
    }
}
