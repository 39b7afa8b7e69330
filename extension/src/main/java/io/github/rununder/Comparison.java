package io.github.rununder;

import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.engine.ModelScaling;
import io.github.rununder.internal.engine.Recommendation;
import io.github.rununder.internal.engine.ResultAccess;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
 *
 * <h2>Sweeps</h2>
 *
 * <p>A comparison of several concurrencies ({@link Compare#concurrency(int...)}) has figures per
 * model and level ({@link #figures(Model, int)}); {@link #figures(Model)}, {@link #speedup},
 * {@link #fastestModel()} and the claims of {@code RunUnderAssertions} compare each model at the
 * highest level, as {@link ExpectFaster} does. Per model measured at two levels or more it has
 * the {@linkplain #bestConcurrency(Model) best concurrency}, and at three or more the fitted
 * {@linkplain #scalability(Model) Universal Scalability Law}:
 *
 * <pre>{@code
 * Comparison sweep = Compare.workload(new Nap()).model(THREADS).concurrency(1, 2, 4, 8, 16).run();
 * sweep.bestConcurrency(THREADS);                       // OptionalInt[16]
 * sweep.scalability(THREADS).orElseThrow().sigma();     // 0.004
 * sweep.describeScaling(THREADS);                       // Optional[THREADS: near-linear scaling ...]
 * sweep.recommendedConcurrency();                       // OptionalInt[16]
 * }</pre>
 */
public final class Comparison {

    static {
        ResultAccess.grant(comparison -> comparison.result);
    }

    private final ExperimentResult result;
    private final Map<Arm, ModelFigures> figures;

    Comparison(ExperimentResult result) {
        this.result = result;
        Map<Arm, ModelFigures> measured = new LinkedHashMap<>();
        for (ModelOutcome outcome : result.models()) {
            if (outcome.measured()) {
                measured.put(outcome.arm(), new ModelFigures(outcome));
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
        return List.copyOf(new LinkedHashSet<>(figures.keySet().stream().map(Arm::model).toList()));
    }

    /** The concurrencies the models ran at, from the lowest up: one, or the levels of a sweep. */
    public List<Integer> concurrency() {
        return result.plan().levels().values();
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
     * The figures of {@code model}: at the level claims compare it, the highest of a sweep (1 for
     * {@link Model#SEQUENTIAL}).
     *
     * @throws IllegalArgumentException when {@code model} did not run at that level
     */
    public ModelFigures figures(Model model) {
        ModelFigures found = figures.get(result.plan().levels().compared(model));
        if (found == null) {
            throw new IllegalArgumentException(notRun(model));
        }
        return found;
    }

    /**
     * The figures of {@code model} at {@code concurrency}, one of the levels of {@link #concurrency()}.
     *
     * @throws IllegalArgumentException when {@code model} did not run at {@code concurrency}
     */
    public ModelFigures figures(Model model, int concurrency) {
        ModelFigures found = figures.get(result.plan().levels().arm(model, concurrency));
        if (found == null) {
            throw new IllegalArgumentException(models().contains(model) && !concurrency().contains(concurrency)
                    ? model + " did not run at concurrency " + concurrency + " in " + subject() + ", whose concurrencies"
                            + " are " + concurrency()
                    : notRun(model));
        }
        return found;
    }

    /** The figures of every model that ran, in order; in a sweep, of every model at every level. */
    public List<ModelFigures> figures() {
        return List.copyOf(figures.values());
    }

    /**
     * The model with the shortest median round. A point estimate: whether it is fastest beyond
     * the noise is for {@code assertThat(comparison).fastestModel()} to decide.
     */
    public Model fastestModel() {
        return result.fastest().orElseGet(() -> figures.keySet().iterator().next().model());
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
        return result.recommendation().map(Recommendation::model);
    }

    /**
     * The concurrency to run {@link #recommendedModel()} at: its best concurrency in a sweep, else
     * the one it ran at (1 for {@link Model#SEQUENTIAL}); empty when none was measured.
     */
    public OptionalInt recommendedConcurrency() {
        return result.recommendation().map(r -> OptionalInt.of(r.concurrency())).orElse(OptionalInt.empty());
    }

    /**
     * The smallest concurrency at which {@code model}'s throughput is within noise of the highest
     * it reached in the sweep; empty unless it ran at two levels or more. Within noise: the 95%
     * interval of the ratio of their throughputs (as {@link ExpectFaster} computes it) reaches 1.
     */
    public OptionalInt bestConcurrency(Model model) {
        return result.scaling(model).map(s -> OptionalInt.of(s.bestConcurrency())).orElse(OptionalInt.empty());
    }

    /**
     * The Universal Scalability Law fitted to {@code model}'s throughput (tasks per second of each
     * round) over the sweep; empty unless it ran at three levels or more. Fitted on relative
     * residuals, keeping coherency κ only where the rounds show it (see {@link Scalability}).
     */
    public Optional<Scalability> scalability(Model model) {
        return result.scaling(model).flatMap(ModelScaling::usl).map(usl -> Scalability.of(usl.fit()));
    }

    /**
     * What limits {@code model} and where it is best, in words, such as {@code THREADS: contention
     * (σ = 0.12) caps it at 8.3× one thread; no retrograde scaling within the sweep; best at 8
     * threads, the highest throughput of the sweep; every smaller level is slower beyond noise};
     * empty unless it ran at two levels or more.
     */
    public Optional<String> describeScaling(Model model) {
        return result.scaling(model).map(ModelScaling::describe);
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
     * {@code Compare.workload(Nap): SEQUENTIAL 161 ms · THREADS 21.3 ms (7.6×) · IO-bound (CPU 1% of wall) · fastest: THREADS};
     * in a sweep every model at every level, {@code THREADS ×4 41.0 ms (3.9×)}, and each model's best concurrency.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(subject()).append(':');
        Map.Entry<Arm, ModelFigures> first = figures.entrySet().iterator().next();
        for (Map.Entry<Arm, ModelFigures> arm : figures.entrySet()) {
            ModelFigures model = arm.getValue();
            text.append(' ').append(arm.getKey()).append(' ').append(Durations.format(model.median().toNanos()));
            if (!arm.getKey().equals(first.getKey())) {
                text.append(" (").append(Factors.format(first.getValue().median().toNanos()
                        / (double) model.median().toNanos())).append(')');
            }
            text.append(" ·");
        }
        result.scaling().forEach(s -> text.append(' ').append(s.model()).append(" best at ")
                .append(s.bestConcurrency()).append(" ·"));
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
