package io.github.rununder.internal.stats;

import io.github.rununder.internal.plan.Factors;

/** The measured part every verdict message shares: {@code 3.1× (99% CI 2.9×–3.3×, 12 rounds each)}. */
final class Measured {

    private Measured() {}

    /**
     * A measured factor: like {@link Factors#format}, but with two decimals below 2×, where
     * "1.0×" would hide whether a model was a little faster or a little slower.
     */
    static String factor(double value) {
        return Math.abs(value) < 2 && Math.abs(value) >= 1
                ? String.format(java.util.Locale.ROOT, "%.2f×", value)
                : Factors.format(value);
    }

    /** {@code 2.9×–3.3×}; both with two decimals when the lower one is under 2×, so they read alike. */
    private static String bounds(double lower, double upper) {
        if (lower < 2 && upper < 100) {
            return String.format(java.util.Locale.ROOT, "%.2f×–%.2f×", lower, upper);
        }
        return factor(lower) + "–" + factor(upper);
    }

    /** The estimate with its interval, or with the reason there is no interval yet. */
    static String ratio(RatioInterval measured) {
        return factor(measured.estimate()) + " " + interval(measured);
    }

    /** {@code (99% CI 2.9×–3.3×, 12 rounds each)}, or why there is no interval at that level. */
    static String interval(RatioInterval measured) {
        if (!measured.reachesConfidence()) {
            return "(" + measured.rounds() + ": too few for a " + measured.level() + " CI, which needs at least "
                    + HodgesLehmann.minimumRounds(measured.confidence()) + " rounds each)";
        }
        return "(" + measured.level() + " CI " + bounds(measured.lower(), measured.upper())
                + ", " + measured.rounds() + ")";
    }
}
