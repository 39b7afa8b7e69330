package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.Recommendation;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.stats.Classification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One {@code @RunUnder} method as the report shows it: the record and what the report derives from
 * it (figures per model, baseline changes). The classification, the fastest model and the
 * recommendation are the engine's, as recorded: never derived again here.
 *
 * @param test what was recorded
 * @param models figures per model, in the order the models ran
 * @param classification the workload's kind, or {@code null} when no model had CPU figures
 * @param fastest the model with the smallest median when at least two were measured, else {@code null}
 * @param recommendation the recommended model, or {@code null} when nothing was measured
 * @param baseline changes against the baseline report, by model and level; empty without a baseline
 * @param regressions the models that got slower than the baseline
 * @param warnings every warning worth a reader's attention: each model's, the verdict's, the regressions
 */
public record TestAnalysis(
        TestRecord test,
        List<ModelAnalysis> models,
        Classification classification,
        Model fastest,
        Recommendation recommendation,
        Map<Arm, BaselineChange> baseline,
        List<BaselineChange> regressions,
        List<String> warnings) {

    public TestAnalysis {
        models = List.copyOf(models);
        baseline = Map.copyOf(baseline);
        regressions = List.copyOf(regressions);
        warnings = List.copyOf(warnings);
    }

    /** Analyses {@code test}, comparing it with {@code baseline} when there is one. */
    public static TestAnalysis of(TestRecord test, Baseline baseline) {
        ModelRecord sequential = null;
        for (ModelRecord model : test.models()) {
            if (model.model() == Model.SEQUENTIAL && model.measured()) {
                sequential = model;
            }
        }
        List<ModelAnalysis> figures = new ArrayList<>();
        for (ModelRecord model : test.models()) {
            figures.add(ModelAnalysis.of(model, test.arm(model.model(), model.concurrency()), sequential, test.cores()));
        }
        Map<Arm, BaselineChange> changes = new TreeMap<>();
        List<BaselineChange> regressions = new ArrayList<>();
        if (baseline != null) {
            for (BaselineChange change : baseline.compare(test, figures)) {
                changes.put(change.arm(), change);
                if (change.slower()) {
                    regressions.add(change);
                }
            }
        }
        return new TestAnalysis(test, figures, test.classification(), test.fastest(), test.recommendation(),
                changes, regressions, warnings(test, figures, regressions));
    }

    /** Every warning worth a reader's attention, per model and for the method. */
    private static List<String> warnings(TestRecord test, List<ModelAnalysis> models, List<BaselineChange> regressions) {
        Set<String> warnings = new LinkedHashSet<>();
        for (ModelAnalysis model : models) {
            for (String warning : model.record().warnings()) {
                warnings.add(model.arm() + ": " + warning);
            }
        }
        warnings.addAll(test.warnings());
        if (test.verdict() != null) {
            warnings.addAll(test.verdict().warnings());
        }
        for (BaselineChange regression : regressions) {
            warnings.add(regression.describe());
        }
        return List.copyOf(warnings);
    }
}
