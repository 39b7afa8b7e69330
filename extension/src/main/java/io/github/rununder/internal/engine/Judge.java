package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Levels;
import io.github.rununder.internal.stats.Contention;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.VerdictMessages;
import java.util.Map;
import java.util.Optional;

/**
 * Decides one claim on the rounds a comparison rests on, the same way for the verdict node, for
 * {@code Compare} and for an AssertJ assertion on a finished comparison: a claim on a model that
 * was not measured is not checked, with the reason; the interval engine decides the others; and a
 * decision a busy machine could have produced is left unchecked (see {@link Contention}).
 */
final class Judge {

    private final IntervalVerdictEngine engine;
    private final Contention contention;

    Judge(IntervalVerdictEngine engine, int cores) {
        this.engine = engine;
        this.contention = new Contention(cores);
    }

    IntervalVerdictEngine engine() {
        return engine;
    }

    /** Why {@code expectation} cannot be checked: the first of its arms that was not measured, and why. */
    static Optional<String> whyUnavailable(Expectation expectation, Levels levels, Map<Arm, ModelOutcome> outcomes) {
        if (expectation instanceof Expectation.FastestAmong) {
            // Candidates that did not run are left out; the decision says so when none of them ran.
            return Optional.empty();
        }
        for (Arm arm : expectation.arms(levels)) {
            ModelOutcome outcome = outcomes.get(arm);
            if (outcome == null) {
                return Optional.of(arm + " did not run");
            }
            if (!outcome.measured()) {
                return Optional.of(outcome.reason());
            }
        }
        return Optional.empty();
    }

    /** The verdict on a claim whose arms were all measured, reviewed for a busy machine. */
    Verdict decide(Expectation expectation, Levels levels, Map<Arm, ModelResult> comparable, String undecidedReason) {
        return review(engine.decide(expectation, levels, comparable, undecidedReason), levels, comparable);
    }

    /** Leaves unchecked what a busy machine could have decided. */
    Verdict review(Verdict verdict, Levels levels, Map<Arm, ModelResult> comparable) {
        return contention.review(verdict, levels, comparable);
    }

    /** A claim that cannot be checked, with the reason. */
    static Verdict notChecked(Expectation expectation, String reason) {
        return new Verdict(expectation, Verdict.Outcome.NOT_CHECKED, VerdictMessages.notChecked(expectation.claim(), reason));
    }
}
