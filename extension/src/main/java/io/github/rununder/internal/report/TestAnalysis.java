package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code @RunUnder} method as the report shows it: the record and everything derived from it
 * (figures per model, classification, fastest model, recommendation, baseline changes).
 *
 * @param test what was recorded
 * @param models figures per model, in the order the models ran
 * @param classification the workload's kind, or {@code null} when no model had CPU figures
 * @param fastest the model with the smallest median when at least two were measured, else {@code null}
 * @param recommendation the recommended model, or {@code null} when nothing was measured
 * @param baseline changes against the baseline report, by model; empty without a baseline
 */
record TestAnalysis(
        TestRecord test,
        List<ModelFigures> models,
        Classification classification,
        Model fastest,
        Recommendation recommendation,
        Map<Model, BaselineChange> baseline) {

    TestAnalysis {
        models = List.copyOf(models);
        baseline = Map.copyOf(baseline);
    }

    /** Analyses {@code test}, comparing it with {@code baseline} when there is one. */
    static TestAnalysis of(TestRecord test, Baseline baseline) {
        ModelRecord sequential = test.models().stream()
                .filter(m -> m.model() == Model.SEQUENTIAL && m.measured()).findFirst().orElse(null);
        List<ModelFigures> figures = new ArrayList<>();
        List<WorkloadClassifier.Candidate> candidates = new ArrayList<>();
        for (ModelRecord model : test.models()) {
            figures.add(ModelFigures.of(model, sequential, test.cores()));
            if (model.measured()) {
                candidates.add(model.candidate());
            }
        }
        Classification classification = new WorkloadClassifier(Math.max(1, test.cores())).classify(candidates)
                .orElse(null);
        List<ModelFigures> measured = figures.stream().filter(ModelFigures::measured).toList();
        Model fastest = measured.size() < 2 ? null
                : measured.stream().min(Comparator.comparingDouble(ModelFigures::medianNanos)).orElseThrow().model();
        Recommendation recommendation = Recommender.recommend(
                classification == null ? null : classification.kind(), figures, test.cores()).orElse(null);
        Map<Model, BaselineChange> changes = new EnumMap<>(Model.class);
        if (baseline != null) {
            baseline.compare(test, figures).forEach(change -> changes.put(change.model(), change));
        }
        return new TestAnalysis(test, figures, classification, fastest, recommendation, changes);
    }

    /** The models that got slower than the baseline. */
    List<BaselineChange> regressions() {
        return baseline.values().stream().filter(BaselineChange::slower).toList();
    }

    /** Every warning worth a reader's attention, per model and for the method. */
    List<String> warnings() {
        Set<String> warnings = new LinkedHashSet<>();
        for (ModelFigures model : models) {
            model.record().warnings().forEach(w -> warnings.add(model.model() + ": " + w));
        }
        Optional.ofNullable(test.verdict()).ifPresent(v -> warnings.addAll(v.warnings()));
        regressions().forEach(r -> warnings.add(r.describe()));
        return List.copyOf(warnings);
    }
}
