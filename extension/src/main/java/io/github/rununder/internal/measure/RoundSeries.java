package io.github.rununder.internal.measure;

import java.util.Arrays;

/**
 * The measured rounds of one model: wall time, process CPU time and the CPU time of the threads
 * that carried the tasks, in the order they ran. Grows while more rounds are measured; {@link #wallNanos()} and {@link #cpuNanos()} return
 * copies. Not thread-safe: only the thread driving the rounds appends.
 */
public final class RoundSeries {

    private long[] wall = new long[8];
    private long[] cpu = new long[8];
    private long[] taskCpu = new long[8];
    private int size;

    /** Appends one round whose carrier CPU time is unknown. */
    public void add(long wallNanos, long cpuNanos) {
        add(wallNanos, cpuNanos, -1);
    }

    /** Appends one round; CPU times are {@code -1} where unknown. */
    public void add(long wallNanos, long cpuNanos, long taskCpuNanos) {
        if (size == wall.length) {
            wall = Arrays.copyOf(wall, size * 2);
            cpu = Arrays.copyOf(cpu, size * 2);
            taskCpu = Arrays.copyOf(taskCpu, size * 2);
        }
        wall[size] = wallNanos;
        cpu[size] = cpuNanos;
        taskCpu[size] = taskCpuNanos;
        size++;
    }

    /** Number of rounds measured. */
    public int size() {
        return size;
    }

    /** Wall time of each round, in nanoseconds. */
    public long[] wallNanos() {
        return Arrays.copyOf(wall, size);
    }

    /** Process CPU time of each round, in nanoseconds ({@code -1} entries where unknown). */
    public long[] cpuNanos() {
        return Arrays.copyOf(cpu, size);
    }

    /**
     * CPU time of the threads that carried the tasks in each round, in nanoseconds ({@code -1}
     * entries where unknown, as for virtual threads, whose carriers the JDK does not expose).
     */
    public long[] taskCpuNanos() {
        return Arrays.copyOf(taskCpu, size);
    }
}
