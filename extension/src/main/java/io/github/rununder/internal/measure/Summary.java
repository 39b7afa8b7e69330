package io.github.rununder.internal.measure;

import java.util.Arrays;

/**
 * Order statistics and spread of a sample of durations.
 *
 * @param count number of values
 * @param median the median (mean of the two middle values for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean
 * @param coefficientOfVariation standard deviation over mean, {@code 0} for fewer than two values
 */
public record Summary(int count, double median, double min, double max, double mean, double coefficientOfVariation) {

    /** Summarises {@code values}; at least one value is needed. */
    public static Summary of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (long v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double cv = n < 2 || mean == 0 ? 0 : Math.sqrt(squares / (n - 1)) / mean;
        return new Summary(n, median, sorted[0], sorted[n - 1], mean, cv);
    }
}
