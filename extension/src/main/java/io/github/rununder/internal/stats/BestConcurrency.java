package io.github.rununder.internal.stats;

/**
 * The best concurrency of a sweep: the smallest measured concurrency whose throughput is within
 * noise of the best one's.
 *
 * <p>The best level is the one with the highest median throughput. A smaller level is within noise
 * of it unless its rounds show it slower: the Hodges–Lehmann interval of the ratio of throughputs,
 * best over this level, lies wholly above 1 — the same distribution-free interval on logarithms
 * that decides {@code @ExpectFaster} (see {@link HodgesLehmann}). When a level has too few rounds
 * for an interval at the confidence asked for, the widest interval its rounds allow is used, from
 * the smallest to the largest pairwise ratio: such a level counts as slower only when every round
 * of the best beats every round of it. Why the smallest such level: it gives the same throughput,
 * as far as the rounds can tell, for fewer threads, processes or tasks in flight.
 *
 * @param concurrency the best concurrency
 * @param fastest the level with the highest median throughput ({@code concurrency} or larger)
 * @param fastestOverBest the throughput at {@code fastest} over that at {@code concurrency}, with its
 *     interval; about 1 when they are the same level
 * @param smallest whether {@code concurrency} is the smallest level of the sweep
 */
public record BestConcurrency(double concurrency, double fastest, RatioInterval fastestOverBest, boolean smallest) {

    /**
     * @param rounds the sweep, round by round
     * @param confidence the two-sided level of the intervals, such as {@code 0.95}
     */
    public static BestConcurrency of(ScalingRounds rounds, double confidence) {
        int fastest = 0;
        for (int i = 1; i < rounds.size(); i++) {
            if (rounds.median(i) > rounds.median(fastest)) {
                fastest = i;
            }
        }
        double[] best = rounds.rounds(fastest);
        for (int i = 0; i < fastest; i++) {
            RatioInterval ratio = HodgesLehmann.ratio(rounds.rounds(i), best, confidence);
            if (ratio.lower() <= 1) {
                return new BestConcurrency(rounds.level(i), rounds.level(fastest), ratio, i == 0);
            }
        }
        return new BestConcurrency(rounds.level(fastest), rounds.level(fastest),
                HodgesLehmann.ratio(best, best, confidence), fastest == 0);
    }

    /** Whether a smaller level than the fastest was chosen, because the difference is within noise. */
    public boolean withinNoise() {
        return concurrency < fastest;
    }
}
