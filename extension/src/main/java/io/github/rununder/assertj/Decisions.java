package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.ModelFigures;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.stats.FastestAmong;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.ShouldHaveRun;
import io.github.rununder.internal.stats.Verdict;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a claim on a {@link Comparison} with the engine the annotations use, on the rounds the
 * comparison measured. No more rounds can be measured here: a comparison is finished.
 */
final class Decisions {

    /** Why a claim undecided on a finished comparison stays undecided. */
    static final String UNDECIDED_REASON = "Compare.run() measures more rounds only for claims declared with"
            + " expectFaster(...) or expectFastest(...), until they are decided or its budget is spent";

    private Decisions() {}

    /**
     * @throws IllegalArgumentException when {@code model} is {@code null} or neither ran nor was
     *     skipped in {@code comparison}
     */
    static void requireCompared(Comparison comparison, Model model, String call) {
        if (model == null) {
            throw new IllegalArgumentException(call + ": name a model");
        }
        if (!comparison.models().contains(model) && !comparison.skippedModels().containsKey(model)) {
            throw new IllegalArgumentException(call + ": " + model + " is not among the models of "
                    + comparison.subject() + ", " + comparison.models());
        }
    }

    /** The verdict on {@code expectation}, or the message of an assertion error when it does not hold. */
    static Optional<String> failure(Comparison comparison, Expectation expectation) {
        Optional<Model> skipped = expectation instanceof FastestAmong ? Optional.empty()
                : expectation.models().stream().filter(comparison.skippedModels()::containsKey).findFirst();
        if (skipped.isPresent()) {
            Model model = skipped.get();
            return Optional.of(ShouldHaveRun.shouldHaveRun(expected(expectation), model,
                    comparison.skippedModels().get(model)));
        }
        Verdict verdict = new IntervalVerdictEngine().decide(expectation, results(comparison), UNDECIDED_REASON);
        if (verdict.outcome() == Verdict.Outcome.NOT_CHECKED) {
            return Optional.of(expected(expectation) + ", but it could not be checked: " + verdict.message());
        }
        return verdict.failing() ? Optional.of(verdict.message()) : Optional.empty();
    }

    /** How a message about {@code expectation} opens: {@code Expected THREADS to be the fastest model}. */
    private static String expected(Expectation expectation) {
        if (expectation instanceof Expectation.Faster faster) {
            return "Expected " + faster.model() + " to be at least " + Factors.format(faster.atLeast()) + " faster than "
                    + faster.than();
        }
        if (expectation instanceof FastestAmong among) {
            return "Expected the fastest model to be one of " + among.candidates();
        }
        return "Expected " + expectation.models().get(0) + " to be the fastest model";
    }

    /** The rounds of every model that ran, as the engine reads them. */
    private static Map<Model, ModelResult> results(Comparison comparison) {
        Map<Model, ModelResult> results = new EnumMap<>(Model.class);
        for (ModelFigures figures : comparison.figures()) {
            ModelResult result = new ModelResult(figures.model(), figures.tasks(), figures.concurrency(),
                    figures.warmupRounds());
            for (Duration round : figures.rounds()) {
                result.rounds().add(round.toNanos(), -1);
            }
            results.put(figures.model(), result);
        }
        return results;
    }
}
