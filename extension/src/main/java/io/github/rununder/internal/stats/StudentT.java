package io.github.rununder.internal.stats;

/**
 * Quantiles of Student's t distribution: exact for one and two degrees of freedom, and from
 * three on by the Cornish–Fisher expansion around the normal quantile (Abramowitz and Stegun,
 * <i>Handbook of Mathematical Functions</i>, 26.7.5), within 0.2% at the 97.5% point for three
 * degrees of freedom and closer beyond.
 */
final class StudentT {

    private StudentT() {}

    /** The {@code t} with {@code P(T ≤ t) = p} for {@code degrees} degrees of freedom, {@code 0 < p < 1}. */
    static double quantile(double p, int degrees) {
        if (degrees < 1) {
            throw new IllegalArgumentException("at least one degree of freedom is needed, not " + degrees);
        }
        if (degrees == 1) {
            return Math.tan(Math.PI * (p - 0.5));
        }
        if (degrees == 2) {
            return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
        }
        double z = NormalQuantile.of(p);
        double z2 = z * z;
        double d = degrees;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + g1 / d + g2 / (d * d) + g3 / (d * d * d) + g4 / (d * d * d * d);
    }
}
