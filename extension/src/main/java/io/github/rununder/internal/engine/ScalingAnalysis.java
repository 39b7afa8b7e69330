package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.stats.BestConcurrency;
import io.github.rununder.internal.stats.ScalingRounds;
import io.github.rununder.internal.stats.ScalingSentence;
import io.github.rununder.internal.stats.UslBootstrap;
import io.github.rununder.internal.stats.UslIntervals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rounds of a sweep into each model's scaling: per model measured at two levels or more,
 * the throughput of every round the comparisons rest on, the best concurrency, and with three
 * levels or more the Universal Scalability Law with bootstrap intervals and the sentence on what
 * limits the model.
 *
 * <p>Throughput is the round's tasks over its wall time, so that levels compare as the law
 * expects. The bootstrap is seeded from the comparison's subject and the model, so the same rounds
 * give the same intervals on every run.
 */
final class ScalingAnalysis {

    /** Resamples of the bootstrap: about 0.1 s for five levels of ten rounds on a busy 2-core machine. */
    static final int RESAMPLES = 1000;

    /** The two-sided level of the parameters' intervals and of the best concurrency's comparisons. */
    static final double CONFIDENCE = 0.95;

    private ScalingAnalysis() {}

    /** The scaling of every model of {@code outcomes} measured at two levels or more, in model order. */
    static List<ModelScaling> of(String subject, List<ModelOutcome> outcomes) {
        Map<Model, List<ModelResult>> byModel = new LinkedHashMap<>();
        for (ModelOutcome outcome : outcomes) {
            if (outcome.measured() && outcome.model() != Model.SEQUENTIAL) {
                byModel.computeIfAbsent(outcome.model(), m -> new ArrayList<>()).add(outcome.comparable().orElseThrow());
            }
        }
        List<ModelScaling> scaling = new ArrayList<>();
        byModel.forEach((model, results) -> {
            if (results.size() >= 2) {
                scaling.add(of(model, rounds(results), subject.hashCode() * 31L + model.ordinal()));
            }
        });
        return scaling;
    }

    private static ModelScaling of(Model model, ScalingRounds rounds, long seed) {
        BestConcurrency best = BestConcurrency.of(rounds, CONFIDENCE);
        String bestReason = ScalingSentence.best(model, best);
        if (rounds.size() < 3) {
            return new ModelScaling(model, rounds, null, best, null, bestReason);
        }
        UslIntervals fit = UslBootstrap.intervals(rounds, RESAMPLES, CONFIDENCE, seed);
        return new ModelScaling(model, rounds, fit, best, ScalingSentence.limit(model, fit.fit().curve(),
                rounds.largestLevel(), best.fastest()), bestReason);
    }

    /** Tasks per second of each round, level by level. */
    private static ScalingRounds rounds(List<ModelResult> results) {
        double[] levels = new double[results.size()];
        double[][] throughputs = new double[results.size()][];
        for (int i = 0; i < results.size(); i++) {
            ModelResult result = results.get(i);
            levels[i] = result.concurrency();
            throughputs[i] = java.util.Arrays.stream(result.rounds().wallNanos())
                    .mapToDouble(nanos -> result.tasks() / (Math.max(1, nanos) / 1e9)).toArray();
        }
        return ScalingRounds.of(levels, throughputs);
    }
}
