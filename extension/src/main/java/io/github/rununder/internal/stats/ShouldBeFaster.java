package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.plan.Factors;

/**
 * The failure of "{@code model} is at least {@code atLeast}× faster than {@code than}" when the whole
 * interval falls short of the factor:
 * {@code Expected VIRTUAL_THREADS to be at least 4.0× faster than SEQUENTIAL, but it was 3.1× (99% CI 2.9×–3.3×, 12 rounds each)}.
 */
public final class ShouldBeFaster {

    private ShouldBeFaster() {}

    /**
     * @param measured the ratio of {@code than}'s round time to {@code model}'s
     */
    public static String shouldBeFaster(Model model, Model than, double atLeast, RatioInterval measured) {
        return "Expected " + model + " to be at least " + Factors.format(atLeast) + " faster than " + than
                + ", but it was " + Measured.ratio(measured);
    }
}
