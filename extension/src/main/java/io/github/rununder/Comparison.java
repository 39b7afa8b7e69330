package io.github.rununder;

import io.github.rununder.internal.compare.CodeRun;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Compare#run()} measured: the figures of every model that ran, the workload's
 * classification and the fastest model. Immutable. Check claims on it with
 * {@code io.github.rununder.assertj.RunUnderAssertions.assertThat(comparison)}, which decides them
 * with the same statistics as {@link ExpectFaster} and {@link ExpectFastest}.
 *
 * <pre>{@code
 * Comparison result = Compare.workload(new Download()).model(SEQUENTIAL, THREADS).run();
 * result.fastestModel();                       // THREADS
 * result.classification();                     // IO_BOUND
 * result.figures(THREADS).median();            // PT0.412S
 * result.speedup(THREADS, SEQUENTIAL);         // 7.8
 * }</pre>
 */
public final class Comparison {

    private final String subject;
    private final Map<Model, ModelFigures> figures;
    private final Map<Model, String> skipped;
    private final Classification classification;
    private final List<String> verdicts;

    private Comparison(String subject, Map<Model, ModelFigures> figures, Map<Model, String> skipped,
            Classification classification, List<String> verdicts) {
        this.subject = subject;
        this.figures = Collections.unmodifiableMap(figures);
        this.skipped = Collections.unmodifiableMap(skipped);
        this.classification = classification;
        this.verdicts = List.copyOf(verdicts);
    }

    static Comparison of(String subject, CodeRun.Result run) {
        Map<Model, ModelFigures> figures = new LinkedHashMap<>();
        run.results().forEach((model, result) -> figures.put(model, ModelFigures.of(result)));
        Map<Model, ModelResult> byModel = new EnumMap<>(Model.class);
        byModel.putAll(run.results());
        Classification classification = new WorkloadClassifier(Runtime.getRuntime().availableProcessors())
                .classify(byModel).orElse(null);
        List<String> verdicts = run.adaptive() == null ? List.of() : run.adaptive().verdicts().stream()
                .map(verdict -> verdict.outcome() + ": " + verdict.message())
                .toList();
        return new Comparison(subject, figures, new LinkedHashMap<>(run.skipped()), classification, verdicts);
    }

    /** What was compared, for messages: {@code Compare.workload(Nap)}. */
    public String subject() {
        return subject;
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
        return skipped;
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
        return figures.values().stream().min(Comparator.comparing(ModelFigures::median)).orElseThrow().model();
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
        if (classification == null) {
            throw new IllegalStateException(subject + " cannot be classified: no in-process model measured CPU time");
        }
        return classification.kind();
    }

    /**
     * The verdicts on the claims declared with {@link Compare#expectFaster(Model, Model, double)}
     * and {@link Compare#expectFastest(Model)}, in order, as the verdict node reports them:
     * {@code HOLDS: THREADS was 7.1× faster than SEQUENTIAL (99% CI 6.8×–7.4×, 5 rounds each), at least 3.0× expected}.
     * Claims on a model that did not run are left out. For information: assert claims with
     * {@code RunUnderAssertions}, which decides them the same way.
     */
    public List<String> verdicts() {
        return verdicts;
    }

    /** The classification with the CPU share it rests on: {@code IO-bound (CPU 3% of wall)}; empty when unknown. */
    public Optional<String> describeClassification() {
        return Optional.ofNullable(classification).map(Classification::describe);
    }

    /**
     * {@code Compare.workload(Nap): SEQUENTIAL 161 ms · THREADS 21.3 ms (7.6×) · IO-bound (CPU 1% of wall) · fastest: THREADS}.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(subject).append(':');
        ModelFigures first = figures.values().iterator().next();
        for (ModelFigures model : figures.values()) {
            text.append(' ').append(model.model()).append(' ')
                    .append(Durations.format(model.median().toNanos()));
            if (model != first) {
                text.append(" (").append(Factors.format(speedup(model.model(), first.model()))).append(')');
            }
            text.append(" ·");
        }
        describeClassification().ifPresent(kind -> text.append(' ').append(kind).append(" ·"));
        text.append(" fastest: ").append(fastestModel());
        skipped.keySet().forEach(model -> text.append(" · ").append(model).append(" skipped"));
        return text.toString();
    }

    private String notRun(Model model) {
        String reason = skipped.get(model);
        return reason != null ? model + " did not run in " + subject + ": " + reason
                : model + " is not among the models of " + subject + ", " + models();
    }
}
