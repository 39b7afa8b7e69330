package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.ModelFigures;
import io.github.rununder.internal.plan.Expectation;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractIntegerAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on one model of a {@link Comparison}; the actual value is its figures ({@code null}
 * when the model was skipped, such as {@code VIRTUAL_THREADS} before Java 21). In a sweep the
 * figures and the speed claims are those of the highest level, as {@link io.github.rununder.ExpectFaster}
 * compares them; {@link #bestConcurrency()} and {@link #peakConcurrency()} look at every level.
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

    /**
     * Starts assertions on this model's best concurrency: the smallest level of the sweep whose
     * throughput is within noise of the highest it reached (see {@link Comparison#bestConcurrency(Model)}).
     *
     * <pre>{@code
     * // passes: naps keep gaining throughput up to 16 threads
     * assertThat(sweep).model(THREADS).bestConcurrency().isEqualTo(16);
     * // fails: expected: 4 but was: 16
     * assertThat(sweep).model(THREADS).bestConcurrency().isEqualTo(4);
     * }</pre>
     *
     * @throws IllegalArgumentException for {@link Model#SEQUENTIAL}, which runs at concurrency 1 only
     * @throws AssertionError when the model did not run at two levels or more
     */
    public AbstractIntegerAssert<?> bestConcurrency() {
        requireSwept("bestConcurrency()");
        OptionalInt best = comparison.bestConcurrency(model);
        if (best.isEmpty()) {
            failWithMessage("%s", ShouldBeSwept.shouldHaveBestConcurrency(comparison, model));
        }
        return Assertions.assertThat(best.getAsInt()).describedAs(info.description());
    }

    /**
     * Starts assertions on this model's peak concurrency: {@code N* = √((1−σ)/κ)} of the Universal
     * Scalability Law fitted to its sweep, {@link Double#POSITIVE_INFINITY} where nothing turns it
     * down (κ = 0); see {@link Comparison#scalability(Model)}.
     *
     * <pre>{@code
     * // passes: a lock-free counter shared by all threads peaks between 4 and 16 threads
     * assertThat(sweep).model(THREADS).peakConcurrency().isBetween(4.0, 16.0);
     * // passes for naps, which never turn down
     * assertThat(naps).model(THREADS).peakConcurrency().isInfinite();
     * }</pre>
     *
     * @throws IllegalArgumentException for {@link Model#SEQUENTIAL}, which runs at concurrency 1 only
     * @throws AssertionError when the model did not run at three levels or more
     */
    public AbstractDoubleAssert<?> peakConcurrency() {
        requireSwept("peakConcurrency()");
        var scalability = comparison.scalability(model);
        if (scalability.isEmpty()) {
            failWithMessage("%s", ShouldBeSwept.shouldHavePeakConcurrency(comparison, model));
        }
        return Assertions.assertThat(scalability.get().peakConcurrency()).describedAs(info.description());
    }

    private void requireSwept(String call) {
        if (model == Model.SEQUENTIAL) {
            throw new IllegalArgumentException(call + ": SEQUENTIAL runs one task at a time, at concurrency 1 only; ask"
                    + " it of THREADS, VIRTUAL_THREADS, PROCESSES or ASYNC");
        }
    }
}
