package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.ModelFigures;
import io.github.rununder.internal.plan.Expectation;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one model of a {@link Comparison}; the actual value is its figures ({@code null}
 * when the model was skipped, such as {@code VIRTUAL_THREADS} before Java 21).
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractModelAssert<SELF extends AbstractModelAssert<SELF>> extends AbstractAssert<SELF, ModelFigures> {

    /** The comparison the model belongs to. */
    protected final Comparison comparison;

    /** The model asserted on. */
    protected final Model model;

    protected AbstractModelAssert(Comparison comparison, Model model, Class<?> selfType) {
        super(comparison.models().contains(model) ? comparison.figures(model) : null, selfType);
        this.comparison = comparison;
        this.model = model;
    }

    /**
     * Verifies that this model is at least as fast as {@code than}: the lower bound of the 99%
     * interval on the speed ratio is 1.0 or more. Then {@link SpeedUpAssert#byAtLeast(double)}
     * can ask for more.
     *
     * <pre>{@code
     * // passes: THREADS ×8 runs 16 naps about 7× faster than SEQUENTIAL
     * assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL);
     * // fails: Expected SEQUENTIAL to be at least 1.0× faster than THREADS, but it was 0.14× (99% CI 0.13×–0.15×, 5 rounds each)
     * assertThat(naps).model(SEQUENTIAL).isFasterThan(THREADS);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code than} is {@code null}, this model, or not among the comparison's models
     * @throws AssertionError when the claim fails, is undecided, or a model did not run
     */
    public SpeedUpAssert isFasterThan(Model than) {
        Decisions.requireCompared(comparison, than, "isFasterThan(" + than + ")");
        if (than == model) {
            throw new IllegalArgumentException("isFasterThan(" + than + "): compares " + model
                    + " with itself; name another model");
        }
        Decisions.failure(comparison, new Expectation.Faster(model, than, 1.0))
                .ifPresent(message -> failWithMessage("%s", message));
        SpeedUpAssert assertion = new SpeedUpAssert(comparison, model, than);
        assertion.describedAs(info.description());
        return assertion;
    }
}
