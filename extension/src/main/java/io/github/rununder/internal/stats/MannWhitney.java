package io.github.rununder.internal.stats;

/**
 * The null distribution of the Mann–Whitney {@code U} statistic, for the distribution-free
 * confidence interval of a shift between two samples.
 *
 * <p>With samples of {@code m} and {@code n} values drawn from distributions that differ only by a
 * shift, the number of the {@code m·n} pairwise differences that fall below the true shift is
 * distributed like {@code U}. Cutting {@link #cut} differences from each end of the sorted
 * differences therefore leaves an interval that covers the shift with probability
 * {@code 1 − 2·P(U ≤ cut − 1)}, at least the confidence asked for (Lehmann, <i>Nonparametrics</i>,
 * 1975, §2.6; Bauer, "Constructing confidence sets using rank statistics", JASA 67, 1972). This is
 * the interval R's {@code wilcox.test(conf.int = TRUE)} computes.
 *
 * <p>The distribution is exact up to {@value #EXACT_LIMIT} pairs: the number of arrangements with
 * {@code U = u} is the coefficient of {@code q^u} in the Gaussian binomial coefficient
 * {@code [m+n choose m]_q = Π (1 − q^(n+i)) / (1 − q^i)}, built factor by factor. Beyond, the
 * normal approximation with continuity correction is used, which is accurate to well under one
 * pair at those sizes.
 */
final class MannWhitney {

    /** Largest {@code m·n} for which the exact distribution is computed. */
    static final int EXACT_LIMIT = 10_000;

    private MannWhitney() {}

    /**
     * How many pairwise differences to cut from each end for a two-sided interval at
     * {@code confidence}: the largest {@code k} with {@code P(U ≤ k − 1) ≤ (1 − confidence) / 2}.
     * {@code 0} when the samples are too small to reach that confidence at all.
     */
    static int cut(int m, int n, double confidence) {
        double tail = (1 - confidence) / 2;
        if ((long) m * n > EXACT_LIMIT) {
            double sd = Math.sqrt((double) m * n * (m + n + 1) / 12.0);
            double k = Math.floor((double) m * n / 2 + 0.5 - NormalQuantile.of(1 - tail) * sd);
            return (int) Math.max(0, k);
        }
        double[] cdf = cumulative(m, n);
        int k = 0;
        while (k < cdf.length && cdf[k] <= tail * (1 + 1e-9)) {
            k++;
        }
        return k;
    }

    /** {@code P(U ≤ u)} for {@code u} from {@code 0} to {@code m·n}, exactly; {@code m·n} at most {@link #EXACT_LIMIT}. */
    static double[] cumulative(int m, int n) {
        double[] counts = counts(m, n);
        double total = 0;
        for (double count : counts) {
            total += count;
        }
        double[] cdf = new double[counts.length];
        double running = 0;
        for (int u = 0; u < counts.length; u++) {
            running += counts[u];
            cdf[u] = running / total;
        }
        return cdf;
    }

    /** The number of arrangements of the two samples with each value of {@code U}, {@code 0} to {@code m·n}. */
    static double[] counts(int m, int n) {
        if (m < 1 || n < 1) {
            throw new IllegalArgumentException("both samples need a value: " + m + " and " + n);
        }
        int small = Math.min(m, n);
        int large = Math.max(m, n);
        double[] c = new double[small * large + small + 1];
        c[0] = 1;
        int degree = 0;
        for (int i = 1; i <= small; i++) {
            int shift = large + i;
            int top = degree + shift;
            for (int u = top; u >= shift; u--) {
                c[u] -= c[u - shift];
            }
            for (int u = i; u <= top; u++) {
                c[u] += c[u - i];
            }
            degree = i * large;
            for (int u = degree + 1; u <= top; u++) {
                c[u] = 0; // exactly zero in exact arithmetic: the division leaves a polynomial
            }
        }
        double[] result = new double[small * large + 1];
        System.arraycopy(c, 0, result, 0, result.length);
        return result;
    }
}
