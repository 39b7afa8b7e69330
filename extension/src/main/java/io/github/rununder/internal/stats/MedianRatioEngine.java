package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Factors;
import java.util.Map;

/**
 * Decides expectations from the ratio of median round times alone: the first, simple engine,
 * with no notion of noise. It never answers {@link Verdict.Outcome#UNDECIDED}.
 */
public final class MedianRatioEngine implements VerdictEngine {

    @Override
    public Verdict decide(Expectation expectation, Map<Model, ModelResult> results) {
        for (Model model : expectation.models()) {
            if (!results.containsKey(model)) {
                return new Verdict(expectation, Verdict.Outcome.NOT_CHECKED, expectation.claim() + ": not checked, "
                        + model + " has no measurements");
            }
        }
        if (expectation instanceof Expectation.Faster faster) {
            return faster(faster, results.get(faster.model()), results.get(faster.than()));
        }
        return fastest((Expectation.Fastest) expectation, results);
    }

    private Verdict faster(Expectation.Faster claim, ModelResult model, ModelResult than) {
        double ratio = than.medianNanos() / model.medianNanos();
        boolean holds = ratio >= claim.atLeast();
        String measured = Factors.format(ratio) + " (median " + Durations.format(model.medianNanos()) + " against "
                + Durations.format(than.medianNanos()) + ", " + rounds(model, than) + ")";
        String message = holds
                ? claim.model() + " was " + measured + " faster than " + claim.than() + ", at least "
                        + Factors.format(claim.atLeast()) + " expected"
                : "Expected " + claim.model() + " to be at least " + Factors.format(claim.atLeast())
                        + " faster than " + claim.than() + ", but it was " + measured;
        return new Verdict(claim, holds ? Verdict.Outcome.HOLDS : Verdict.Outcome.FAILS, message);
    }

    private Verdict fastest(Expectation.Fastest claim, Map<Model, ModelResult> results) {
        ModelResult expected = results.get(claim.model());
        ModelResult best = expected;
        for (ModelResult other : results.values()) {
            if (other.medianNanos() < best.medianNanos()) {
                best = other;
            }
        }
        if (results.size() < 2) {
            return new Verdict(claim, Verdict.Outcome.NOT_CHECKED, claim.claim()
                    + ": not checked, no other model has measurements");
        }
        if (best == expected) {
            return new Verdict(claim, Verdict.Outcome.HOLDS, claim.model() + " was the fastest (median "
                    + Durations.format(expected.medianNanos()) + ")");
        }
        return new Verdict(claim, Verdict.Outcome.FAILS, "Expected " + claim.model()
                + " to be the fastest model, but " + best.model() + " was "
                + Factors.format(expected.medianNanos() / best.medianNanos()) + " faster (median "
                + Durations.format(best.medianNanos()) + " against " + Durations.format(expected.medianNanos())
                + ", " + rounds(best, expected) + ")");
    }

    private static String rounds(ModelResult a, ModelResult b) {
        int ra = a.rounds().size();
        int rb = b.rounds().size();
        return ra == rb ? ra + " rounds each" : ra + " and " + rb + " rounds";
    }
}
