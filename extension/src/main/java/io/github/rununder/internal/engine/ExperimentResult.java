package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.Explanation;
import io.github.rununder.internal.stats.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one comparison found, for every reader alike: the annotation's nodes and report
 * entries, {@code Comparison} and its AssertJ assertions, and the build-time report. Immutable:
 * the model results it holds are frozen.
 */
public final class ExperimentResult {

    private final Plan plan;
    private final List<ModelOutcome> arms;
    private final List<Verdict> verdicts;
    private final VerdictRun verdictRun;
    private final Findings findings;
    private final List<ModelScaling> scaling;
    private final List<Warning> warnings;
    private final boolean concluded;
    private final Judge judge;
    private final List<Explanation> explanations;

    ExperimentResult(Plan plan, List<ModelOutcome> arms, List<Verdict> verdicts, VerdictRun verdictRun,
            Findings findings, List<ModelScaling> scaling, List<Warning> warnings, boolean concluded, Judge judge,
            List<Explanation> explanations) {
        this.plan = plan;
        this.arms = List.copyOf(arms);
        this.verdicts = List.copyOf(verdicts);
        this.verdictRun = verdictRun;
        this.findings = findings;
        this.scaling = List.copyOf(scaling);
        this.warnings = List.copyOf(warnings);
        this.concluded = concluded;
        this.judge = judge;
        this.explanations = List.copyOf(explanations);
    }

    /**
     * Why a model was slower than a claim wanted: one explanation for each comparison that fell
     * short in a failed or undecided verdict (and, with {@code rununder.explain=on}, in any verdict),
     * where the time budgets could tell.
     */
    public List<Explanation> explanations() {
        return explanations;
    }

    /** What was compared, as messages name it. */
    public String subject() {
        return plan.subject();
    }

    /** The validated plan the comparison ran. */
    public Plan plan() {
        return plan;
    }

    /**
     * Every declared arm (one per model, or in a sweep one per model and level), in the plan's
     * order, with what became of it.
     */
    public List<ModelOutcome> models() {
        return arms;
    }

    /** What became of {@code arm}, if it was declared. */
    public Optional<ModelOutcome> arm(Arm arm) {
        return arms.stream().filter(outcome -> outcome.arm().equals(arm)).findFirst();
    }

    /**
     * What became of {@code model} at the level claims naming it compare it (the highest of a sweep),
     * if it was declared.
     */
    public Optional<ModelOutcome> model(Model model) {
        return arm(plan.levels().compared(model));
    }

    /** What became of each of {@code model}'s arms, from the lowest level up. */
    public List<ModelOutcome> arms(Model model) {
        return arms.stream().filter(outcome -> outcome.model() == model).toList();
    }

    /** The rounds every comparison rests on, of each measured arm, in {@link Model} order, then by level. */
    public Map<Arm, ModelResult> comparable() {
        Map<Arm, ModelResult> comparable = new TreeMap<>();
        for (ModelOutcome outcome : arms) {
            if (outcome.measured()) {
                comparable.put(outcome.arm(), outcome.comparable().orElseThrow());
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

    /** How the arms were compared interleaved; empty when fewer than two were measured. */
    public Optional<VerdictRun> verdictRun() {
        return Optional.ofNullable(verdictRun);
    }

    /** What the workload spends its time on; empty when nothing measured CPU time. */
    public Optional<Classification> classification() {
        return Optional.ofNullable(findings.classification());
    }

    /**
     * The model with the shortest median round, a point estimate, at the level claims compare it
     * (the highest of a sweep); empty unless two or more were measured.
     */
    public Optional<Model> fastest() {
        return Optional.ofNullable(findings.fastest());
    }

    /** The model to use, at which concurrency, and why; empty when nothing was measured. */
    public Optional<Recommendation> recommendation() {
        return Optional.ofNullable(findings.recommendation());
    }

    /**
     * How each model measured at two levels or more scaled, in model order; empty for a comparison
     * of one concurrency, and before the comparison concluded.
     */
    public List<ModelScaling> scaling() {
        return scaling;
    }

    /** How {@code model} scaled, if it was measured at two levels or more. */
    public Optional<ModelScaling> scaling(Model model) {
        return scaling.stream().filter(s -> s.model() == model).findFirst();
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
        Map<Arm, ModelOutcome> outcomes = new LinkedHashMap<>();
        arms.forEach(outcome -> outcomes.put(outcome.arm(), outcome));
        return Judge.whyUnavailable(expectation, plan.levels(), outcomes)
                .map(reason -> Judge.notChecked(expectation, reason))
                .orElseGet(() -> judge.decide(expectation, plan.levels(), comparable(), undecidedReason));
    }
}
