package io.github.rununder.internal.stats;

/**
 * Quantiles of Student's t distribution. Up to {@value #EXACT_LIMIT} degrees of freedom, by
 * bisection on the distribution function, which for whole degrees of freedom is a finite sum
 * (Abramowitz and Stegun, <i>Handbook of Mathematical Functions</i>, 26.7.3 and 26.7.4); beyond,
 * by the Cornish–Fisher expansion around the normal quantile (26.7.5), within 10⁻⁵ there.
 */
final class StudentT {

    static final int EXACT_LIMIT = 30;

    private StudentT() {}

    /** The {@code t} with {@code P(T ≤ t) = p} for {@code degrees} degrees of freedom, {@code 0 < p < 1}. */
    static double quantile(double p, int degrees) {
        if (degrees < 1) {
            throw new IllegalArgumentException("at least one degree of freedom is needed, not " + degrees);
        }
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability strictly between 0 and 1 is needed, not " + p);
        }
        if (p < 0.5) {
            return -quantile(1 - p, degrees);
        }
        return degrees <= EXACT_LIMIT ? bisect(2 * p - 1, degrees) : expansion(p, degrees);
    }

    /** The {@code t ≥ 0} with {@code P(|T| ≤ t) = central}. */
    private static double bisect(double central, int degrees) {
        double low = 0;
        double high = 1;
        while (centralProbability(high, degrees) < central) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
            double middle = (low + high) / 2;
            if (centralProbability(middle, degrees) < central) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** {@code P(|T| ≤ t)}, A(t|ν) of Abramowitz and Stegun 26.7.3 (odd ν) and 26.7.4 (even ν). */
    static double centralProbability(double t, int degrees) {
        double theta = Math.atan(t / Math.sqrt(degrees));
        double cos2 = Math.cos(theta) * Math.cos(theta);
        double sin = Math.sin(theta);
        if (degrees % 2 == 0) {
            double term = 1;
            double sum = 1;
            for (int k = 2; k <= degrees - 2; k += 2) {
                term *= cos2 * (k - 1) / k;
                sum += term;
            }
            return sin * sum;
        }
        if (degrees == 1) {
            return 2 * theta / Math.PI;
        }
        double term = Math.cos(theta);
        double sum = term;
        for (int k = 3; k <= degrees - 2; k += 2) {
            term *= cos2 * (k - 1) / k;
            sum += term;
        }
        return 2 / Math.PI * (theta + sin * sum);
    }

    private static double expansion(double p, int degrees) {
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
