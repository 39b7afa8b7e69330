package io.github.rununder.internal.plan;

import io.github.rununder.Model;

/**
 * How nodes, messages and the report name a model with its concurrency, saying what the
 * concurrency means: {@code THREADS ×8} (8 threads or workers), {@code ASYNC ≤8} (at most 8 in
 * flight), {@code SEQUENTIAL} (one thread). One place, so that every reader shows the same label.
 */
public final class ModelLabels {

    private ModelLabels() {}

    /** The model with what its concurrency means. */
    public static String of(Model model, int concurrency) {
        return switch (model) {
            case SEQUENTIAL -> "SEQUENTIAL";
            case THREADS, PROCESSES -> model + " ×" + concurrency;
            case VIRTUAL_THREADS, ASYNC -> model + " ≤" + concurrency;
        };
    }
}
