package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.internal.engine.ResultAccess;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Expectation.FastestAmong;
import io.github.rununder.internal.plan.Levels;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.VerdictMessages;
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

    /**
     * The message of an assertion error when {@code expectation} does not hold on the rounds the
     * comparison measured: decided as the comparison decided its own claims (the same interval, the
     * same review for a busy machine), on the same rounds; empty when it holds.
     */
    static Optional<String> failure(Comparison comparison, Expectation expectation) {
        Optional<Model> skipped = expectation instanceof FastestAmong ? Optional.empty()
                : expectation.models().stream().filter(comparison.skippedModels()::containsKey).findFirst();
        Levels levels = ResultAccess.of(comparison).plan().levels();
        if (skipped.isPresent()) {
            Model model = skipped.get();
            return Optional.of(VerdictMessages.shouldHaveRun(expected(expectation, levels), model,
                    comparison.skippedModels().get(model)));
        }
        Verdict verdict = ResultAccess.of(comparison).judge(expectation, UNDECIDED_REASON);
        if (verdict.outcome() == Verdict.Outcome.NOT_CHECKED) {
            return Optional.of(expected(expectation, levels) + ", but it could not be checked: " + verdict.message());
        }
        return verdict.failing() ? Optional.of(verdict.message()) : Optional.empty();
    }

    /**
     * How a message about {@code expectation} opens: {@code Expected THREADS to be the fastest model};
     * in a sweep it names the level compared, {@code Expected THREADS ×16 to be the fastest model}.
     */
    private static String expected(Expectation expectation, Levels levels) {
        if (expectation instanceof Expectation.Faster faster) {
            return VerdictMessages.expectedFaster(levels.compared(faster.model()), levels.compared(faster.than()),
                    faster.atLeast());
        }
        if (expectation instanceof FastestAmong among) {
            return VerdictMessages.expectedFastestAmong(among.candidates());
        }
        return VerdictMessages.expectedFastest(levels.compared(expectation.models().get(0)));
    }
}
