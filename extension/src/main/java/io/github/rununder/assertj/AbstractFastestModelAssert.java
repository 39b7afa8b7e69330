package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Expectation.FastestAmong;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.assertj.core.api.AbstractAssert;

/**
 * Which model was the fastest, decided against the noise. The actual value is the model with the
 * shortest median round, but {@link #isEqualTo(Object)}, {@link #isIn(Object...)},
 * {@link #isNotEqualTo(Object)} and {@link #isNotIn(Object...)} (and their {@code Iterable} forms)
 * do not compare it: they decide from 99% intervals on the speed ratios, as
 * {@link io.github.rununder.ExpectFastest} does. "The fastest model is one of S" holds when every
 * model outside S is beaten by some model in S, fails when a model outside S beats every one in S,
 * and is undecided (and fails, saying so) otherwise.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractFastestModelAssert<SELF extends AbstractFastestModelAssert<SELF>>
        extends AbstractAssert<SELF, Model> {

    /** The comparison the models belong to. */
    protected final Comparison comparison;

    protected AbstractFastestModelAssert(Comparison comparison, Class<?> selfType) {
        super(comparison.fastestModel(), selfType);
        this.comparison = comparison;
    }

    /**
     * Verifies that {@code expected} beat every other model, as {@code @ExpectFastest(expected)}.
     *
     * <pre>{@code
     * // passes: THREADS ×8 beats SEQUENTIAL on naps
     * assertThat(naps).fastestModel().isEqualTo(THREADS);
     * // fails: Expected SEQUENTIAL to be the fastest model, but THREADS was 7.1× faster (99% CI ...)
     * assertThat(naps).fastestModel().isEqualTo(SEQUENTIAL);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code expected} is not a model of the comparison
     */
    @Override
    public SELF isEqualTo(Object expected) {
        Model model = model(expected, "isEqualTo");
        Expectation claim = comparison.models().size() > 1 || !comparison.models().contains(model)
                ? new Expectation.Fastest(model) : new FastestAmong(List.of(model));
        return decide(claim);
    }

    /**
     * Verifies that the fastest model is one of {@code values}.
     *
     * <pre>{@code
     * // passes: THREADS and VIRTUAL_THREADS tie on naps, and both beat SEQUENTIAL
     * assertThat(naps).fastestModel().isIn(THREADS, VIRTUAL_THREADS);
     * // fails: Expected the fastest model to be one of [SEQUENTIAL], but THREADS was ...
     * assertThat(naps).fastestModel().isIn(SEQUENTIAL);
     * }</pre>
     *
     * @param values the candidates; models the comparison did not run may be among them, and cannot win
     * @throws IllegalArgumentException when {@code values} is empty or holds anything but models
     */
    @Override
    public SELF isIn(Object... values) {
        return isIn(values == null ? null : Arrays.asList(values));
    }

    /** As {@link #isIn(Object...)}. */
    @Override
    public SELF isIn(Iterable<?> values) {
        List<Model> candidates = models(values, "isIn");
        return candidates.size() == 1 ? isEqualTo(candidates.get(0)) : decide(new FastestAmong(candidates));
    }

    /**
     * Verifies that some model other than {@code other} was the fastest.
     *
     * @throws IllegalArgumentException when {@code other} is not a model of the comparison
     */
    @Override
    public SELF isNotEqualTo(Object other) {
        return isNotIn(List.of(model(other, "isNotEqualTo")));
    }

    /**
     * Verifies that the fastest model is none of {@code values}: one of the comparison's other models.
     *
     * @throws IllegalArgumentException when {@code values} is empty, holds anything but models, or
     *     holds every model of the comparison
     */
    @Override
    public SELF isNotIn(Object... values) {
        return isNotIn(values == null ? null : Arrays.asList(values));
    }

    /** As {@link #isNotIn(Object...)}. */
    @Override
    public SELF isNotIn(Iterable<?> values) {
        List<Model> excluded = models(values, "isNotIn");
        List<Model> rest = new ArrayList<>();
        comparison.models().stream().filter(m -> !excluded.contains(m)).forEach(rest::add);
        comparison.skippedModels().keySet().stream().filter(m -> !excluded.contains(m)).forEach(rest::add);
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("isNotIn(" + excluded + "): that excludes every model of "
                    + comparison.subject() + "; leave at least one out");
        }
        return isIn(rest);
    }

    private SELF decide(Expectation claim) {
        Decisions.failure(comparison, claim).ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }

    /** {@code value} as a model of the comparison. */
    private Model model(Object value, String call) {
        Model model = anyModel(value, call);
        Decisions.requireCompared(comparison, model, call + "(" + model + ")");
        return model;
    }

    private static Model anyModel(Object value, String call) {
        if (!(value instanceof Model model)) {
            throw new IllegalArgumentException(call + "(" + value + "): name a Model, such as Model.THREADS");
        }
        return model;
    }

    private List<Model> models(Iterable<?> values, String call) {
        if (values == null || !values.iterator().hasNext()) {
            throw new IllegalArgumentException(call + "(" + values + "): name at least one model");
        }
        Set<Model> models = new LinkedHashSet<>();
        StreamSupport.stream(values.spliterator(), false).forEach(value -> models.add(anyModel(value, call)));
        return List.copyOf(models);
    }
}
