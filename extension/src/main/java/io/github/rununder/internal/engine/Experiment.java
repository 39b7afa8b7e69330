package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import io.github.rununder.internal.stats.Explanation;
import io.github.rununder.internal.stats.Instability;
import io.github.rununder.internal.stats.InterleavedCycles;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * One comparison, from its plan to its {@link ExperimentResult}: the use case that both
 * {@code @RunUnder} and {@code Compare} drive, step by step, so that both say the same words and
 * figures for the same workload.
 *
 * <ol>
 *   <li>{@link #measure(Arm, SessionSource)} once per arm (a model at one concurrency), in the
 *       plan's order: the arm's own run (its node), warmed up until warm;</li>
 *   <li>{@link #conclude(SessionSource)}: every arm that was measured runs again, interleaved with
 *       the others, and the claims, the classification, the fastest model, the scaling of a sweep
 *       and the recommendation are decided on those rounds — never on rounds measured one arm
 *       after another alone.</li>
 * </ol>
 *
 * <p>The annotation runs each step in its own node (each with its own test instance and
 * lifecycle); {@code Compare} runs them in a row. Thread-safe; the steps run one at a time.
 */
public final class Experiment {

    private final Plan plan;
    private final EngineSettings settings;
    private final Judge judge;
    private final Instability instability = new Instability();
    private final Warmup warmup;
    private final Map<Arm, ModelOutcome> outcomes = new LinkedHashMap<>();
    private ExperimentResult concluded;

    /**
     * @param leftOut the declared models the configuration leaves out, with the reason
     */
    public Experiment(Plan plan, EngineSettings settings, Map<Model, String> leftOut) {
        this.plan = plan;
        this.settings = settings;
        this.judge = new Judge(new IntervalVerdictEngine(), settings.cores());
        this.warmup = new Warmup(settings.warmupLimit());
        for (Arm arm : plan.arms()) {
            outcomes.put(arm, new ModelOutcome(arm, ModelOutcome.Status.NOT_RUN, arm + " did not run", null, null,
                    null));
        }
        for (Arm arm : plan.skippedArms()) {
            outcomes.put(arm, new ModelOutcome(arm, ModelOutcome.Status.LEFT_OUT,
                    leftOut.getOrDefault(arm.model(), arm.model() + " was left out"), null, null, null));
        }
    }

    /** The plan this comparison runs. */
    public Plan plan() {
        return plan;
    }

    /** The confidence of every interval the verdicts use. */
    public double confidence() {
        return judge.engine().confidence();
    }

    /**
     * Runs {@code arm} alone: its session from {@code sessions}, warm-up until warm, its declared
     * rounds. A failure is recorded against the arm (claims on it are then not checked) and thrown
     * on.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws TimeoutException when the run exceeds the plan's time limit
     */
    public synchronized ModelOutcome measure(Arm arm, SessionSource sessions) throws TimeoutException {
        requireOpen();
        try {
            OwnRounds.Measured measured = new OwnRounds(plan, warmup, instability, settings.pinning()).run(arm, sessions);
            ModelOutcome outcome = new ModelOutcome(arm, ModelOutcome.Status.MEASURED, null, measured.result(),
                    measured.warmup(), null);
            outcomes.put(arm, outcome);
            return outcome;
        } catch (RuntimeException | Error | TimeoutException failure) {
            failed(arm, failure);
            throw failure;
        }
    }

    /** Records that {@code arm} cannot run here, such as virtual threads before Java 21. */
    public synchronized void aborted(Arm arm, String reason) {
        outcomes.put(arm, new ModelOutcome(arm, ModelOutcome.Status.ABORTED, reason, null, null, null));
    }

    /**
     * Records that {@code arm}'s run failed after it was measured, such as in {@code @AfterEach} or
     * in a fail mode that checks its figures: claims on it are then not checked.
     */
    public synchronized void failed(Arm arm, Throwable failure) {
        ModelOutcome before = outcomes.get(arm);
        outcomes.put(arm, new ModelOutcome(arm, ModelOutcome.Status.FAILED, arm + " failed: " + failure.getMessage(),
                before == null ? null : before.own(), before == null ? null : before.warmup(), null));
    }

    /** What became of {@code arm} so far. */
    public synchronized ModelOutcome outcome(Arm arm) {
        return outcomes.get(arm);
    }

    /**
     * Measures every model that was measured again, interleaved with the others, and decides the
     * claims (when {@link EngineSettings#checkClaims()}), the classification, the fastest model and
     * the recommendation on those rounds. Sessions are opened from {@code sessions} and closed.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws TimeoutException when the rounds exceed the plan's time limit
     */
    public synchronized ExperimentResult conclude(SessionSource sessions) throws TimeoutException {
        requireOpen();
        Map<Arm, ModelResult> own = new TreeMap<>();
        for (ModelOutcome outcome : outcomes.values()) {
            if (outcome.measured()) {
                own.put(outcome.arm(), outcome.own());
            }
        }
        List<Expectation> expectations = settings.checkClaims() ? plan.expectations() : List.of();
        VerdictRun run = null;
        Deadline deadline = null;
        List<Verdict> decided = List.of();
        List<Expectation> checkable = expectations.stream()
                .filter(expectation -> Judge.whyUnavailable(expectation, plan.levels(), outcomes).isEmpty()).toList();
        if (own.size() >= 2) {
            Compared compared = compare(own, checkable, sessions);
            run = compared.run();
            deadline = compared.deadline();
            decided = compared.verdicts();
        } else if (!checkable.isEmpty()) {
            decided = checkable.stream().map(e -> judge.engine().decide(e, plan.levels(), own)).toList();
        }
        List<Verdict> verdicts = merge(expectations, decided);
        List<Explanation> explanations = List.of();
        List<Warning> unexplained = List.of();
        boolean needed = settings.explain() == ExplainMode.ON || verdicts.stream().anyMatch(Verdict::failing);
        if (deadline != null && settings.explain() != ExplainMode.OFF && needed) {
            Map<Arm, ModelOutcome> measured = new TreeMap<>();
            outcomes.values().stream().filter(o -> o.measured() && o.interleaved() != null)
                    .forEach(o -> measured.put(o.arm(), o));
            Explaining.Explained explained = new Explaining(plan, settings.explain(), settings.cores())
                    .explain(verdicts, measured, sessions, deadline);
            verdicts = explained.verdicts();
            explanations = explained.explanations();
            unexplained = explained.warnings();
        }
        concluded = build(verdicts, run, true, explanations, unexplained);
        return concluded;
    }

    /** What was measured so far, for a reader that cannot wait for the end (a comparison that failed half-way). */
    public synchronized ExperimentResult result() {
        return concluded != null ? concluded : build(List.of(), null, false, List.of(), List.of());
    }

    private record Compared(List<Verdict> verdicts, VerdictRun run, Deadline deadline) {}

    /** The interleaved rounds of every measured arm, and the claims decided on them. */
    private Compared compare(Map<Arm, ModelResult> own, List<Expectation> checkable, SessionSource sessions)
            throws TimeoutException {
        IntervalVerdictEngine engine = judge.engine();
        int asked = checkable.isEmpty() ? plan.rounds() : Math.max(plan.rounds(), engine.minimumRounds());
        long seed = plan.subject().hashCode();
        try (ComparisonRounds rounds = ComparisonRounds.open(plan, own, sessions, warmup)) {
            Map<Arm, ModelResult> interleaved = rounds.results();
            new InterleavedCycles(interleaved, own, rounds, remaining(rounds), seed).until(asked, own.keySet());
            int each = interleaved.values().stream().mapToInt(r -> r.rounds().size()).min().orElse(0);
            if (each == 0) {
                // Rounds measured one model after another alone decide nothing; say why none were measured.
                rounds.finish();
                String reason = UndecidedReasons.noInterleavedRound(plan.timeLimit());
                return new Compared(checkable.stream().map(e -> Judge.notChecked(e, reason)).toList(),
                        new VerdictRun(0, asked, 0, AdaptiveVerdicts.Stop.BUDGET_SPENT, Map.of(), 0, engine.confidence()),
                        rounds.deadline());
            }
            Duration left = remaining(rounds);
            boolean limitFirst = left.compareTo(settings.verdictBudget()) < 0;
            Duration budget = limitFirst ? left : settings.verdictBudget();
            AdaptiveVerdicts.Outcome outcome = new AdaptiveVerdicts(engine,
                    new InterleavedCycles(interleaved, rounds, budget, seed + 1))
                    .decide(checkable, plan.levels(), interleaved, stop -> UndecidedReasons.of(stop, settings,
                            limitFirst ? plan.timeLimit() : null));
            rounds.finish();
            for (Map.Entry<Arm, ModelResult> entry : interleaved.entrySet()) {
                instability.check(entry.getValue());
                outcomes.put(entry.getKey(), outcomes.get(entry.getKey()).withInterleaved(entry.getValue()));
            }
            List<Verdict> reviewed = outcome.verdicts().stream()
                    .map(v -> judge.review(v, plan.levels(), interleaved)).toList();
            return new Compared(reviewed, new VerdictRun(each, asked, outcome.looks(), outcome.stop(),
                    outcome.extraRounds(), outcome.nanos(), engine.confidence()), rounds.deadline());
        }
    }

    /** One verdict per expectation, in order: those decided, and the others not checked with their reason. */
    private List<Verdict> merge(List<Expectation> expectations, List<Verdict> decided) {
        List<Verdict> verdicts = new ArrayList<>();
        int next = 0;
        for (Expectation expectation : expectations) {
            var unavailable = Judge.whyUnavailable(expectation, plan.levels(), outcomes);
            verdicts.add(unavailable.isPresent() ? Judge.notChecked(expectation, unavailable.get()) : decided.get(next++));
        }
        return verdicts;
    }

    /** The result from the outcomes as they stand; a concluded one freezes every model's rounds. */
    private ExperimentResult build(List<Verdict> verdicts, VerdictRun run, boolean conclude,
            List<Explanation> explanations, List<Warning> explanationWarnings) {
        List<ModelOutcome> models = new ArrayList<>(outcomes.values());
        List<Warning> warnings = new ArrayList<>(explanationWarnings);
        List<ModelScaling> scaling = List.of();
        if (conclude) {
            Map<Arm, ModelResult> own = new TreeMap<>();
            Drift drift = new Drift(judge.engine());
            for (ModelOutcome outcome : models) {
                if (outcome.measured() && outcome.interleaved() != null) {
                    drift.of(outcome.own(), outcome.interleaved()).ifPresent(outcome.interleaved()::warn);
                }
                if (outcome.measured()) {
                    own.put(outcome.arm(), outcome.own());
                }
            }
            verdicts.forEach(verdict -> warnings.addAll(drift.disagreements(verdict, own)));
            for (ModelOutcome outcome : models) {
                if (outcome.own() != null) {
                    outcome.own().freeze();
                }
                if (outcome.interleaved() != null) {
                    outcome.interleaved().freeze();
                }
            }
            scaling = ScalingAnalysis.of(plan.subject(), models);
        }
        Findings findings = Findings.of(models, plan.levels(), scaling, settings.cores());
        return new ExperimentResult(plan, models, verdicts, run, findings, scaling, warnings, conclude, judge,
                explanations);
    }

    private static Duration remaining(ComparisonRounds rounds) {
        return Duration.ofNanos(Math.max(0, rounds.deadline().remainingNanos()));
    }

    private void requireOpen() {
        if (concluded != null) {
            throw new IllegalStateException(plan.subject() + " is already concluded");
        }
    }
}
