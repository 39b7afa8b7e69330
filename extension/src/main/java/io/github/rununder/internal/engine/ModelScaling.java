package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.stats.BestConcurrency;
import io.github.rununder.internal.stats.ScalingRounds;
import io.github.rununder.internal.stats.ScalingSentence;
import io.github.rununder.internal.stats.UslIntervals;
import java.util.Optional;

/**
 * How one model scaled over the levels of a sweep: the throughput of its rounds at each level
 * (tasks per second of each round the comparisons rest on), the Universal Scalability Law fitted
 * to them where there are three levels or more, and its best concurrency.
 *
 * @param model the model
 * @param rounds the throughput of each round, level by level, for every level it was measured at
 * @param fit the law with bootstrap intervals of its parameters; {@code null} with fewer than three levels
 * @param best the smallest level within noise of the highest throughput
 * @param limit what limits the model, one sentence; {@code null} without a fit
 * @param bestReason why {@code best} is the best concurrency, one sentence
 */
public record ModelScaling(Model model, ScalingRounds rounds, UslIntervals fit, BestConcurrency best, String limit,
        String bestReason) {

    /** The fitted law with its intervals; empty with fewer than three levels. */
    public Optional<UslIntervals> usl() {
        return Optional.ofNullable(fit);
    }

    /** The best concurrency, a measured level. */
    public int bestConcurrency() {
        return (int) best.concurrency();
    }

    /**
     * What limits the model and where it is best, in one line: {@code THREADS: contention (σ = 0.12)
     * caps it at 8.3× one thread; no retrograde scaling within the sweep; best at 8 threads, ...}.
     */
    public String describe() {
        return limit == null ? bestReason : limit + "; " + ScalingSentence.bestAt(model, best);
    }
}
