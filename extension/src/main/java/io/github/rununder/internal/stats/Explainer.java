package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.TimeBudget;
import java.util.Optional;

/** Placeholder until the explainer lands. */
public final class Explainer {
    public Optional<Explanation> explain(Arm model, TimeBudget budget, Arm than, TimeBudget thanBudget, double ratio) {
        return Optional.empty();
    }
}
