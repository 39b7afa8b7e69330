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
        ParameterInterval peakConcurrency, double confidence, int resamples) {}
