package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a {@link Comparison}: claims about one model's speed, about the fastest model, and
 * about the kind of workload. Extend it to add assertions of your own.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractComparisonAssert<SELF extends AbstractComparisonAssert<SELF>>
        extends AbstractAssert<SELF, Comparison> {

    protected AbstractComparisonAssert(Comparison actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Starts claims about {@code model}'s speed.
     *
     * <pre>{@code
     * // passes: 16 naps of 15 ms, 8 at a time, are about 7× faster than in sequence
     * assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0);
     * // fails: Expected SEQUENTIAL to be at least 1.0× faster than THREADS, but it was 0.14× (99% CI ...)
     * assertThat(naps).model(SEQUENTIAL).isFasterThan(THREADS);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code model} is {@code null} or not among the comparison's models
     */
    public ModelAssert model(Model model) {
        isNotNull();
        Decisions.requireCompared(actual, model, "model(" + model + ")");
        ModelAssert assertion = new ModelAssert(actual, model);
        assertion.describedAs(info.description());
        return assertion;
    }

    /**
     * Starts claims about which model was the fastest, decided against the noise: the assertion's
     * {@code isEqualTo}, {@code isIn}, {@code isNotEqualTo} and {@code isNotIn} hold only when the
     * interval of every comparison they rest on is clear.
     *
     * <pre>{@code
     * // passes: THREADS beats SEQUENTIAL and ties with VIRTUAL_THREADS
     * assertThat(naps).fastestModel().isIn(THREADS, VIRTUAL_THREADS);
     * // fails: Expected SEQUENTIAL to be the fastest model, but THREADS was 7.1× faster (99% CI ...)
     * assertThat(naps).fastestModel().isEqualTo(SEQUENTIAL);
     * }</pre>
     */
    public FastestModelAssert fastestModel() {
        isNotNull();
        FastestModelAssert assertion = new FastestModelAssert(actual);
        assertion.describedAs(info.description());
        return assertion;
    }

    /**
     * Starts assertions on the workload's classification, from CPU time against wall time.
     *
     * <pre>{@code
     * // passes for naps: their CPU share is a few per cent of their wall time
     * assertThat(naps).classification().isEqualTo(WorkloadKind.IO_BOUND);
     * // fails: expected: CPU_BOUND but was: IO_BOUND
     * assertThat(naps).classification().isEqualTo(WorkloadKind.CPU_BOUND);
     * }</pre>
     *
     * @throws AssertionError when the workload could not be classified
     */
    public ObjectAssert<WorkloadKind> classification() {
        isNotNull();
        if (actual.describeClassification().isEmpty()) {
            failWithMessage("%s", ShouldBeClassified.shouldBeClassified(actual.subject()));
        }
        return extracting(Comparison::classification, ObjectAssert::new);
    }
}
