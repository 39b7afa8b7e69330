package io.github.rununder.internal.measure;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Per-task latencies of one model run, recorded from any thread into a histogram, so that a
 * million tasks cost a few kilobytes rather than a million samples. Values keep three
 * significant digits (HdrHistogram's guarantee) up to an hour. The histogram grows with the
 * largest value recorded, so a run of microsecond tasks keeps a small one.
 */
public final class Latencies {

    private static final long HIGHEST_TRACKABLE = 3_600_000_000_000L;

    private final Histogram histogram = new ConcurrentHistogram(3);

    /** Records one task's latency; values outside the range are clamped to it. */
    public void record(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(nanos, HIGHEST_TRACKABLE)));
    }

    /** Adds another run's latencies to these. */
    public void addAll(Latencies other) {
        synchronized (histogram) {
            histogram.add(other.histogram);
        }
    }

    /**
     * A histogram for one thread's tasks, cheaper to record into (no synchronisation); its values
     * join these with {@link #addAll(Local)} when the thread is done with a round.
     */
    public static Local local() {
        return new Local();
    }

    /** Adds one thread's latencies to these. */
    public void addAll(Local local) {
        synchronized (histogram) {
            histogram.add(local.histogram);
        }
    }

    /** One thread's latencies; not thread-safe. */
    public static final class Local {
        private final Histogram histogram = new Histogram(3);

        private Local() {}

        /** Records one task's latency; values outside the range are clamped to it. */
        public void record(long nanos) {
            histogram.recordValue(Math.max(1, Math.min(nanos, HIGHEST_TRACKABLE)));
        }
    }

    /** Number of recorded tasks. */
    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency at {@code percentile} (0–100), or {@code 0} when nothing was recorded. */
    public long percentile(double percentile) {
        return histogram.getValueAtPercentile(percentile);
    }

    /** The largest recorded latency. */
    public long max() {
        return histogram.getMaxValue();
    }

    /** The mean recorded latency. */
    public double mean() {
        return histogram.getMean();
    }
}
