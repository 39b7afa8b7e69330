package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.plan.Factors;
import java.util.List;

/**
 * The failure of a claim that the measurements could not decide either way, because the interval
 * straddles the factor (or there were too few rounds for an interval), and no more rounds were
 * measured; the message gives the interval and why measuring stopped:
 * {@code Expected VIRTUAL_THREADS to be at least 4.0× faster than SEQUENTIAL, but could not tell: it was 3.9× (99% CI 3.5×–4.3×, 40 rounds each), which straddles 4.0×; the verdict budget was spent (rununder.verdict.budget=30 s)}.
 */
public final class ShouldBeDecided {

    private ShouldBeDecided() {}

    /** An undecided "{@code model} is at least {@code atLeast}× faster than {@code than}". */
    public static String shouldBeDecidedFaster(Model model, Model than, double atLeast, RatioInterval measured,
            String reason) {
        return "Expected " + model + " to be at least " + Factors.format(atLeast) + " faster than " + than
                + ", but could not tell: it was " + Measured.ratio(measured) + straddles(measured, atLeast) + "; " + reason;
    }

    /** An undecided "{@code expected} is the fastest model", closest to {@code contender}. */
    public static String shouldBeDecidedFastest(Model expected, Model contender, RatioInterval measured, String reason) {
        return "Expected " + expected + " to be the fastest model, but could not tell it from " + contender + ": "
                + expected + " was " + Measured.factor(measured.estimate()) + " as fast "
                + Measured.interval(measured) + straddles(measured, 1.0) + "; " + reason;
    }

    /** An undecided "the fastest model is one of {@code candidates}": {@code candidate} against {@code other}. */
    public static String shouldBeDecidedFastestAmong(List<Model> candidates, Model candidate, Model other,
            RatioInterval measured, String reason) {
        return "Expected the fastest model to be one of " + candidates + ", but could not tell " + candidate + " from "
                + other + ": " + candidate + " was " + Measured.factor(measured.estimate()) + " as fast "
                + Measured.interval(measured) + straddles(measured, 1.0) + "; " + reason;
    }

    private static String straddles(RatioInterval measured, double factor) {
        return measured.reachesConfidence() ? ", which straddles " + Factors.format(factor) : "";
    }
}
