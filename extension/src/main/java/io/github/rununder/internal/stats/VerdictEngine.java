package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import java.util.Map;

/** Decides expectations from what the models measured. */
public interface VerdictEngine {

    /** Why an undecided claim stays undecided when the caller measures no more rounds. */
    String NO_MORE_ROUNDS = "no more rounds were measured";

    /**
     * Decides {@code expectation} from {@code results}, which hold every model that was measured;
     * a model the expectation needs that is missing makes it {@link Verdict.Outcome#NOT_CHECKED}.
     * An {@link Verdict.Outcome#UNDECIDED} verdict's message ends with {@code undecidedReason}.
     */
    Verdict decide(Expectation expectation, Map<Model, ModelResult> results, String undecidedReason);

    /** Decides {@code expectation}, knowing that no more rounds will be measured. */
    default Verdict decide(Expectation expectation, Map<Model, ModelResult> results) {
        return decide(expectation, results, NO_MORE_ROUNDS);
    }
}
