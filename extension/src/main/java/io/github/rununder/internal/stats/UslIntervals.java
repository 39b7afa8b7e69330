package io.github.rununder.internal.stats;

/**
 * The Universal Scalability Law fitted to a sweep, with bootstrap intervals for its parameters.
 *
 * @param fit the law fitted to every round
 * @param sigma σ with its interval
 * @param kappa κ with its interval
 * @param lambda λ with its interval
 * @param peakConcurrency N* with its interval; unbounded above when resamples without coherency cost occur
 * @param confidence the two-sided level of the intervals, such as {@code 0.95}
 * @param resamples how many resamples the intervals come from
 */
public record UslIntervals(UslFit fit, ParameterInterval sigma, ParameterInterval kappa, ParameterInterval lambda,
        ParameterInterval peakConcurrency, double confidence, int resamples) {

    /**
     * The parameters with their intervals, three significant digits each: {@code σ = 0.0123
     * (0.00412–0.0201), κ = 0 (0–0.000112), λ = 49.8 (48.1–51.2), N* = ∞ (52.3–∞), R² = 0.998; 95%
     * intervals from 1000 bootstrap resamples}.
     */
    public String describe() {
        return "σ = " + describe(sigma) + ", κ = " + describe(kappa) + ", λ = " + describe(lambda) + ", N* = "
                + describe(peakConcurrency) + ", R² = " + SignificantDigits.of(fit.rSquared(), 3) + "; "
                + SignificantDigits.of(confidence * 100, 3) + "% intervals from " + resamples + " bootstrap resamples";
    }

    private static String describe(ParameterInterval parameter) {
        return SignificantDigits.of(parameter.estimate(), 3) + " (" + SignificantDigits.of(parameter.lower(), 3) + "–"
                + SignificantDigits.of(parameter.upper(), 3) + ")";
    }
}
