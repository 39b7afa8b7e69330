package io.github.rununder.internal.stats;

/**
 * A fitted parameter with a confidence interval.
 *
 * @param estimate the value fitted to all the measurements
 * @param lower the lower bound of the interval
 * @param upper the upper bound of the interval; {@code +∞} for a peak that some resamples do not have
 */
public record ParameterInterval(double estimate, double lower, double upper) {

    /** Whether {@code value} lies within the interval, bounds included. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
