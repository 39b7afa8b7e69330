package io.github.rununder.internal.report;

import io.github.rununder.internal.measure.Latencies;

/**
 * Per-task latencies of one model's measured rounds, as percentiles.
 *
 * @param count tasks recorded
 * @param meanNanos mean latency
 * @param p50Nanos median latency
 * @param p90Nanos 90th percentile
 * @param p99Nanos 99th percentile
 * @param maxNanos the largest latency
 */
public record Latency(long count, double meanNanos, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos) {

    static Latency of(Latencies latencies) {
        return new Latency(latencies.count(), latencies.mean(), latencies.percentile(50), latencies.percentile(90),
                latencies.percentile(99), latencies.max());
    }
}
