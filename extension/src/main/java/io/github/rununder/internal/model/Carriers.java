package io.github.rununder.internal.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon platform threads named after their model, each knowing its worker number; the factory
 * keeps them, so the CPU time they used can be read.
 */
final class Carriers implements ThreadFactory {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Thread> created = new CopyOnWriteArrayList<>();

    Carriers(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        int id = count.getAndIncrement();
        Thread thread = new Carrier(task, prefix + "-" + id, id);
        thread.setDaemon(true);
        created.add(thread);
        return thread;
    }

    /**
     * CPU time used so far by every thread this factory made, in nanoseconds (threads that ended
     * count no more), or {@code -1} where the JVM cannot tell.
     */
    long cpuNanos() {
        if (!THREADS.isThreadCpuTimeSupported() || !THREADS.isThreadCpuTimeEnabled()) {
            return -1;
        }
        long total = 0;
        for (Thread thread : created) {
            @SuppressWarnings("deprecation") // Thread.threadId() arrived in Java 19; this library runs on 17.
            long id = thread.getId();
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos > 0) {
                total += nanos;
            }
        }
        return total;
    }

    /** The worker number of the calling carrier thread, or {@code -1} on any other thread. */
    static int currentId() {
        return Thread.currentThread() instanceof Carrier carrier ? carrier.id : -1;
    }

    private static final class Carrier extends Thread {
        private final int id;

        Carrier(Runnable task, String name, int id) {
            super(task, name);
            this.id = id;
        }
    }
}
