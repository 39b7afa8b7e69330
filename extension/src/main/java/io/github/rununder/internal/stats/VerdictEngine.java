package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Levels;
import java.util.Map;

/** Decides expectations from what the arms of a comparison measured. */
public interface VerdictEngine {

    /** Why an undecided claim stays undecided when the caller measures no more rounds. */
    String NO_MORE_ROUNDS = "no more rounds were measured";

    /**
     * Decides {@code expectation} from {@code results}, which hold every arm that was measured; an
     * arm the expectation needs that is missing makes it {@link Verdict.Outcome#NOT_CHECKED}. A claim
     * that names models only compares each at the level {@code levels} say (see
     * {@link Levels#compared}). An {@link Verdict.Outcome#UNDECIDED} verdict's message ends with
     * {@code undecidedReason}.
     */
    Verdict decide(Expectation expectation, Levels levels, Map<Arm, ModelResult> results, String undecidedReason);

    /** Decides {@code expectation}, knowing that no more rounds will be measured. */
    default Verdict decide(Expectation expectation, Levels levels, Map<Arm, ModelResult> results) {
        return decide(expectation, levels, results, NO_MORE_ROUNDS);
    }
}
