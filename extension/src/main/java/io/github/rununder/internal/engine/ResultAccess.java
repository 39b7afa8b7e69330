package io.github.rununder.internal.engine;

import io.github.rununder.Comparison;
import java.util.function.Function;

/**
 * How this library's AssertJ assertions reach the engine's result behind a public
 * {@link Comparison}, which keeps it out of its API. {@code Comparison} grants the access once,
 * when its class initialises (the JDK's own "shared secrets" pattern); nothing else can.
 */
public final class ResultAccess {

    private static volatile Function<Comparison, ExperimentResult> reader;

    private ResultAccess() {}

    /**
     * Called once, by {@code Comparison}'s static initialiser.
     *
     * @throws IllegalStateException when access was granted before
     */
    public static synchronized void grant(Function<Comparison, ExperimentResult> access) {
        if (reader != null) {
            throw new IllegalStateException("access to Comparison's result was granted already");
        }
        reader = access;
    }

    /** The result behind {@code comparison}. */
    public static ExperimentResult of(Comparison comparison) {
        // An instance exists, so its class has initialised and granted the access.
        return reader.apply(comparison);
    }
}
