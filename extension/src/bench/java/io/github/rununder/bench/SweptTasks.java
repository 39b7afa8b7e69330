package io.github.rununder.bench;

import io.github.rununder.Task;
import io.github.rununder.TaskInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The real workloads {@link SweepBenchmark} sweeps. */
final class SweptTasks {

    private SweptTasks() {}

    /** Waits 20 ms, as an IO call would: nothing shared, so throughput grows with the tasks in flight. */
    static final class Nap implements Task {
        @Override
        public void run(TaskInfo task) throws InterruptedException {
            Thread.sleep(20);
        }
    }

    /** SHA-256 over 4 MiB: all computing, so throughput grows only up to the number of cores. */
    static final class Hash implements Task {
        private static final byte[] DATA = new byte[4 << 20];

        @Override
        public void run(TaskInfo task) throws NoSuchAlgorithmException {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(DATA);
            if (digest.digest()[0] == 42 && task.index() < 0) {
                throw new IllegalStateException("never: keeps the digest from being optimised away");
            }
        }
    }

    /**
     * Computes about 2 ms, 95% of it holding one lock that every task shares: serialised, so more
     * threads give no more throughput (σ near 1).
     */
    static final class Lock implements Task {
        private static final Object LOCK = new Object();
        private static volatile long sink;

        @Override
        public void run(TaskInfo task) {
            long outside = spin(100_000);
            synchronized (LOCK) {
                sink = outside + spin(1_900_000);
            }
        }

        /** Busy for about {@code nanos}, computing. */
        private static long spin(long nanos) {
            long end = System.nanoTime() + nanos;
            long x = 1;
            while (System.nanoTime() < end) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            return x;
        }
    }
}
