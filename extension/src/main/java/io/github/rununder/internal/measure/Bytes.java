package io.github.rununder.internal.measure;

/** Formats byte counts for people, in decimal units as rates are usually read: {@code 1.2 GB}, {@code 512 MB}, {@code 640 B}. */
public final class Bytes {

    private Bytes() {}

    /** In the largest decimal unit that keeps the number at 1 or more, with one decimal below 100. */
    public static String format(double bytes) {
        if (Double.isNaN(bytes)) {
            return "n/a";
        }
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return Decimals.fixed(value, 0) + " B";
        }
        return Decimals.fixed(value, Math.abs(value) >= 100 ? 0 : 1) + " " + units[unit];
    }
}
