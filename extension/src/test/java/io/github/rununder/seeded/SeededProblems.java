package io.github.rununder.seeded;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Five workloads, each with one seeded reason to fall short of a claim, for the explanation's tests
 * and benchmark: a hot {@code synchronized} section, an allocation storm, a sleep on the event
 * loop, virtual threads pinned in a class initialiser, and computing oversubscribed on few cores.
 * Each claim fails on a machine of up to four cores; the explanation must name the seeded cause.
 */
public final class SeededProblems {

    private SeededProblems() {}

    /** Computes for {@code micros} microseconds. */
    static long spin(long micros) {
        long end = System.nanoTime() + micros * 1000;
        long x = 1;
        while (System.nanoTime() < end) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    /** A ledger every task posts to, one entry at a time, under its monitor. */
    public static final class Ledger {
        static final Ledger SHARED = new Ledger();
        private long total;

        /** 300 µs of work holding the ledger's monitor. */
        synchronized void post(long amount) {
            total += spin(300) & 1;
            total += amount;
        }
    }

    /** Eight threads take turns at the one ledger: no faster than one. Seeded cause: MONITOR. */
    public static class HotLock {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16, concurrency = 8, warmup = 2, rounds = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 6)
        void post() {
            for (int entry = 0; entry < 10; entry++) {
                Ledger.SHARED.post(entry);
            }
        }
    }

    /** Every task allocates and holds 160 MB of small objects, which each young collection copies. Seeded cause: GC. */
    public static class AllocationStorm {
        static volatile Object kept;

        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = 2, warmup = 1, rounds = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 6)
        void allocate() {
            List<Object> held = new ArrayList<>(2_000_000);
            for (int i = 0; i < 2_000_000; i++) {
                held.add(new long[8]);
            }
            kept = held;
        }
    }

    /** Each task sleeps on the event loop before it completes: four in flight run one after another. Seeded cause: SLEEP. */
    public static class SleepOnLoop {
        @RunUnder(model = {SEQUENTIAL, ASYNC}, tasks = 8, concurrency = 4, warmup = 1, rounds = 3)
        @ExpectFaster(model = ASYNC, than = SEQUENTIAL, atLeast = 6)
        void call(TaskInfo task) throws InterruptedException {
            Thread.sleep(10);
            task.completesWith(CompletableFuture.completedFuture(null));
        }
    }

    /**
     * Each task initialises a fresh copy of a class whose initialiser sleeps: a virtual thread
     * cannot unmount there, so sixteen in flight share as many carriers as there are cores.
     * Seeded cause: the pinned wait (SLEEP, pinned by a class initialiser).
     */
    public static class PinnedInInitialiser {
        @RunUnder(model = {SEQUENTIAL, VIRTUAL_THREADS}, tasks = 16, concurrency = 16, warmup = 1, rounds = 3)
        @ExpectFaster(model = VIRTUAL_THREADS, than = SEQUENTIAL, atLeast = 8)
        void initialise() throws ClassNotFoundException {
            Class.forName(SleepsWhileInitialised.class.getName(), true, new FreshCopies());
        }
    }

    /** Sleeps 10 ms in its initialiser. */
    public static final class SleepsWhileInitialised {
        static {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Defines its own copy of {@link SleepsWhileInitialised}, so that every task initialises one. */
    public static final class FreshCopies extends ClassLoader {

        public FreshCopies() {
            super(SeededProblems.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SleepsWhileInitialised.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }

    /** Eight threads compute on a machine of a few cores: each waits for one most of the time. Seeded cause: QUEUED. */
    public static class Oversubscribed {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16, concurrency = 8, warmup = 2, rounds = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 6)
        void compute() {
            sink = spin(4_000);
        }

        static volatile long sink;
    }
}
