package io.github.rununder.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The texts of {@code Durations.format} and {@code Factors.format}, made without
 * {@code String.format}: a report of a thousand methods formats some fifty thousand figures, and
 * {@code String.format} made that the larger part of the report's cost in a cold JVM. The same
 * rounding as {@code Formatter} (half up on the shortest decimal form of the double); a test keeps
 * the outputs equal.
 */
final class Numbers {

    private Numbers() {}

    /** As {@code Durations.format}: {@code 3.21 s}, {@code 412 ms}, {@code 85.3 µs}, {@code 920 ns}. */
    static String duration(double nanos) {
        if (Double.isNaN(nanos)) {
            return "n/a";
        }
        double abs = Math.abs(nanos);
        if (abs >= 60e9) {
            return fixed(nanos / 60e9, 1) + " min";
        }
        if (abs >= 1e9) {
            return significant(nanos / 1e9) + " s";
        }
        if (abs >= 1e6) {
            return significant(nanos / 1e6) + " ms";
        }
        if (abs >= 1e3) {
            return significant(nanos / 1e3) + " µs";
        }
        return fixed(nanos, 0) + " ns";
    }

    /** As {@code Factors.format}: {@code 4.0×}, {@code 12×}, {@code 0.85×}. */
    static String factor(double factor) {
        if (Double.isNaN(factor)) {
            return "n/a";
        }
        if (Double.isInfinite(factor)) {
            return "∞×";
        }
        double magnitude = Math.abs(factor);
        return fixed(factor, magnitude >= 100 ? 0 : magnitude >= 1 ? 1 : 2) + "×";
    }

    private static String significant(double value) {
        double abs = Math.abs(value);
        return fixed(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
    }

    private static final double[] POWERS = {1, 10, 100, 1000};

    /**
     * {@code value} with {@code decimals} (0 to 3) decimals, rounded half up. Away from a tie, the
     * rounding of the scaled double is the answer; at a tie, where the double's binary error could
     * tip it, the decimal form decides, as {@code Formatter} does.
     */
    static String fixed(double value, int decimals) {
        double scaled = Math.abs(value) * POWERS[decimals];
        double fraction = scaled - Math.floor(scaled);
        if (scaled < 1e15 && Math.abs(fraction - 0.5) > 1e-6) {
            long units = Math.round(scaled);
            if (units == 0 && value < 0) {
                return slow(value, decimals);
            }
            return (value < 0 ? "-" : "") + units(units, decimals);
        }
        return slow(value, decimals);
    }

    private static String units(long units, int decimals) {
        if (decimals == 0) {
            return Long.toString(units);
        }
        long power = (long) POWERS[decimals];
        String fraction = Long.toString(units % power);
        return (units / power) + "." + "000".substring(0, decimals - fraction.length()) + fraction;
    }

    private static String slow(double value, int decimals) {
        String text = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return value < 0 && !text.startsWith("-") ? "-" + text : text;
    }
}
