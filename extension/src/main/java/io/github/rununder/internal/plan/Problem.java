package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import java.util.List;

/**
 * One thing wrong with a declared comparison. The rules that find problems live in
 * {@link PlanBuilder}; a {@link Syntax} words them the way the user declared the comparison, with
 * annotations or with {@code Compare}'s calls.
 */
public sealed interface Problem {

    /** An integer attribute below its minimum: {@code tasks = 0}. */
    record BelowMinimum(String attribute, long value, int minimum, String meaning) implements Problem {}

    /** No model to run. */
    record NoModels() implements Problem {}

    /** A model listed more than once. */
    record RepeatedModel(Model model, List<Model> models) implements Problem {}

    /** A claim names a model the comparison does not run. */
    record ModelNotCompared(Expectation expectation, String attribute, Model model, List<Model> models)
            implements Problem {}

    /** A claim compares a model with itself. */
    record SelfComparison(Expectation.Faster expectation) implements Problem {}

    /** A claim's factor is not a positive, finite number. */
    record BadFactor(Expectation expectation, double atLeast) implements Problem {}

    /**
     * A workload beyond what {@link Limits} allows (idle or countless workers, countless threads, JVM
     * arguments a worker cannot take), as a sentence naming the attributes in quotes.
     */
    record Limit(String rule) implements Problem {}

    /** "The fastest" claimed of the only model. */
    record OnlyModel(Expectation.Fastest expectation) implements Problem {}

    /** No concurrency to run the models at. */
    record NoLevels() implements Problem {}

    /** A concurrency listed more than once. */
    record RepeatedLevel(int level, List<Integer> levels) implements Problem {}

    /** A level of a sweep below 1 (a single concurrency below 1 is a {@link BelowMinimum}). */
    record LevelBelowMinimum(int level, List<Integer> levels) implements Problem {}

    /** A scaling claim about {@code SEQUENTIAL}, which runs at one concurrency only. */
    record SequentialScaling(Expectation.Scaling expectation) implements Problem {}

    /** A scaling claim names a concurrency the comparison does not run. */
    record LevelNotSwept(Expectation.Scaling expectation, String attribute, int level, List<Integer> levels)
            implements Problem {}

    /** A scaling claim whose {@code from} is not below its {@code to}. */
    record LevelsOutOfOrder(Expectation.Scaling expectation) implements Problem {}
}
