package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.plan.Factors;
import java.util.List;
import java.util.Locale;

/**
 * Every sentence a verdict says, in one place, so that the annotations, the code-driven API and
 * the AssertJ assertions word a claim alike. Failures read like AssertJ's: what was expected, what
 * was measured, with the interval and the rounds it rests on:
 * {@code Expected VIRTUAL_THREADS to be at least 4.0× faster than SEQUENTIAL, but it was 3.1× (99% CI 2.9×–3.3×, 12 rounds each)}.
 */
public final class VerdictMessages {

    private VerdictMessages() {}

    // ---- how a claim opens ----

    /** {@code Expected THREADS to be at least 2.0× faster than SEQUENTIAL}. */
    public static String expectedFaster(Arm model, Arm than, double atLeast) {
        return "Expected " + model + " to be at least " + Factors.format(atLeast) + " faster than " + than;
    }

    /** {@code Expected THREADS to be the fastest model}. */
    public static String expectedFastest(Arm model) {
        return "Expected " + model + " to be the fastest model";
    }

    /** {@code Expected the fastest model to be one of [THREADS, ASYNC]}. */
    public static String expectedFastestAmong(List<Model> candidates) {
        return "Expected the fastest model to be one of " + candidates;
    }

    // ---- failures ----

    /**
     * The whole interval falls short of the factor.
     *
     * @param measured the ratio of {@code than}'s round time to {@code model}'s
     */
    public static String shouldBeFaster(Arm model, Arm than, double atLeast, RatioInterval measured) {
        return expectedFaster(model, than, atLeast) + ", but it was " + ratio(measured);
    }

    /**
     * Another model is faster with the whole interval.
     *
     * @param winnerOverExpected the ratio of {@code expected}'s round time to {@code winner}'s
     */
    public static String shouldBeFastest(Arm expected, Arm winner, RatioInterval winnerOverExpected) {
        return expectedFastest(expected) + ", but " + winner + " was " + factor(winnerOverExpected.estimate())
                + " faster " + interval(winnerOverExpected);
    }

    /**
     * A model outside {@code candidates} beat every one of them.
     *
     * @param best the candidate that came closest to {@code winner}
     * @param winnerOverBest the ratio of {@code best}'s round time to {@code winner}'s
     */
    public static String shouldBeFastestAmong(List<Model> candidates, Arm winner, Arm best,
            RatioInterval winnerOverBest) {
        return expectedFastestAmong(candidates) + ", but " + winner + " was " + factor(winnerOverBest.estimate())
                + " faster than " + best + ", the fastest of them " + interval(winnerOverBest);
    }

    /**
     * A claim about a model that has no measurements.
     *
     * @param expected how the claim opens, such as {@link #expectedFastest(Arm)}
     * @param reason why {@code missing} did not run
     */
    public static String shouldHaveRun(String expected, Model missing, String reason) {
        return expected + ", but " + missing + " did not run: " + reason;
    }

    // ---- undecided ----

    /** The interval straddles the factor (or there were too few rounds) and no more rounds were measured. */
    public static String shouldBeDecidedFaster(Arm model, Arm than, double atLeast, RatioInterval measured,
            String reason) {
        return expectedFaster(model, than, atLeast) + ", but could not tell: it was " + ratio(measured)
                + straddles(measured, atLeast) + "; " + reason;
    }

    /** Undecided "{@code expected} is the fastest model", closest to {@code contender}. */
    public static String shouldBeDecidedFastest(Arm expected, Arm contender, RatioInterval measured, String reason) {
        return expectedFastest(expected) + ", but could not tell it from " + contender + ": " + expected + " was "
                + factor(measured.estimate()) + " as fast " + interval(measured) + straddles(measured, 1.0) + "; "
                + reason;
    }

    /** Undecided "the fastest model is one of {@code candidates}": {@code candidate} against {@code other}. */
    public static String shouldBeDecidedFastestAmong(List<Model> candidates, Arm candidate, Arm other,
            RatioInterval measured, String reason) {
        return expectedFastestAmong(candidates) + ", but could not tell " + candidate + " from " + other + ": "
                + candidate + " was " + factor(measured.estimate()) + " as fast " + interval(measured)
                + straddles(measured, 1.0) + "; " + reason;
    }

    // ---- holds ----

    /** {@code THREADS was 5.8× faster than SEQUENTIAL (99% CI 5.5×–6.1×, 5 rounds each), at least 2.0× expected}. */
    public static String holdsFaster(Arm model, Arm than, double atLeast, RatioInterval measured) {
        return model + " was " + factor(measured.estimate()) + " faster than " + than + " " + interval(measured)
                + ", at least " + Factors.format(atLeast) + " expected";
    }

    /** {@code THREADS was the fastest model, 1.3× faster than the runner-up ASYNC (99% CI 1.2×–1.4×, 5 rounds each)}. */
    public static String holdsFastest(Arm model, Arm runnerUp, RatioInterval measured) {
        return model + " was the fastest model, " + factor(measured.estimate()) + " faster than the runner-up "
                + runnerUp + " " + interval(measured);
    }

    /** {@code The fastest model was one of [THREADS, ASYNC]: THREADS beat the closest other model, SEQUENTIAL, 5.8× (...)}. */
    public static String holdsFastestAmong(List<Model> candidates, Arm candidate, Arm closest,
            RatioInterval measured) {
        return "The fastest model was one of " + candidates + ": " + candidate + " beat the closest other model, "
                + closest + ", " + factor(measured.estimate()) + " " + interval(measured);
    }

    /** When every model that ran is a candidate. */
    public static String holdsEveryModelAmong(List<Model> candidates) {
        return "The fastest model was one of " + candidates + ": no other model ran";
    }

    // ---- scaling ----

    /** {@code Expected THREADS ×8 to give at least 5.0× the throughput of THREADS ×1}. */
    public static String expectedScaling(Arm to, Arm from, double atLeast) {
        return "Expected " + to + " to give at least " + Factors.format(atLeast) + " the throughput of " + from;
    }

    /**
     * The whole interval falls short of the factor.
     *
     * @param measured the ratio of {@code from}'s round time to {@code to}'s: of their throughputs
     */
    public static String shouldScale(Arm to, Arm from, double atLeast, RatioInterval measured) {
        return expectedScaling(to, from, atLeast) + ", but it gave " + ratio(measured);
    }

    /** The interval straddles the factor (or there were too few rounds) and no more rounds were measured. */
    public static String shouldBeDecidedScaling(Arm to, Arm from, double atLeast, RatioInterval measured,
            String reason) {
        return expectedScaling(to, from, atLeast) + ", but could not tell: it gave " + ratio(measured)
                + straddles(measured, atLeast) + "; " + reason;
    }

    /** {@code THREADS ×8 gave 6.2× the throughput of THREADS ×1 (99% CI 5.8×–6.6×, 5 rounds each), at least 5.0× expected}. */
    public static String holdsScaling(Arm to, Arm from, double atLeast, RatioInterval measured) {
        return to + " gave " + factor(measured.estimate()) + " the throughput of " + from + " " + interval(measured)
                + ", at least " + Factors.format(atLeast) + " expected";
    }

    // ---- not checked ----

    /** {@code THREADS at least 2.0× faster than SEQUENTIAL: not checked, VIRTUAL_THREADS needs Java 21}. */
    public static String notChecked(String claim, String reason) {
        return claim + ": not checked, " + reason;
    }

    /**
     * A verdict a busy machine could have produced: {@code ...: not checked, the machine was busy:
     * THREADS's threads waited for a core 40% of their busy time (none expected from 2 threads on 2
     * cores), which alone could explain what was measured (<the verdict's own message>)}.
     */
    public static String notCheckedBusy(String claim, Arm model, double queuedShare, double expectedShare,
            int carriers, int cores, String verdict) {
        String expectation = expectedShare == 0 ? "none expected from "
                : String.format(Locale.ROOT, "%.0f%% expected from ", expectedShare * 100);
        String unit = model.model() == Model.PROCESSES ? "workers" : carriers == 1 ? "thread" : "threads";
        return notChecked(claim, String.format(Locale.ROOT, "the machine was busy: %s's threads waited for a core"
                + " %.0f%% of their busy time (%s%d %s on %d cores), which alone could explain what was measured (%s)",
                model, queuedShare * 100, expectation, carriers, unit, cores, verdict));
    }

    // ---- the measured part ----

    /**
     * A measured factor: like {@link Factors#format}, but with two decimals below 2×, where "1.0×"
     * would hide whether a model was a little faster or a little slower.
     */
    public static String factor(double value) {
        return Math.abs(value) < 2 && Math.abs(value) >= 1
                ? String.format(Locale.ROOT, "%.2f×", value)
                : Factors.format(value);
    }

    /** The estimate with its interval: {@code 3.1× (99% CI 2.9×–3.3×, 12 rounds each)}. */
    public static String ratio(RatioInterval measured) {
        return factor(measured.estimate()) + " " + interval(measured);
    }

    /** {@code (99% CI 2.9×–3.3×, 12 rounds each)}, or why there is no interval at that level. */
    public static String interval(RatioInterval measured) {
        if (!measured.reachesConfidence()) {
            return "(" + measured.rounds() + ": too few for a " + measured.level() + " CI, which needs at least "
                    + HodgesLehmann.minimumRounds(measured.confidence()) + " rounds each)";
        }
        return "(" + measured.level() + " CI " + bounds(measured.lower(), measured.upper()) + ", " + measured.rounds()
                + ")";
    }

    /** {@code 2.9×–3.3×}; both with two decimals when the lower one is under 2×, so they read alike. */
    private static String bounds(double lower, double upper) {
        if (lower < 2 && upper < 100) {
            return String.format(Locale.ROOT, "%.2f×–%.2f×", lower, upper);
        }
        return factor(lower) + "–" + factor(upper);
    }

    private static String straddles(RatioInterval measured, double factor) {
        return measured.reachesConfidence() ? ", which straddles " + Factors.format(factor) : "";
    }
}
