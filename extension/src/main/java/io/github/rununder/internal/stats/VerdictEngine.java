package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import java.util.Map;

/** Decides expectations from what the models measured. */
public interface VerdictEngine {

    /**
     * Decides {@code expectation} from {@code results}, which hold every model that was measured;
     * a model the expectation needs that is missing makes it {@link Verdict.Outcome#NOT_CHECKED}.
     */
    Verdict decide(Expectation expectation, Map<Model, ModelResult> results);
}
