package io.github.rununder.internal.model;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon platform threads named after their model, each knowing its worker number. */
final class Carriers implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    Carriers(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        int id = count.getAndIncrement();
        Thread thread = new Carrier(task, prefix + "-" + id, id);
        thread.setDaemon(true);
        return thread;
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
