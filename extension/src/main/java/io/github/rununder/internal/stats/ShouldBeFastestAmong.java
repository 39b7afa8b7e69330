package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import java.util.List;

/**
 * The failure of "the fastest model is one of {@code candidates}" when a model outside them beats
 * every candidate with the whole interval:
 * {@code Expected the fastest model to be one of [SEQUENTIAL, ASYNC], but THREADS was 5.8× faster than ASYNC, the fastest of them (99% CI 5.5×–6.1×, 5 rounds each)}.
 */
public final class ShouldBeFastestAmong {

    private ShouldBeFastestAmong() {}

    /**
     * @param winner a model outside {@code candidates} that beat all of them
     * @param best the candidate that came closest to {@code winner}
     * @param winnerOverBest the ratio of {@code best}'s round time to {@code winner}'s
     */
    public static String shouldBeFastestAmong(List<Model> candidates, Model winner, Model best,
            RatioInterval winnerOverBest) {
        return "Expected the fastest model to be one of " + candidates + ", but " + winner + " was "
                + Measured.factor(winnerOverBest.estimate()) + " faster than " + best
                + ", the fastest of them " + Measured.interval(winnerOverBest);
    }
}
