package io.github.rununder.internal.stats;

import java.util.Arrays;

/**
 * The Hodges–Lehmann estimate of the ratio of two models' round times, and its distribution-free
 * confidence interval, computed on the logarithms of the times.
 *
 * <p>On a logarithmic scale a speed ratio is a shift: if the slower model's rounds take {@code r}
 * times as long, their logarithms are those of the faster model plus {@code ln r}, give or take
 * noise. The estimate of {@code ln r} is the median of all pairwise differences
 * {@code ln b_j − ln a_i} (Hodges and Lehmann, "Estimates of location based on rank tests",
 * Ann. Math. Statist. 34, 1963); the interval cuts {@link MannWhitney#cut} differences from each end
 * (Moses' interval; Lehmann, <i>Nonparametrics</i>, 1975). Both assume only that the rounds of each
 * model are independent draws whose log-time distributions have the same shape — no normality —
 * and a few outlying rounds move them little, unlike a mean. Pragmastat's {@code Compare2} decides
 * ratio claims the same way.
 */
final class HodgesLehmann {

    private HodgesLehmann() {}

    /**
     * The ratio {@code than / model} of round times, with its interval at {@code confidence}.
     *
     * @param model round times of the model claimed faster, in nanoseconds
     * @param than round times of the model it is compared with, in nanoseconds
     */
    static RatioInterval ratio(long[] model, long[] than, double confidence) {
        return ratio(model, than, confidence, MannWhitney.cut(model.length, than.length, confidence));
    }

    /** As {@link #ratio(long[], long[], double)}, with the {@link MannWhitney#cut} for these sizes already known. */
    static RatioInterval ratio(long[] model, long[] than, double confidence, int cut) {
        return ratioOfLogs(logs(model), logs(than), confidence, cut);
    }

    /**
     * The ratio {@code than / model} of two samples of positive values, such as throughputs, with its
     * interval at {@code confidence}; a value of {@code 0} counts as the smallest positive double.
     */
    static RatioInterval ratio(double[] model, double[] than, double confidence) {
        return ratioOfLogs(logs(model), logs(than), confidence,
                MannWhitney.cut(model.length, than.length, confidence));
    }

    private static RatioInterval ratioOfLogs(double[] model, double[] than, double confidence, int cut) {
        int m = model.length;
        int n = than.length;
        double[] differences = new double[m * n];
        int next = 0;
        for (double logA : model) {
            for (double logB : than) {
                differences[next++] = logB - logA;
            }
        }
        Arrays.sort(differences);
        int size = differences.length;
        double median = size % 2 == 1 ? differences[size / 2]
                : (differences[size / 2 - 1] + differences[size / 2]) / 2;
        boolean reaches = cut >= 1;
        double lower = reaches ? differences[cut - 1] : differences[0];
        double upper = reaches ? differences[size - cut] : differences[size - 1];
        return new RatioInterval(Math.exp(median), Math.exp(lower), Math.exp(upper), confidence, m, n, reaches);
    }

    private static double[] logs(long[] nanos) {
        double[] logs = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            logs[i] = Math.log(Math.max(1, nanos[i]));
        }
        return logs;
    }

    private static double[] logs(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(Math.max(Double.MIN_NORMAL, values[i]));
        }
        return logs;
    }

    /** The fewest rounds per model, with equal counts, for which an interval at {@code confidence} exists. */
    static int minimumRounds(double confidence) {
        int rounds = 1;
        while (MannWhitney.cut(rounds, rounds, confidence) < 1) {
            rounds++;
        }
        return rounds;
    }
}
