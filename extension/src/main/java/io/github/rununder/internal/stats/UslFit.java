package io.github.rununder.internal.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The Universal Scalability Law fitted to measured throughputs by least squares, λ, σ and κ
 * together, within λ ≥ 0, 0 ≤ σ ≤ 1 and κ ≥ 0: the estimate the R package {@code usl} (version 2
 * and later) computes with {@code nlxb}.
 *
 * <p>A least-squares surface of this law can have more than one valley, so the search starts from
 * the best few points of a grid over σ and κ (λ at its best for each, in closed form) and keeps
 * the deepest valley {@link UslLeastSquares} reaches. The grid spans κ from zero to values that put
 * the peak at a tenth of the largest concurrency measured, so it needs no guess about the units of
 * throughput or concurrency.
 *
 * <p>With only two distinct concurrencies, three parameters cannot be told apart; κ is then 0 and
 * λ and σ are fitted (Amdahl's law), which passes through both points whenever the throughput
 * neither falls nor grows faster than the concurrency between them.
 *
 * @param curve the fitted curve
 * @param rSquared {@code 1 − RSS/TSS}: how much of the spread of the throughputs the curve explains,
 *     from 0 to 1 (never below 0, since the curve with σ = 1 and κ = 0 is a flat line, as good as
 *     the mean); 1 when all throughputs are equal. Weighted like the fit, where it is weighted.
 * @param residualSquares the sum of squared residuals that the fit minimised, in units of the
 *     largest throughput (weighted, where the fit is)
 */
public record UslFit(UslCurve curve, double rSquared, double residualSquares) {

    private static final double[] SIGMA_GRID = {0, 0.01, 0.03, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 1};
    /** κ as multiples of 1 / (largest concurrency)²: the peak from about 30 times beyond the sweep to a tenth of it. */
    private static final double[] KAPPA_GRID = {0, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100};
    private static final int STARTS = 3;

    /**
     * Fits the law to {@code throughput[i]} measured at {@code concurrency[i]}. A concurrency may
     * repeat (several measurements at one level).
     *
     * @throws NullPointerException if either array is {@code null}
     * @throws IllegalArgumentException if the arrays differ in length, a concurrency is below 1 or
     *     not finite, a throughput is negative or not finite, fewer than two distinct concurrencies
     *     were measured, or every throughput is 0
     */
    public static UslFit of(double[] concurrency, double[] throughput) {
        validate(concurrency, throughput);
        return fitted(concurrency.clone(), throughput.clone());
    }

    /** {@link #of} without the checks. */
    static UslFit fitted(double[] concurrency, double[] throughput) {
        double[] weight = new double[concurrency.length];
        Arrays.fill(weight, 1);
        return fitted(concurrency, throughput, weight, distinct(concurrency) >= 3);
    }

    /**
     * The fit that minimises {@code Σ weight·(X − X(N))²}, for valid inputs.
     *
     * @param kappaFree whether κ is fitted; if not, it is 0
     */
    static UslFit fitted(double[] concurrency, double[] measured, double[] weight, boolean kappaFree) {
        // In units of the largest throughput, so that the squares neither overflow nor underflow.
        double scale = max(measured) > 0 ? max(measured) : 1;
        double[] throughput = Arrays.stream(measured).map(x -> x / scale).toArray();
        UslLeastSquares squares = new UslLeastSquares(concurrency, throughput, weight, kappaFree);
        UslCurve best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (UslCurve start : starts(squares, max(concurrency), kappaFree)) {
            UslCurve curve = squares.from(start);
            double cost = squares.cost(curve);
            if (cost < bestCost) {
                best = curve;
                bestCost = cost;
            }
        }
        UslCurve curve = new UslCurve(best.lambda() * scale, best.sigma(), best.kappa());
        return new UslFit(curve, rSquared(throughput, weight, bestCost), bestCost);
    }

    /** The {@value #STARTS} grid points with the least sums of squares. */
    private static UslCurve[] starts(UslLeastSquares squares, double largest, boolean kappaFree) {
        UslCurve[] starts = new UslCurve[STARTS];
        double[] costs = new double[STARTS];
        Arrays.fill(costs, Double.POSITIVE_INFINITY);
        for (double sigma : SIGMA_GRID) {
            for (double multiple : kappaFree ? KAPPA_GRID : new double[] {0}) {
                double kappa = multiple / (largest * largest);
                UslCurve curve = new UslCurve(squares.bestLambda(sigma, kappa), sigma, kappa);
                double cost = squares.cost(curve);
                int slot = STARTS;
                while (slot > 0 && cost < costs[slot - 1]) {
                    slot--;
                }
                if (slot < STARTS) {
                    System.arraycopy(starts, slot, starts, slot + 1, STARTS - slot - 1);
                    System.arraycopy(costs, slot, costs, slot + 1, STARTS - slot - 1);
                    starts[slot] = curve;
                    costs[slot] = cost;
                }
            }
        }
        return Arrays.stream(starts).filter(Objects::nonNull).toArray(UslCurve[]::new);
    }

    private static double rSquared(double[] throughput, double[] weight, double residualSquares) {
        double weightSum = 0;
        double weightedSum = 0;
        for (int i = 0; i < throughput.length; i++) {
            weightSum += weight[i];
            weightedSum += weight[i] * throughput[i];
        }
        double mean = weightedSum / weightSum;
        double total = 0;
        boolean allEqual = true;
        for (int i = 0; i < throughput.length; i++) {
            total += weight[i] * (throughput[i] - mean) * (throughput[i] - mean);
            allEqual &= throughput[i] == throughput[0];
        }
        if (allEqual) {
            return 1;
        }
        return Math.min(1, Math.max(0, 1 - residualSquares / total));
    }

    private static void validate(double[] concurrency, double[] throughput) {
        Objects.requireNonNull(concurrency, "concurrency must not be null");
        Objects.requireNonNull(throughput, "throughput must not be null");
        if (concurrency.length != throughput.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "concurrency and throughput must have one value per measurement, but have %d and %d values",
                    concurrency.length, throughput.length));
        }
        for (int i = 0; i < concurrency.length; i++) {
            if (!(concurrency[i] >= 1) || Double.isInfinite(concurrency[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "concurrency[%d] is %s, but every concurrency must be a finite number of at least 1", i,
                        concurrency[i]));
            }
            if (!(throughput[i] >= 0) || Double.isInfinite(throughput[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "throughput[%d] is %s, but every throughput must be a finite number of at least 0", i,
                        throughput[i]));
            }
        }
        if (distinct(concurrency) < 2) {
            throw new IllegalArgumentException(concurrency.length == 0
                    ? "no measurements: the fit needs throughputs at two or more different concurrencies"
                    : String.format(Locale.ROOT, "the fit needs throughputs at two or more different concurrencies, "
                            + "but all %d are at concurrency %s", concurrency.length,
                            SignificantDigits.of(concurrency[0], 6)));
        }
        if (Arrays.stream(throughput).allMatch(x -> x == 0)) {
            throw new IllegalArgumentException("every throughput is 0: there is no scaling to fit");
        }
    }

    private static long distinct(double[] values) {
        return Arrays.stream(values).distinct().count();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
