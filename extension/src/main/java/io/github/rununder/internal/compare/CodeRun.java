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
 * interleaved rounds within the budget, on sessions opened again as the verdict node does.
 * Nothing of JUnit is used.
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
        Map<Model, ModelResult> results = new EnumMap<>(Model.class);
        Map<Model, String> skipped = new LinkedHashMap<>();
        Instability instability = new Instability();
        for (Model model : plan.models()) {
            if (model == Model.VIRTUAL_THREADS && !VirtualThreads.available()) {
                skipped.put(model, VirtualThreads.unavailableReason());
                continue;
            }
            Deadline deadline = Deadline.start(plan.timeLimit());
            try (ModelSession session = open(model)) {
                ModelResult result = ModelRunner.run(session, plan, deadline);
                instability.check(result);
                results.put(model, result);
            } catch (TimeoutException e) {
                throw new ModelTimeoutException(model, e);
            }
        }
        AdaptiveVerdicts.Outcome adaptive = decide(results);
        if (adaptive != null) {
            adaptive.extraRounds().keySet().forEach(model -> instability.check(results.get(model)));
        }
        Map<Model, ModelResult> inOrder = new LinkedHashMap<>();
        plan.models().stream().filter(results::containsKey).forEach(model -> inOrder.put(model, results.get(model)));
        return new Result(inOrder, skipped, adaptive);
    }

    private AdaptiveVerdicts.Outcome decide(Map<Model, ModelResult> results) {
        List<Expectation> checkable = new ArrayList<>();
        for (Expectation expectation : plan.expectations()) {
            if (results.keySet().containsAll(expectation.models())) {
                checkable.add(expectation);
            }
        }
        if (checkable.isEmpty()) {
            return null;
        }
        Duration limit = plan.timeLimit().effective();
        AdaptiveVerdicts adaptive = new AdaptiveVerdicts(engine, budget.compareTo(limit) <= 0 ? budget : limit,
                plan.subject().hashCode());
        try (Reopened rounds = new Reopened(results)) {
            AdaptiveVerdicts.Outcome outcome = adaptive.decide(checkable, results, rounds, this::undecidedReason);
            rounds.finish();
            return outcome;
        } catch (TimeoutException e) {
            // Reopened reports a missed deadline as a ModelTimeoutException naming the model.
            throw new IllegalStateException("a timeout escaped the extra rounds: " + e.getMessage(), e);
        }
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

    /** Extra rounds on sessions opened again, each on its model's first extra round; one time limit for all. */
    private final class Reopened implements AdaptiveVerdicts.Rounds, AutoCloseable {

        private final Map<Model, ModelResult> results;
        private final Map<Model, ModelSession> sessions = new EnumMap<>(Model.class);
        private final Deadline deadline = Deadline.start(plan.timeLimit());

        Reopened(Map<Model, ModelResult> results) {
            this.results = results;
        }

        @Override
        public void measure(Model model) {
            ModelResult result = results.get(model);
            try {
                ModelSession session = sessions.get(model);
                if (session == null) {
                    session = open(model);
                    sessions.put(model, session);
                    ModelRunner.resume(session, plan, deadline);
                }
                ModelRunner.measure(session, result, result.rounds().size(), 1, deadline);
            } catch (TimeoutException e) {
                throw new ModelTimeoutException(model, e);
            }
        }

        void finish() {
            sessions.forEach((model, session) -> {
                try {
                    session.finish(deadline);
                } catch (TimeoutException e) {
                    throw new ModelTimeoutException(model, e);
                }
            });
        }

        @Override
        public void close() {
            sessions.values().forEach(ModelSession::close);
        }
    }
}
