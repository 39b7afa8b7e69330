package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.model.ModelSession;

/**
 * Opens sessions of the arms for the engine: the annotation calls the method on the current
 * invocation's test instance (or in worker JVMs that run its lifecycle); the code-driven API runs
 * the task it was given. The engine closes every session it opens.
 */
@FunctionalInterface
public interface SessionSource {

    /**
     * Opens a session of {@code arm}'s model at its concurrency, not yet prepared.
     *
     * @throws RuntimeException when it cannot be opened; the model run fails with it
     */
    ModelSession open(Arm arm);
}
