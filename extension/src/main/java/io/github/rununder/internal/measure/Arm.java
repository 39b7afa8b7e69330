package io.github.rununder.internal.measure;

import io.github.rununder.Model;

/**
 * One model at one concurrency: what a node measures, what a claim compares and what the report
 * lists. A comparison of one concurrency has one arm per model; a sweep has one per model and
 * level, and {@code SEQUENTIAL} once.
 *
 * <p>Messages name an arm by {@link #toString()}: the plain model name where the comparison has a
 * single concurrency, so that its words stay those of a comparison of models, and the model with
 * its level in a sweep, where {@code THREADS} alone would not say which.
 *
 * @param model the model
 * @param concurrency its threads, workers or tasks in flight; 1 for {@code SEQUENTIAL}
 * @param swept whether the comparison sweeps several concurrencies, so that messages name the level
 */
public record Arm(Model model, int concurrency, boolean swept) implements Comparable<Arm> {

    public Arm {
        if (model == null || concurrency < 1 || (model == Model.SEQUENTIAL && concurrency != 1)) {
            throw new IllegalArgumentException("not an arm: " + model + " at " + concurrency);
        }
    }

    /** {@code model} at {@code concurrency} in a comparison of that one concurrency. */
    public static Arm of(Model model, int concurrency) {
        return new Arm(model, concurrency, false);
    }

    /**
     * The model with what its concurrency means, as the nodes show it: {@code THREADS ×8} and
     * {@code PROCESSES ×8} (that many carriers), {@code VIRTUAL_THREADS ≤8} and {@code ASYNC ≤8}
     * (at most that many tasks in flight), {@code SEQUENTIAL}.
     */
    public String label() {
        return label(model, concurrency);
    }

    /** As {@link #label()}, for a model and concurrency read back from elsewhere, such as a stored report. */
    public static String label(Model model, int concurrency) {
        return switch (model) {
            case SEQUENTIAL -> "SEQUENTIAL";
            case THREADS, PROCESSES -> model + " ×" + concurrency;
            case VIRTUAL_THREADS, ASYNC -> model + " ≤" + concurrency;
        };
    }

    /** In the order of {@link Model}, then from the lowest concurrency up: the order of the nodes. */
    @Override
    public int compareTo(Arm other) {
        int byModel = model.compareTo(other.model);
        return byModel != 0 ? byModel : Integer.compare(concurrency, other.concurrency);
    }

    /** {@code THREADS ×8} in a sweep, {@code THREADS} otherwise. */
    @Override
    public String toString() {
        return swept ? label() : model.name();
    }
}
