package io.github.rununder.internal.stats;

import io.github.rununder.Model;

/**
 * The failure of "{@code expected} is the fastest model" when another model is faster with the
 * whole interval:
 * {@code Expected SEQUENTIAL to be the fastest model, but THREADS was 5.8× faster (99% CI 5.5×–6.1×, 5 rounds each)}.
 */
public final class ShouldBeFastest {

    private ShouldBeFastest() {}

    /**
     * @param winnerOverExpected the ratio of {@code expected}'s round time to {@code winner}'s
     */
    public static String shouldBeFastest(Model expected, Model winner, RatioInterval winnerOverExpected) {
        return "Expected " + expected + " to be the fastest model, but " + winner + " was "
                + Measured.factor(winnerOverExpected.estimate()) + " faster " + Measured.interval(winnerOverExpected);
    }
}
