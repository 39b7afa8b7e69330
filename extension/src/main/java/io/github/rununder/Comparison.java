package io.github.rununder;

import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.engine.ResultAccess;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Compare#run()} measured: the figures of every model that ran, the workload's
 * classification, the fastest model and the recommended one. Immutable. Check claims on it with
 * {@code io.github.rununder.assertj.RunUnderAssertions.assertThat(comparison)}, which decides them
 * with the same statistics as {@link ExpectFaster} and {@link ExpectFastest}, on the same rounds.
 *
 * <pre>{@code
 * Comparison result = Compare.workload(new Download()).model(SEQUENTIAL, THREADS).run();
 * result.fastestModel();                       // THREADS
 * result.classification();                     // IO_BOUND
 * result.figures(THREADS).median();            // PT0.412S
 * result.speedup(THREADS, SEQUENTIAL);         // 7.8
 * }</pre>
 *
 * <p>Every figure that compares models rests on the rounds measured interleaved with the other
 * models (see {@link Compare}); {@link ModelFigures#ownRounds()} keeps each model's own rounds.
 */
public final class Comparison {

    static {
        ResultAccess.grant(comparison -> comparison.result);
    }

    private final ExperimentResult result;
    private final Map<Model, ModelFigures> figures;

    Comparison(ExperimentResult result) {
        this.result = result;
        Map<Model, ModelFigures> measured = new LinkedHashMap<>();
        for (ModelOutcome outcome : result.models()) {
            if (outcome.measured()) {
                measured.put(outcome.model(), new ModelFigures(outcome));
            }
        }
        this.figures = Collections.unmodifiableMap(measured);
    }

    /** What was compared, for messages: {@code Compare.workload(Nap)}. */
    public String subject() {
        return result.subject();
    }

    /** The models that ran, in the order they were given. */
    public List<Model> models() {
        return List.copyOf(figures.keySet());
    }

    /**
     * Models that were asked for but could not run here, with the reason: {@link Model#VIRTUAL_THREADS}
     * on a JVM older than 21.
     */
    public Map<Model, String> skippedModels() {
        return skipped(result);
    }

    static Map<Model, String> skipped(ExperimentResult result) {
        Map<Model, String> skipped = new LinkedHashMap<>();
        for (ModelOutcome outcome : result.models()) {
            if (outcome.status() == ModelOutcome.Status.ABORTED) {
                skipped.put(outcome.model(), outcome.reason());
            }
        }
        return Collections.unmodifiableMap(skipped);
    }

    /**
     * The figures of {@code model}.
     *
     * @throws IllegalArgumentException when {@code model} did not run
     */
    public ModelFigures figures(Model model) {
        ModelFigures found = figures.get(model);
        if (found == null) {
            throw new IllegalArgumentException(notRun(model));
        }
        return found;
    }

    /** The figures of every model that ran, in order. */
    public List<ModelFigures> figures() {
        return List.copyOf(figures.values());
    }

    /**
     * The model with the shortest median round. A point estimate: whether it is fastest beyond
     * the noise is for {@code assertThat(comparison).fastestModel()} to decide.
     */
    public Model fastestModel() {
        return result.fastest().orElseGet(() -> figures.keySet().iterator().next());
    }

    /**
     * How many times faster {@code model} was than {@code than}: the ratio of their median rounds.
     *
     * @throws IllegalArgumentException when either did not run
     */
    public double speedup(Model model, Model than) {
        return figures(than).median().toNanos() / (double) figures(model).median().toNanos();
    }

    /**
     * What the workload spends its time on, judged from CPU time against wall time (see
     * {@link WorkloadKind}).
     *
     * @throws IllegalStateException when no in-process model measured CPU time, so nothing can be judged
     */
    public WorkloadKind classification() {
        return result.classification().map(Classification::kind).orElseThrow(() -> new IllegalStateException(
                subject() + " cannot be classified: no in-process model measured CPU time"));
    }

    /** The classification with the CPU share it rests on: {@code IO-bound (CPU 3% of wall)}; empty when unknown. */
    public Optional<String> describeClassification() {
        return result.classification().map(Classification::describe);
    }

    /** The model to use for this workload; empty when none was measured. */
    public Optional<Model> recommendedModel() {
        return result.recommendation().map(recommendation -> recommendation.model());
    }

    /** Why {@link #recommendedModel()} is recommended, in one line; empty when none was measured. */
    public Optional<String> recommendationReason() {
        return result.recommendation().map(recommendation -> recommendation.reason());
    }

    /**
     * The verdicts on the claims declared with {@link Compare#expectFaster(Model, Model, double)}
     * and {@link Compare#expectFastest(Model)}, in order, as the verdict node reports them:
     * {@code HOLDS: THREADS was 7.1× faster than SEQUENTIAL (99% CI 6.8×–7.4×, 5 rounds each), at least 3.0× expected}.
     * For information: assert claims with {@code RunUnderAssertions}, which decides them the same way.
     */
    public List<String> verdicts() {
        return result.verdicts().stream().map(Comparison::describe).toList();
    }

    /** Warnings about the comparison as a whole, such as model figures that the interleaved rounds contradict. */
    public List<String> warnings() {
        return result.warnings().stream().map(Warning::text).toList();
    }

    private static String describe(Verdict verdict) {
        return verdict.outcome() + ": " + verdict.message();
    }

    /**
     * {@code Compare.workload(Nap): SEQUENTIAL 161 ms · THREADS 21.3 ms (7.6×) · IO-bound (CPU 1% of wall) · fastest: THREADS}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(subject()).append(':');
        ModelFigures first = figures.values().iterator().next();
        for (ModelFigures model : figures.values()) {
            text.append(' ').append(model.model()).append(' ').append(Durations.format(model.median().toNanos()));
            if (model != first) {
                text.append(" (").append(Factors.format(speedup(model.model(), first.model()))).append(')');
            }
            text.append(" ·");
        }
        describeClassification().ifPresent(kind -> text.append(' ').append(kind).append(" ·"));
        text.append(" fastest: ").append(fastestModel());
        skippedModels().keySet().forEach(model -> text.append(" · ").append(model).append(" skipped"));
        return text.toString();
    }

    private String notRun(Model model) {
        String reason = skippedModels().get(model);
        return reason != null ? model + " did not run in " + subject() + ": " + reason
                : model + " is not among the models of " + subject() + ", " + models();
    }
}
