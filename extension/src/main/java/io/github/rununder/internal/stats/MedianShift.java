package io.github.rununder.internal.stats;

/**
 * Whether a median moved beyond the noise between two runs: each run's median comes with an
 * interval (see {@link MedianInterval}); only when the intervals do not overlap has it moved.
 */
public enum MedianShift {

    /** This run's whole interval lies above the other's: slower beyond noise. */
    SLOWER,
    /** This run's whole interval lies below the other's. */
    FASTER,
    /** The intervals overlap: no change the measurements can show. */
    UNCHANGED;

    /** How this run's interval ({@code low}–{@code high}) stands against an earlier one's. */
    public static MedianShift of(double low, double high, double earlierLow, double earlierHigh) {
        if (low > earlierHigh) {
            return SLOWER;
        }
        return high < earlierLow ? FASTER : UNCHANGED;
    }
}
