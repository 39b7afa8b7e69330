package io.github.rununder.internal.stats;

import java.util.Locale;

/**
 * How many times faster one model is than another, with a confidence interval: the speed ratio
 * is the round time of the slower-claimed model over that of the other, so {@code 4.0} reads "four
 * times faster".
 *
 * @param estimate the Hodges–Lehmann estimate of the ratio
 * @param lower the lower bound of the interval
 * @param upper the upper bound of the interval
 * @param confidence the two-sided confidence level asked for, such as {@code 0.99}
 * @param modelRounds rounds of the model claimed faster
 * @param thanRounds rounds of the model it is compared with
 * @param reachesConfidence whether there were enough rounds for an interval at {@code confidence};
 *     when not, {@code lower} and {@code upper} are the smallest and largest pairwise ratio and no
 *     decision may be drawn from them
 */
public record RatioInterval(double estimate, double lower, double upper, double confidence, int modelRounds,
        int thanRounds, boolean reachesConfidence) {

    /** Whether the whole interval lies at or above {@code factor}: the claim "at least factor× faster" holds. */
    public boolean atLeast(double factor) {
        return reachesConfidence && lower >= factor;
    }

    /** Whether the whole interval lies below {@code factor}: the claim "at least factor× faster" fails. */
    public boolean below(double factor) {
        return reachesConfidence && upper < factor;
    }

    /** The confidence as people write it: {@code 99%}, {@code 95%}, {@code 99.9%}. */
    public String level() {
        double percent = confidence * 100;
        return percent == Math.rint(percent)
                ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%s%%", Double.toString(Math.round(percent * 1000) / 1000.0));
    }

    /** {@code 12 rounds each}, or {@code 12 and 17 rounds}. */
    public String rounds() {
        return modelRounds == thanRounds
                ? modelRounds + (modelRounds == 1 ? " round each" : " rounds each")
                : modelRounds + " and " + thanRounds + " rounds";
    }

    /** The same comparison seen from the other side: how many times faster {@code than} is. */
    public RatioInterval inverse() {
        return new RatioInterval(1 / estimate, 1 / upper, 1 / lower, confidence, thanRounds, modelRounds,
                reachesConfidence);
    }
}
