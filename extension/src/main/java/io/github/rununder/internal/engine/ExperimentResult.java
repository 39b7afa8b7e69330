package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one comparison found, for every reader alike: the annotation's nodes and report
 * entries, {@code Comparison} and its AssertJ assertions, and the build-time report. Immutable:
 * the model results it holds are frozen.
 */
public final class ExperimentResult {

    private final Plan plan;
    private final List<ModelOutcome> models;
    private final List<Verdict> verdicts;
    private final VerdictRun verdictRun;
    private final Classification classification;
    private final Model fastest;
    private final Recommendation recommendation;
    private final List<Warning> warnings;
    private final boolean concluded;
    private final Judge judge;

    ExperimentResult(Plan plan, List<ModelOutcome> models, List<Verdict> verdicts, VerdictRun verdictRun,
            Classification classification, Model fastest, Recommendation recommendation, List<Warning> warnings,
            boolean concluded, Judge judge) {
        this.plan = plan;
        this.models = List.copyOf(models);
        this.verdicts = List.copyOf(verdicts);
        this.verdictRun = verdictRun;
        this.classification = classification;
        this.fastest = fastest;
        this.recommendation = recommendation;
        this.warnings = List.copyOf(warnings);
        this.concluded = concluded;
        this.judge = judge;
    }

    /** What was compared, as messages name it. */
    public String subject() {
        return plan.subject();
    }

    /** The validated plan the comparison ran. */
    public Plan plan() {
        return plan;
    }

    /** Every declared model, in the plan's order, with what became of it. */
    public List<ModelOutcome> models() {
        return models;
    }

    /** What became of {@code model}, if it was declared. */
    public Optional<ModelOutcome> model(Model model) {
        return models.stream().filter(outcome -> outcome.model() == model).findFirst();
    }

    /** The rounds every comparison rests on, of each measured model, in {@link Model} order. */
    public Map<Model, ModelResult> comparable() {
        Map<Model, ModelResult> comparable = new EnumMap<>(Model.class);
        for (ModelOutcome outcome : models) {
            if (outcome.measured()) {
                comparable.put(outcome.model(), outcome.comparable().orElseThrow());
            }
        }
        return comparable;
    }

    /**
     * The decision on each of the plan's expectations, in order; empty when claims were not
     * checked ({@code rununder.verdicts=off}) or before the comparison concluded.
     */
    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** How the models were compared interleaved; empty when fewer than two were measured. */
    public Optional<VerdictRun> verdictRun() {
        return Optional.ofNullable(verdictRun);
    }

    /** What the workload spends its time on; empty when nothing measured CPU time. */
    public Optional<Classification> classification() {
        return Optional.ofNullable(classification);
    }

    /** The model with the shortest median round, a point estimate; empty unless two or more were measured. */
    public Optional<Model> fastest() {
        return Optional.ofNullable(fastest);
    }

    /** The model to use and why; empty when nothing was measured. */
    public Optional<Recommendation> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** Warnings about the comparison as a whole, such as node figures that the verdict contradicts. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** Whether the comparison ran to its end (the verdict); else this holds what was measured so far. */
    public boolean concluded() {
        return concluded;
    }

    /**
     * Decides {@code expectation} on the rounds this comparison measured, as its own claims were
     * decided: for a claim asked after the comparison, such as an AssertJ assertion, which cannot
     * measure more rounds.
     *
     * @param undecidedReason why an undecided claim stays so, for its message
     */
    public Verdict judge(Expectation expectation, String undecidedReason) {
        Map<Model, ModelOutcome> outcomes = new LinkedHashMap<>();
        models.forEach(outcome -> outcomes.put(outcome.model(), outcome));
        return Judge.whyUnavailable(expectation, outcomes)
                .map(reason -> Judge.notChecked(expectation, reason))
                .orElseGet(() -> judge.decide(expectation, comparable(), undecidedReason));
    }

    /** The models that were measured, by model, for readers that look one up. */
    public Map<Model, ModelOutcome> byModel() {
        Map<Model, ModelOutcome> byModel = new EnumMap<>(Model.class);
        models.forEach(outcome -> byModel.put(outcome.model(), outcome));
        return Collections.unmodifiableMap(byModel);
    }
}
