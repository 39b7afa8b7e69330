package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;

/**
 * One pairwise comparison behind a verdict: is {@code model} at least {@code atLeast} times faster
 * than {@code than}, judged by the interval. For a scaling claim, both are one model at two levels,
 * and faster means more throughput: each round runs the same tasks.
 *
 * @param model the arm claimed faster
 * @param than the arm it is compared with
 * @param atLeast the factor claimed
 * @param interval the measured ratio of {@code than}'s round time to {@code model}'s
 */
public record RatioCheck(Arm model, Arm than, double atLeast, RatioInterval interval) {

    /** {@code HOLDS} when the interval clears the factor, {@code FAILS} when it falls short, else {@code UNDECIDED}. */
    public Verdict.Outcome outcome() {
        if (interval.atLeast(atLeast)) {
            return Verdict.Outcome.HOLDS;
        }
        return interval.below(atLeast) ? Verdict.Outcome.FAILS : Verdict.Outcome.UNDECIDED;
    }
}
