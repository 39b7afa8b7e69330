package io.github.rununder.internal.measure;

import java.util.Locale;

/** Formats nanoseconds for people: {@code 3.21 s}, {@code 412 ms}, {@code 85.3 µs}, {@code 920 ns}. */
public final class Durations {

    private Durations() {}

    /** Three significant digits in the largest unit that keeps the number at 1 or more. */
    public static String format(double nanos) {
        if (Double.isNaN(nanos)) {
            return "n/a";
        }
        double abs = Math.abs(nanos);
        if (abs >= 60e9) {
            return String.format(Locale.ROOT, "%.1f min", nanos / 60e9);
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
        return String.format(Locale.ROOT, "%.0f ns", nanos);
    }

    private static String significant(double value) {
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
