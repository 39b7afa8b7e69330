package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.Explainer;
import io.github.rununder.internal.stats.Explanation;
import io.github.rununder.internal.stats.RatioCheck;
import io.github.rununder.internal.stats.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Why a model was slower than a claim wanted: records the time budgets of the arms that the
 * claims in need of an explanation compare (every measured arm with {@link ExplainMode#ON}),
 * explains each comparison, and adds the explanation to the verdict's message. Never changes an
 * outcome: an arm that cannot be recorded leaves its comparisons unexplained, with a warning.
 */
final class Explaining {

    private final Plan plan;
    private final ExplainMode mode;
    private final int cores;

    Explaining(Plan plan, ExplainMode mode, int cores) {
        this.plan = plan;
        this.mode = mode;
        this.cores = cores;
    }

    /** What the step found: the explanations, the verdicts with them in their messages, and warnings. */
    record Explained(List<Explanation> explanations, List<Verdict> verdicts, List<Warning> warnings) {}

    /**
     * @param verdicts the decided verdicts
     * @param measured each measured arm's outcome: its interleaved rounds keep its budget, its own
     *     rounds tell its workers' start-up and whether tasks blocked its event loop
     * @param deadline the time limit the comparison's rounds share: the recorded rounds must fit in
     *     what is left of it, or the arm is not recorded
     */
    Explained explain(List<Verdict> verdicts, Map<Arm, ModelOutcome> measured, SessionSource sessions,
            Deadline deadline) {
        Set<RatioCheck> unexplained = new LinkedHashSet<>();
        for (Verdict verdict : verdicts) {
            if (verdict.failing() || mode == ExplainMode.ON) {
                verdict.checks().stream().filter(check -> check.outcome() != Verdict.Outcome.HOLDS)
                        .forEach(unexplained::add);
            }
        }
        Set<Arm> arms = new LinkedHashSet<>();
        if (mode == ExplainMode.ON) {
            arms.addAll(measured.keySet());
        }
        unexplained.forEach(check -> {
            arms.add(check.model());
            arms.add(check.than());
        });
        Map<Arm, TimeBudget> budgets = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Arm arm : arms) {
            ModelOutcome outcome = measured.get(arm);
            if (outcome == null || outcome.interleaved() == null) {
                continue;
            }
            ModelResult result = outcome.interleaved();
            if (!new ExplainRounds(plan).fits(result.medianNanos(), outcome.own().startupNanos(), deadline)) {
                warnings.add(new Warning(Warning.Kind.NOT_EXPLAINED, "where " + arm + "'s time went was not recorded: "
                        + UndecidedReasons.noRoomToExplain(plan.timeLimit())));
                continue;
            }
            try {
                TimeBudget budget = new ExplainRounds(plan).record(arm, sessions, result.rounds().size()
                        + plan.rounds() + plan.warmup(), deadline);
                result.timeBudget(budget);
                budgets.put(arm, budget);
            } catch (TimeoutException | RuntimeException failure) {
                warnings.add(new Warning(Warning.Kind.NOT_EXPLAINED, "where " + arm + "'s time went could not be"
                        + " recorded: " + failure.getMessage()));
            }
        }
        List<Explanation> explanations = new ArrayList<>();
        for (RatioCheck check : unexplained) {
            TimeBudget model = budgets.get(check.model());
            TimeBudget than = budgets.get(check.than());
            if (model != null && than != null) {
                boolean loopBlocked = measured.get(check.model()).own().loopBlocking().isPresent();
                Explainer.explain(check.model(), model, check.than(), than, check.interval().estimate(),
                        new Explainer.Machine(cores, loopBlocked)).ifPresent(explanations::add);
            }
        }
        List<Verdict> told = verdicts.stream().map(verdict -> withExplanations(verdict, explanations)).toList();
        return new Explained(explanations, told, warnings);
    }

    /** The verdict, its message followed by the explanation of each comparison it rests on. */
    private static Verdict withExplanations(Verdict verdict, List<Explanation> explanations) {
        if (!verdict.failing()) {
            return verdict;
        }
        StringBuilder message = new StringBuilder(verdict.message());
        for (RatioCheck check : verdict.checks()) {
            find(explanations, check).ifPresent(explanation -> message.append(" Why: ").append(explanation.text())
                    .append(explanation.text().endsWith(".") ? "" : "."));
        }
        return message.length() == verdict.message().length() ? verdict
                : new Verdict(verdict.expectation(), verdict.outcome(), message.toString(), verdict.checks());
    }

    private static Optional<Explanation> find(List<Explanation> explanations, RatioCheck check) {
        return explanations.stream()
                .filter(e -> e.model().equals(check.model()) && e.than().equals(check.than())).findFirst();
    }
}
