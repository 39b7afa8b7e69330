package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.internal.plan.Expectation;
import org.assertj.core.api.AbstractAssert;

/**
 * How many times faster one model was than another. The actual value is the ratio of their median
 * rounds, for information; {@link #byAtLeast(double)} decides from the interval, not from it.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractSpeedUpAssert<SELF extends AbstractSpeedUpAssert<SELF>> extends AbstractAssert<SELF, Double> {

    /** The comparison both models belong to. */
    protected final Comparison comparison;

    /** The model claimed faster. */
    protected final Model model;

    /** The model it is compared with. */
    protected final Model than;

    protected AbstractSpeedUpAssert(Comparison comparison, Model model, Model than, Class<?> selfType) {
        super(comparison.models().containsAll(java.util.List.of(model, than)) ? comparison.speedup(model, than) : null,
                selfType);
        this.comparison = comparison;
        this.model = model;
        this.than = than;
    }

    /**
     * Verifies that the model is at least {@code factor} times faster: the lower bound of the 99%
     * interval on the speed ratio is {@code factor} or more. The same decision as
     * {@code @ExpectFaster(model = ..., than = ..., atLeast = factor)}.
     *
     * <pre>{@code
     * // passes: 16 naps of 15 ms, 8 at a time, are about 7× faster than in sequence
     * assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0);
     * // fails: Expected THREADS to be at least 20.0× faster than SEQUENTIAL, but it was 7.1× (99% CI 6.8×–7.4×, 5 rounds each)
     * assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(20.0);
     * }</pre>
     *
     * @param factor how many times faster, at least 1.0 ({@code isFasterThan} already asks for 1.0)
     * @throws IllegalArgumentException when {@code factor} is below 1.0, infinite or not a number
     * @throws AssertionError when the claim fails or is undecided
     */
    public SELF byAtLeast(double factor) {
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("byAtLeast(" + factor + "): the factor must be a finite number of at"
                    + " least 1.0, such as 4.0 for four times as fast; isFasterThan(" + than
                    + ") already asks for 1.0");
        }
        Decisions.failure(comparison, new Expectation.Faster(model, than, factor))
                .ifPresent(message -> failWithMessage("%s", message));
        return myself;
    }
}
