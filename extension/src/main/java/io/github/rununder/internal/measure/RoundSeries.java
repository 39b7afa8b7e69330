package io.github.rununder.internal.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The measured rounds of one model, in the order they ran. Grows while more rounds are measured.
 * Only the thread driving the rounds appends; readers get copies.
 */
public final class RoundSeries {

    private final List<RoundTiming> rounds = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean frozen;

    /** Appends one round. */
    public void add(RoundTiming round) {
        if (frozen) {
            throw new IllegalStateException("these rounds are final: the comparison is over");
        }
        rounds.add(round);
    }

    /** Appends one round of which only wall and CPU times are known. */
    public void add(long wallNanos, long cpuNanos) {
        add(new RoundTiming(wallNanos, cpuNanos, -1));
    }

    /** Ends appending. */
    void freeze() {
        frozen = true;
    }

    /** Number of rounds measured. */
    public int size() {
        return rounds.size();
    }

    /** The rounds, in the order they ran. */
    public List<RoundTiming> all() {
        synchronized (rounds) {
            return List.copyOf(rounds);
        }
    }

    /** Wall time of each round, in nanoseconds. */
    public long[] wallNanos() {
        return column(RoundTiming::wallNanos);
    }

    /** Process CPU time of each round, in nanoseconds ({@code -1} entries where unknown). */
    public long[] cpuNanos() {
        return column(RoundTiming::cpuNanos);
    }

    /**
     * CPU time of the threads that carried the tasks in each round ({@code -1} where unknown, as
     * for virtual threads, whose carriers the JDK does not expose).
     */
    public long[] taskCpuNanos() {
        return column(RoundTiming::taskCpuNanos);
    }

    private long[] column(ToLongFunction<RoundTiming> field) {
        return all().stream().mapToLong(field).toArray();
    }
}
