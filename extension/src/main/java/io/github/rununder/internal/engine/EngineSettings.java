package io.github.rununder.internal.engine;

import java.time.Duration;

/**
 * How the engine spends time beyond what a plan declares, and how messages name the knobs that
 * set it.
 *
 * @param checkClaims whether to decide the plan's expectations at all ({@code rununder.verdicts=off} does not)
 * @param verdictBudget how long extra, interleaved rounds may take while a claim is undecided; zero for none
 * @param budgetKnob how messages name the budget, such as {@code rununder.verdict.budget=30 s} or {@code budget(30.0 s)}
 * @param warmupLimit how long a model may go on warming up after its declared warm-up rounds while
 *     the JIT compiler is still compiling or classes are still loading; zero to stop after the declared ones
 * @param cores the processors this JVM may use, for the contention review and the classification
 * @param explain when to record time budgets and explain comparisons
 * @param pinning whether to watch virtual threads for pinned parks, and what one does
 */
public record EngineSettings(boolean checkClaims, Duration verdictBudget, String budgetKnob, Duration warmupLimit,
        int cores, ExplainMode explain, PinningMode pinning) {

    public EngineSettings {
        if (verdictBudget.isNegative() || warmupLimit.isNegative() || cores < 1) {
            throw new IllegalArgumentException("budgets must not be negative, cores at least 1");
        }
        if (explain == null || pinning == null) {
            throw new IllegalArgumentException("explain and pinning modes are required");
        }
    }

    /** Settings that explain in {@link ExplainMode#AUTO} and report pinning, as both default to. */
    public EngineSettings(boolean checkClaims, Duration verdictBudget, String budgetKnob, Duration warmupLimit,
            int cores) {
        this(checkClaims, verdictBudget, budgetKnob, warmupLimit, cores, ExplainMode.AUTO, PinningMode.REPORT);
    }
}
