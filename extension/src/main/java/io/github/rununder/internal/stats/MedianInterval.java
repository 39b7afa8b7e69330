package io.github.rununder.internal.stats;

import java.util.Arrays;

/**
 * A distribution-free interval for the median round time, from order statistics (the way
 * benchstat reports medians): the narrowest pair of order statistics {@code x(k)}, {@code x(n-k+1)}
 * that covers the true median with at least 95% confidence. With fewer than six rounds no pair
 * reaches 95% (five rounds: min–max covers 93.75%), and the interval is the range, labelled so.
 *
 * @param lowNanos lower end
 * @param highNanos upper end
 * @param coverage the probability that the interval covers the median, from the binomial distribution
 */
public record MedianInterval(double lowNanos, double highNanos, double coverage) {

    public static final double CONFIDENCE = 0.95;

    public static MedianInterval of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        // P(Binomial(n, 1/2) <= j), summed in log space so that thousands of rounds do not underflow.
        double logPmf = -n * Math.log(2);
        double cumulative = Math.exp(logPmf);
        int best = 0;
        double bestCoverage = 1 - 2 * cumulative;
        for (int j = 1; j < n / 2; j++) {
            logPmf += Math.log((double) (n - j + 1) / j);
            cumulative += Math.exp(logPmf);
            double coverage = 1 - 2 * cumulative;
            if (coverage < CONFIDENCE) {
                break;
            }
            best = j;
            bestCoverage = coverage;
        }
        return new MedianInterval(sorted[best], sorted[n - 1 - best], Math.max(0, bestCoverage));
    }

    /** Whether the interval reaches {@value #CONFIDENCE}: else it is just the range of too few rounds. */
    public boolean confident() {
        return coverage >= CONFIDENCE;
    }

    /** {@code 95% CI} or {@code min–max}, for tables and the JSON field {@code intervalKind}. */
    public String kind() {
        return confident() ? "95% CI" : "min–max";
    }
}
