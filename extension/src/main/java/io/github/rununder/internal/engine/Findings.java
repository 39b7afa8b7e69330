package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Levels;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a comparison concludes about the workload as a whole, computed once here and read by every
 * reader: the classification (from each arm's own rounds, measured alone, which tell best what its
 * tasks spend their time on), the fastest model and the recommendation (from the rounds the
 * comparisons rest on).
 *
 * <p>In a sweep, the fastest model is judged at the highest level, as {@code @ExpectFastest} is;
 * the recommendation weighs each model at its best concurrency, so that it names the model and
 * the level to use.
 *
 * @param classification what the workload spends its time on, or {@code null} when nothing measured CPU time
 * @param fastest the model with the shortest median round, or {@code null} unless two or more were measured
 * @param recommendation the model to use, at which concurrency, and why; {@code null} when nothing was measured
 */
public record Findings(Classification classification, Model fastest, Recommendation recommendation) {

    /** The findings from every declared arm's outcome and the scaling of the swept models. */
    public static Findings of(List<ModelOutcome> arms, Levels levels, List<ModelScaling> scaling, int cores) {
        Map<Arm, ModelResult> own = new TreeMap<>();
        List<ModelResult> compared = new ArrayList<>();
        for (ModelOutcome outcome : arms) {
            if (outcome.measured()) {
                own.put(outcome.arm(), outcome.own());
                if (levels.isCompared(outcome.arm())) {
                    compared.add(outcome.comparable().orElseThrow());
                }
            }
        }
        Classification classification = new WorkloadClassifier(cores).classify(own).orElse(null);
        Model fastest = compared.size() < 2 ? null : compared.stream()
                .min(Comparator.comparingDouble(ModelResult::medianNanos)).orElseThrow().model();
        Recommendation recommendation = new Recommender(cores)
                .recommend(classification == null ? null : classification.kind(), candidates(arms, levels, scaling),
                        scaling)
                .orElse(null);
        return new Findings(classification, fastest, recommendation);
    }

    /**
     * One arm per measured model, as the recommendation weighs it: its best concurrency where the
     * model was swept, else the level claims compare it at.
     */
    private static List<ModelOutcome> candidates(List<ModelOutcome> arms, Levels levels, List<ModelScaling> scaling) {
        List<ModelOutcome> candidates = new ArrayList<>();
        for (ModelOutcome outcome : arms) {
            if (!outcome.measured()) {
                continue;
            }
            Optional<ModelScaling> swept = scaling.stream().filter(s -> s.model() == outcome.model()).findFirst();
            boolean candidate = swept.map(s -> s.bestConcurrency() == outcome.concurrency())
                    .orElseGet(() -> levels.isCompared(outcome.arm()));
            if (candidate) {
                candidates.add(outcome);
            }
        }
        return candidates;
    }
}
