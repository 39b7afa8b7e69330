package io.github.rununder.internal.plan;

import io.github.rununder.internal.measure.Decimals;

/** Formats speed factors the way messages show them: {@code 4.0×}, {@code 12×}, {@code 0.85×}. */
public final class Factors {

    private Factors() {}

    /** A factor with enough digits to tell it apart from the neighbours that matter. */
    public static String format(double factor) {
        if (Double.isNaN(factor)) {
            return "n/a";
        }
        if (Double.isInfinite(factor)) {
            return "∞×";
        }
        double magnitude = Math.abs(factor);
        return Decimals.fixed(factor, magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2) + "×";
    }
}
