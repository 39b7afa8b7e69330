package io.github.rununder.internal.measure;

import java.util.Arrays;

/**
 * The measured rounds of one model: wall time and process CPU time of each, in the order they
 * ran. Grows while more rounds are measured; {@link #wallNanos()} and {@link #cpuNanos()} return
 * copies. Not thread-safe: only the thread driving the rounds appends.
 */
public final class RoundSeries {

    private long[] wall = new long[8];
    private long[] cpu = new long[8];
    private int size;

    /** Appends one round. */
    public void add(long wallNanos, long cpuNanos) {
        if (size == wall.length) {
            wall = Arrays.copyOf(wall, size * 2);
            cpu = Arrays.copyOf(cpu, size * 2);
        }
        wall[size] = wallNanos;
        cpu[size] = cpuNanos;
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
}
