package io.github.rununder.internal.stats;

import io.github.rununder.internal.plan.Expectation;
import java.util.List;

/**
 * The decision on one expectation.
 *
 * @param expectation what was claimed
 * @param outcome whether it holds
 * @param message one sentence for people: what was expected and what was measured
 * @param checks the pairwise comparisons the decision rests on; empty when nothing was compared
 */
public record Verdict(Expectation expectation, Outcome outcome, String message, List<RatioCheck> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** A verdict that rests on no comparison, such as {@link Outcome#NOT_CHECKED}. */
    public Verdict(Expectation expectation, Outcome outcome, String message) {
        this(expectation, outcome, message, List.of());
    }

    /** The possible decisions. */
    public enum Outcome {
        /** The measurements support the claim. */
        HOLDS,
        /** The measurements contradict the claim. */
        FAILS,
        /** The measurements can tell neither way. */
        UNDECIDED,
        /** The claim could not be checked, for example because a model did not run. */
        NOT_CHECKED
    }

    /** Whether this verdict should fail the build in {@code fail} mode. */
    public boolean failing() {
        return outcome == Outcome.FAILS || outcome == Outcome.UNDECIDED;
    }
}
