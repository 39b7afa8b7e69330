package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.plan.Factors;

/**
 * The words for a model's scaling: one sentence on what limits it, one on its best concurrency.
 *
 * <p>What limits a model is read from its fitted curve over the sweep:
 * <ul>
 *   <li><b>near-linear</b> when the curve still gives 90% of linear speed-up at the largest level;
 *   <li><b>retrograde</b> when the peak N* lies within the sweep: coherency turns it down there;
 *   <li><b>coherency</b> when the peak lies beyond the sweep, but the coherency term of the law,
 *       κN(N−1), already outweighs the contention term, σ(N−1), at the largest level (κN &gt; σ);
 *   <li><b>contention</b> otherwise: with κ = 0 throughput climbs towards 1/σ times that of
 *       concurrency 1 (Amdahl's law) and never falls.
 * </ul>
 */
public final class ScalingSentence {

    /** Speed-up at the largest level, as a share of linear, from which scaling counts as near-linear. */
    static final double NEAR_LINEAR = 0.9;

    private ScalingSentence() {}

    /**
     * What limits {@code model}, such as {@code THREADS: contention (σ = 0.12) caps it at 8.3× one
     * thread; no retrograde scaling within the sweep}.
     *
     * @param largest the largest concurrency of the sweep
     */
    public static String limit(Model model, UslCurve curve, double largest) {
        return limit(model, curve, largest, largest);
    }

    /**
     * As {@link #limit(Model, UslCurve, double)}, knowing where the measured median throughput was
     * highest: where that lies inside the sweep but the fitted curve does not turn down within it
     * (the rounds beyond vary too much for the coherency test to keep κ), the sentence says so
     * rather than claim that nothing turned down.
     *
     * @param highestMedianAt the level with the highest median throughput
     */
    public static String limit(Model model, UslCurve curve, double largest, double highestMedianAt) {
        boolean unconfirmedFall = highestMedianAt < largest && curve.peakConcurrency() > largest;
        String fall = "its median throughput was highest at " + level(highestMedianAt, model)
                + ", but its rounds beyond vary too much to show a turn down";
        String sigma0 = "σ = " + SignificantDigits.of(curve.sigma(), 2);
        if (unconfirmedFall && curve.kappa() == 0 && curve.sigma() > 0
                && curve.speedupAt(largest) < NEAR_LINEAR * largest) {
            return model + ": contention (" + sigma0 + ") caps it at " + times(1 / curve.sigma()) + " one "
                    + unit(model, false) + "; " + fall;
        }
        String sentence = limitOfCurve(model, curve, largest);
        return unconfirmedFall ? sentence + "; " + fall : sentence;
    }

    private static String limitOfCurve(Model model, UslCurve curve, double largest) {
        String sigma = "σ = " + SignificantDigits.of(curve.sigma(), 2);
        String kappa = "κ = " + SignificantDigits.of(curve.kappa(), 2);
        String one = "one " + unit(model, false);
        double peak = curve.peakConcurrency();
        String body;
        if (peak <= 1) {
            body = "no gain from concurrency: throughput is highest at 1 and falls beyond (" + sigma + ", " + kappa + ")";
        } else if (curve.speedupAt(largest) >= NEAR_LINEAR * largest) {
            body = "near-linear scaling (" + sigma + ", " + kappa + "): " + times(curve.speedupAt(largest)) + " " + one
                    + " at " + level(largest, model) + "; no limit within the sweep";
        } else if (peak <= largest) {
            body = "coherency (" + kappa + ") turns it retrograde beyond N* = " + SignificantDigits.of(peak, 3)
                    + ", where it peaks at " + times(curve.speedupAt(peak)) + " " + one + " (" + sigma + ")";
        } else if (curve.kappa() * largest > curve.sigma()) {
            body = "coherency (" + kappa + ") will peak it at N* = " + SignificantDigits.of(peak, 3)
                    + ", beyond the sweep, at " + times(curve.speedupAt(peak)) + " " + one + " (" + sigma + ")";
        } else if (curve.kappa() == 0) {
            body = "contention (" + sigma + ") caps it at " + times(1 / curve.sigma()) + " " + one
                    + "; no retrograde scaling within the sweep";
        } else {
            body = "contention (" + sigma + ") limits it to " + times(curve.speedupAt(largest)) + " " + one + " at "
                    + level(largest, model) + "; coherency (" + kappa + ") would turn it retrograde beyond N* = "
                    + SignificantDigits.of(peak, 3);
        }
        return model + ": " + body;
    }

    /**
     * Why {@code best} is the best concurrency of {@code model}, such as {@code THREADS: best at 2
     * threads, within noise of the highest throughput, at 4 threads (1.02×, 95% CI 0.97×–1.08×)}.
     */
    public static String best(Model model, BestConcurrency best) {
        return model + ": " + bestAt(model, best);
    }

    /**
     * As {@link #best}, without the model: {@code best at 2 threads, within noise of the highest
     * throughput, at 4 threads (1.02×, 95% CI 0.97×–1.08×)}.
     */
    public static String bestAt(Model model, BestConcurrency best) {
        String prefix = "best at " + level(best.concurrency(), model);
        if (best.withinNoise()) {
            RatioInterval ratio = best.fastestOverBest();
            String interval = ratio.reachesConfidence() ? ratio.level() + " CI" : "range of the rounds";
            return prefix + ", within noise of the highest throughput, at " + level(best.fastest(), model) + " ("
                    + ratio(ratio.estimate()) + ", " + interval + " " + ratio(ratio.lower()) + "–" + ratio(ratio.upper())
                    + ")";
        }
        if (best.smallest()) {
            return prefix + ": no larger level gave more throughput";
        }
        return prefix + ", the highest throughput of the sweep; every smaller level is slower beyond noise";
    }

    private static String ratio(double ratio) {
        return SignificantDigits.of(ratio, 3) + "×";
    }

    private static String level(double concurrency, Model model) {
        return SignificantDigits.of(concurrency, 6) + " " + unit(model, concurrency != 1);
    }

    private static String times(double speedup) {
        return Factors.format(speedup);
    }

    private static String unit(Model model, boolean plural) {
        return switch (model) {
            case THREADS -> plural ? "threads" : "thread";
            case VIRTUAL_THREADS -> plural ? "virtual threads" : "virtual thread";
            case PROCESSES -> plural ? "processes" : "process";
            case ASYNC -> plural ? "tasks in flight" : "task in flight";
            case SEQUENTIAL -> plural ? "tasks at a time" : "task at a time";
        };
    }
}
