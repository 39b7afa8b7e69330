package io.github.rununder.internal.measure;

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
            return Decimals.fixed(nanos / 60e9, 1) + " min";
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
        return Decimals.fixed(nanos, 0) + " ns";
    }

    private static String significant(double value) {
        double abs = Math.abs(value);
        return Decimals.fixed(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
    }
}
