package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.plan.Factors;
import java.util.List;

/** What a verdict that holds says, for the verdict node and the report. */
final class Holds {

    private Holds() {}

    /** {@code THREADS was 5.8× faster than SEQUENTIAL (99% CI 5.5×–6.1×, 5 rounds each), at least 2.0× expected}. */
    static String faster(Model model, Model than, double atLeast, RatioInterval measured) {
        return model + " was " + Measured.factor(measured.estimate()) + " faster than " + than + " "
                + Measured.interval(measured) + ", at least " + Factors.format(atLeast) + " expected";
    }

    /** {@code THREADS was the fastest model, 1.3× faster than the runner-up ASYNC (99% CI 1.2×–1.4×, 5 rounds each)}. */
    static String fastest(Model model, Model runnerUp, RatioInterval measured) {
        return model + " was the fastest model, " + Measured.factor(measured.estimate()) + " faster than the runner-up "
                + runnerUp + " " + Measured.interval(measured);
    }

    /** {@code The fastest model was one of [THREADS, ASYNC]: THREADS beat the closest other, SEQUENTIAL, 5.8× (...)}. */
    static String fastestAmong(List<Model> candidates, Model candidate, Model closest, RatioInterval measured) {
        return "The fastest model was one of " + candidates + ": " + candidate + " beat the closest other model, "
                + closest + ", " + Measured.factor(measured.estimate()) + " " + Measured.interval(measured);
    }

    /** When every model that ran is a candidate. */
    static String everyModelAmong(List<Model> candidates) {
        return "The fastest model was one of " + candidates + ": no other model ran";
    }
}
