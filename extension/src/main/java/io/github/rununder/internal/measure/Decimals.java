package io.github.rununder.internal.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a fixed count of decimals, without {@code String.format}: a report of a thousand
 * methods formats some fifty thousand figures, and {@code String.format} made that the larger part
 * of the report's cost in a cold JVM. Rounds as {@code Formatter} does (half up on the shortest
 * decimal form of the double); a test keeps the two equal.
 */
public final class Decimals {

    private Decimals() {}

    private static final double[] POWERS = {1, 10, 100, 1000};

    /**
     * {@code value} with {@code decimals} (0 to 3) decimals, rounded half up. Away from a tie, the
     * rounding of the scaled double is the answer; at a tie, where the double's binary error could
     * tip it, the decimal form decides, as {@code Formatter} does.
     */
    public static String fixed(double value, int decimals) {
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
