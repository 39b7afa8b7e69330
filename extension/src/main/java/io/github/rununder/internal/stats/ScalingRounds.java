package io.github.rununder.internal.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The throughputs of a concurrency sweep, round by round: for each measured concurrency, the
 * throughput of each of its rounds. Immutable; levels are kept in ascending order.
 */
public final class ScalingRounds {

    private final double[] levels;
    private final double[][] throughputs;

    private ScalingRounds(double[] levels, double[][] throughputs) {
        this.levels = levels;
        this.throughputs = throughputs;
    }

    /**
     * @param levels the concurrencies of the sweep, distinct, each at least 1, in any order
     * @param throughputs for {@code levels[i]}, the throughput of each of its rounds (at least one),
     *     each finite and at least 0
     * @throws IllegalArgumentException when these conditions are not met, or there is no level
     */
    public static ScalingRounds of(double[] levels, double[][] throughputs) {
        if (levels.length == 0) {
            throw new IllegalArgumentException("a sweep needs at least one level");
        }
        if (levels.length != throughputs.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "one list of rounds per level is needed, but there are %d levels and %d lists", levels.length,
                    throughputs.length));
        }
        Integer[] order = new Integer[levels.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> levels[i]));
        double[] sortedLevels = new double[levels.length];
        double[][] sortedRounds = new double[levels.length][];
        for (int i = 0; i < order.length; i++) {
            sortedLevels[i] = levels[order[i]];
            sortedRounds[i] = throughputs[order[i]].clone();
            check(sortedLevels, i, sortedRounds[i]);
        }
        return new ScalingRounds(sortedLevels, sortedRounds);
    }

    /** How many concurrencies were measured. */
    public int size() {
        return levels.length;
    }

    /** The concurrency of level {@code index}, counting from the smallest. */
    public double level(int index) {
        return levels[index];
    }

    /** The throughputs of the rounds at level {@code index}. */
    public double[] rounds(int index) {
        return throughputs[index].clone();
    }

    /** The median throughput at level {@code index}. */
    public double median(int index) {
        return median(throughputs[index]);
    }

    /** The largest concurrency measured. */
    public double largestLevel() {
        return levels[levels.length - 1];
    }

    /**
     * The law fitted to every round, each a point at its level's concurrency, as {@link SweepFit} describes.
     *
     * @throws IllegalStateException if the sweep has only one level
     */
    public UslFit fit() {
        if (levels.length < 2) {
            throw new IllegalStateException("a fit needs two or more levels, but the sweep has one: " + level(levels[0]));
        }
        return SweepFit.of(levels, throughputs);
    }

    /** The law fitted to other rounds at these levels, such as a resample of them. */
    UslFit fit(double[][] rounds) {
        return SweepFit.of(levels, rounds);
    }

    /** The rounds as they are, level by level, for resampling. */
    double[][] all() {
        return throughputs;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void check(double[] levels, int i, double[] rounds) {
        if (!(levels[i] >= 1) || Double.isInfinite(levels[i])) {
            throw new IllegalArgumentException("a concurrency of " + levels[i] + " cannot be fitted: each must be a "
                    + "finite number of at least 1");
        }
        if (i > 0 && levels[i] == levels[i - 1]) {
            throw new IllegalArgumentException(
                    "concurrency " + level(levels[i]) + " is listed twice; put all its rounds in one list");
        }
        if (rounds.length == 0) {
            throw new IllegalArgumentException("concurrency " + level(levels[i]) + " has no rounds");
        }
        for (double x : rounds) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("a throughput of " + x + " at concurrency " + level(levels[i])
                        + " cannot be fitted: each must be a finite number of at least 0");
            }
        }
    }

    private static String level(double level) {
        return SignificantDigits.of(level, 6);
    }
}
