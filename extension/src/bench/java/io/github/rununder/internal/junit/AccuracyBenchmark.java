package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.TaskInfo;
import io.github.rununder.internal.model.TaskContext;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH's average time for a CPU-bound task method: the reference the per-task time that
 * {@code SEQUENTIAL} reports is compared with ({@link io.github.rununder.bench.PerformanceSuite}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(2)
public class AccuracyBenchmark {

    /** Hashes 16 KiB with SHA-256, about 10–20 µs. */
    public static final class Hashing {
        private static final byte[] DATA = new byte[16 * 1024];
        public byte last;

        public void task(TaskInfo task) throws Exception {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            DATA[0] = (byte) task.index();
            last = digest.digest(DATA)[0];
        }
    }

    /**
     * About 10 µs of {@link Xorshift} steps: no allocation and no intrinsic, so that every JVM
     * compiles it alike and what differs is the harness.
     */
    public static final class Arithmetic {
        public long last;

        public void task(TaskInfo task) {
            last = Xorshift.steps(task.index() + last + 1, 5600);
        }
    }

    private final Hashing hashing = new Hashing();
    private final Arithmetic arithmetic = new Arithmetic();
    private final TaskContext context = new TaskContext(3, 0, Model.SEQUENTIAL, 0);

    @Benchmark
    public long arithmeticTask() {
        arithmetic.task(context);
        return arithmetic.last;
    }

    @Benchmark
    public byte hashingTask() throws Exception {
        hashing.task(context);
        return hashing.last;
    }
}
