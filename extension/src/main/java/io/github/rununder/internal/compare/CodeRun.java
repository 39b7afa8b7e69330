package io.github.rununder.internal.compare;

import io.github.rununder.Model;
import io.github.rununder.ModelTimeoutException;
import io.github.rununder.Task;
import io.github.rununder.internal.fork.ForkedTasks;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelRunner;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.model.VirtualThreads;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import io.github.rununder.internal.stats.Instability;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Runs a comparison of the code-driven API on the annotation's engine: each model in turn
 * (prepare, warm-up, measured rounds), then, while a declared expectation is undecided, more
 * interleaved rounds within the budget. Sessions stay open until the end so that extra rounds
 * need no second start-up. Nothing of JUnit is used.
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
     * @throws ModelTimeoutException when a model run misses its time limit
     */
    public Result run() {
        Map<Model, ModelResult> results = new LinkedHashMap<>();
        Map<Model, String> skipped = new LinkedHashMap<>();
        Map<Model, ModelSession> sessions = new EnumMap<>(Model.class);
        Instability instability = new Instability();
        try {
            for (Model model : plan.models()) {
                if (model == Model.VIRTUAL_THREADS && !VirtualThreads.available()) {
                    skipped.put(model, VirtualThreads.unavailableReason());
                    continue;
                }
                ModelSession session = open(model);
                sessions.put(model, session);
                ModelResult result = timed(model, () -> ModelRunner.run(session, plan, Deadline.start(plan.timeLimit())));
                instability.check(result);
                results.put(model, result);
                if (plan.expectations().isEmpty()) {
                    sessions.remove(model).close();
                }
            }
            AdaptiveVerdicts.Outcome adaptive = decide(results, sessions);
            if (adaptive != null) {
                adaptive.extraRounds().keySet().forEach(model -> instability.check(results.get(model)));
            }
            return new Result(results, skipped, adaptive);
        } finally {
            sessions.values().forEach(ModelSession::close);
        }
    }

    private AdaptiveVerdicts.Outcome decide(Map<Model, ModelResult> results, Map<Model, ModelSession> sessions) {
        List<Expectation> checkable = new ArrayList<>();
        for (Expectation expectation : plan.expectations()) {
            if (results.keySet().containsAll(expectation.models())) {
                checkable.add(expectation);
            }
        }
        if (checkable.isEmpty()) {
            return null;
        }
        Deadline deadline = Deadline.start(plan.timeLimit());
        Map<Model, ModelResult> byModel = new EnumMap<>(Model.class);
        byModel.putAll(results);
        Duration limit = plan.timeLimit().effective();
        AdaptiveVerdicts adaptive = new AdaptiveVerdicts(engine, budget.compareTo(limit) <= 0 ? budget : limit,
                plan.subject().hashCode());
        Model[] measuring = new Model[1];
        try {
            return adaptive.decide(checkable, byModel, model -> {
                measuring[0] = model;
                ModelResult result = results.get(model);
                ModelRunner.measure(sessions.get(model), result, result.rounds().size(), 1, deadline);
            }, this::undecidedReason);
        } catch (TimeoutException e) {
            throw new ModelTimeoutException(measuring[0], e);
        }
    }

    /** Runs {@code step}, turning a missed deadline of {@code model} into the public exception. */
    private static <T> T timed(Model model, Step<T> step) {
        try {
            return step.run();
        } catch (TimeoutException e) {
            throw new ModelTimeoutException(model, e);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws TimeoutException;
    }

    private String undecidedReason(AdaptiveVerdicts.Stop stop) {
        return stop == AdaptiveVerdicts.Stop.LOOKS_SPENT
                ? AdaptiveVerdicts.MAX_LOOKS + " looks, the most allowed, did not decide it"
                : "more rounds would exceed the budget (" + Durations.format(budget.toNanos()) + ")";
    }

    private ModelSession open(Model model) {
        if (model == Model.PROCESSES) {
            return ForkedTasks.open(task.getClass(), plan);
        }
        return InProcessModels.open(model, plan, task::run);
    }
}
