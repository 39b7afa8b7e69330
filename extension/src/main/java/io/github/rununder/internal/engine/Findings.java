package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison concludes about the workload as a whole, computed once here and read by every
 * reader: the classification (from each model's own rounds, measured alone, which tell best what
 * its tasks spend their time on), the fastest model and the recommendation (from the rounds the
 * comparisons rest on).
 *
 * @param classification what the workload spends its time on, or {@code null} when nothing measured CPU time
 * @param fastest the model with the shortest median round, or {@code null} unless two or more were measured
 * @param recommendation the model to use and why, or {@code null} when nothing was measured
 */
public record Findings(Classification classification, Model fastest, Recommendation recommendation) {

    /** The findings from every declared model's outcome. */
    public static Findings of(List<ModelOutcome> models, int cores) {
        Map<Model, ModelResult> own = new EnumMap<>(Model.class);
        Map<Model, ModelResult> comparable = new EnumMap<>(Model.class);
        for (ModelOutcome outcome : models) {
            if (outcome.measured()) {
                own.put(outcome.model(), outcome.own());
                comparable.put(outcome.model(), outcome.comparable().orElseThrow());
            }
        }
        Classification classification = new WorkloadClassifier(cores).classify(own).orElse(null);
        Model fastest = comparable.size() < 2 ? null : comparable.values().stream()
                .min(Comparator.comparingDouble(ModelResult::medianNanos)).orElseThrow().model();
        Recommendation recommendation = new Recommender(cores)
                .recommend(classification == null ? null : classification.kind(), models).orElse(null);
        return new Findings(classification, fastest, recommendation);
    }
}
