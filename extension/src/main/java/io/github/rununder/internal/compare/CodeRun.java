package io.github.rununder.internal.compare;

import io.github.rununder.Model;
import io.github.rununder.Task;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.VirtualThreads;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import io.github.rununder.internal.stats.Instability;
import io.github.rununder.internal.stats.Interleaving;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;

/**
 * Runs a comparison of the code-driven API on the annotation's engine, without JUnit.
 *
 * <p>Unlike the annotation, whose model nodes run one after another, this interleaves the models
 * from the first measured round: every model's session is opened, prepared and warmed up, then
 * each cycle runs one round of every model in a shuffled order, so that a machine whose load
 * changes during the run slows every model alike rather than the one that happened to run then.
 * While a declared expectation is undecided, more cycles follow within the budget (see
 * {@link AdaptiveVerdicts}); sessions stay open until the end.
 */
public final class CodeRun {

    private final Plan plan;
    private final Task task;
    private final Duration budget;
    private final IntervalVerdictEngine engine = new IntervalVerdictEngine();

    /**
     * @param plan what to run; its expectations steer the extra rounds
     * @param task the task every model runs
     * @param budget how long extra rounds may take in all
     */
    public CodeRun(Plan plan, Task task, Duration budget) {
        this.plan = plan;
        this.task = task;
        this.budget = budget;
    }

    /**
     * What the run measured.
     *
     * @param results every model that ran, in the plan's order
     * @param skipped models that could not run here, with the reason
     * @param adaptive the decision on the declared expectations, or {@code null} without any
     */
    public record Result(Map<Model, ModelResult> results, Map<Model, String> skipped, AdaptiveVerdicts.Outcome adaptive) {

        public Result {
            results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
            skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        }
    }

    /**
     * Runs every model and returns what they measured.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws io.github.rununder.ModelTimeoutException when a model's rounds exceed its time limit
     */
    public Result run() {
        Map<Model, String> skipped = new LinkedHashMap<>();
        Map<Model, ModelRun> runs = new EnumMap<>(Model.class);
        Map<Model, ModelResult> results = new LinkedHashMap<>();
        try {
            for (Model model : plan.models()) {
                if (model == Model.VIRTUAL_THREADS && !VirtualThreads.available()) {
                    skipped.put(model, VirtualThreads.unavailableReason());
                    continue;
                }
                ModelRun run = ModelRun.start(model, plan, task);
                runs.put(model, run);
                results.put(model, run.result());
            }
            SplittableRandom random = new SplittableRandom(plan.subject().hashCode());
            for (int round = 0; round < plan.rounds(); round++) {
                for (Model model : Interleaving.shuffled(runs.keySet(), random)) {
                    runs.get(model).measure();
                }
            }
            Instability instability = new Instability();
            results.values().forEach(instability::check);
            AdaptiveVerdicts.Outcome adaptive = decide(runs);
            if (adaptive != null) {
                adaptive.extraRounds().keySet().forEach(model -> instability.check(results.get(model)));
            }
            for (ModelRun run : runs.values()) {
                run.finish();
            }
            return new Result(results, skipped, adaptive);
        } finally {
            runs.values().forEach(ModelRun::close);
        }
    }

    private AdaptiveVerdicts.Outcome decide(Map<Model, ModelRun> runs) {
        List<Expectation> checkable = new ArrayList<>();
        for (Expectation expectation : plan.expectations()) {
            if (runs.keySet().containsAll(expectation.models())) {
                checkable.add(expectation);
            }
        }
        if (checkable.isEmpty()) {
            return null;
        }
        Map<Model, ModelResult> results = new EnumMap<>(Model.class);
        runs.forEach((model, run) -> results.put(model, run.result()));
        // Extra rounds of all models together stay within what is left of each model's time limit.
        Duration left = runs.values().stream().map(ModelRun::remaining).min(Duration::compareTo).orElseThrow();
        Duration allowed = budget.compareTo(left) <= 0 ? budget : left;
        AdaptiveVerdicts adaptive = new AdaptiveVerdicts(engine, allowed, plan.subject().hashCode() + 1L);
        try {
            return adaptive.decide(checkable, results, model -> runs.get(model).measure(),
                    stop -> undecidedReason(stop, allowed != budget));
        } catch (TimeoutException e) {
            // ModelRun reports a missed deadline as a ModelTimeoutException naming the model.
            throw new IllegalStateException("a timeout escaped the extra rounds: " + e.getMessage(), e);
        }
    }

    private String undecidedReason(AdaptiveVerdicts.Stop stop, boolean timeLimitFirst) {
        if (stop == AdaptiveVerdicts.Stop.LOOKS_SPENT) {
            return AdaptiveVerdicts.MAX_LOOKS + " looks, the most allowed, did not decide it";
        }
        if (budget.isZero()) {
            return "budget(0) allows no more rounds";
        }
        return timeLimitFirst
                ? "more rounds would exceed the time limit (" + plan.timeLimit().source() + ", "
                        + Durations.format(plan.timeLimit().duration().toNanos()) + " per model)"
                : "more rounds would exceed the budget (" + Durations.format(budget.toNanos()) + ")";
    }
}
