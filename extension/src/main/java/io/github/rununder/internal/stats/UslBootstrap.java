package io.github.rununder.internal.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How sure a Universal Scalability Law fit is, from a bootstrap over rounds: each resample draws,
 * at every level of the sweep, as many rounds as were measured there, with replacement, and fits
 * the law again; the intervals are the percentiles of the resampled parameters (Efron and
 * Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, ch. 13). Resampling within each level
 * keeps the design of the sweep, so every resample can be fitted.
 *
 * <p>The generator is seeded, so the same rounds give the same intervals on every run. With few
 * rounds per level the percentile intervals are too narrow (a resample of three rounds has only
 * ten distinct forms); they say how much the rounds disagree, not more.
 */
public final class UslBootstrap {

    private UslBootstrap() {}

    /**
     * @param rounds the sweep, round by round
     * @param resamples how many resamples to fit, at least 1
     * @param confidence the two-sided level of the intervals, between 0 and 1
     * @param seed the seed of the generator that draws the resamples
     */
    public static UslIntervals intervals(ScalingRounds rounds, int resamples, double confidence, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples is " + resamples + ", but at least 1 is needed");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence is " + confidence + ", but it must lie between 0 and 1");
        }
        UslFit fit = rounds.fit();
        double[] sigma = new double[resamples];
        double[] kappa = new double[resamples];
        double[] lambda = new double[resamples];
        double[] peak = new double[resamples];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < resamples; b++) {
            UslCurve curve = rounds.fit(resample(rounds.all(), random)).curve();
            sigma[b] = curve.sigma();
            kappa[b] = curve.kappa();
            lambda[b] = curve.lambda();
            peak[b] = curve.peakConcurrency();
        }
        UslCurve estimate = fit.curve();
        return new UslIntervals(fit, interval(estimate.sigma(), sigma, confidence),
                interval(estimate.kappa(), kappa, confidence), interval(estimate.lambda(), lambda, confidence),
                interval(estimate.peakConcurrency(), peak, confidence), confidence, resamples);
    }

    private static double[][] resample(double[][] rounds, SplittableRandom random) {
        double[][] resample = new double[rounds.length][];
        for (int level = 0; level < rounds.length; level++) {
            double[] measured = rounds[level];
            resample[level] = new double[measured.length];
            for (int i = 0; i < measured.length; i++) {
                resample[level][i] = measured[random.nextInt(measured.length)];
            }
        }
        return resample;
    }

    /**
     * The percentile interval: order statistics, not interpolation between them, so that a peak
     * that is infinite in some resamples gives an infinite bound rather than {@code NaN}.
     */
    private static ParameterInterval interval(double estimate, double[] values, double confidence) {
        Arrays.sort(values);
        double tail = (1 - confidence) / 2;
        int n = values.length;
        int lower = Math.max(0, (int) Math.ceil(n * tail) - 1);
        int upper = Math.min(n - 1, (int) Math.ceil(n * (1 - tail)) - 1);
        return new ParameterInterval(estimate, values[lower], values[upper]);
    }
}
