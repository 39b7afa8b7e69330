package io.github.rununder.assertj;

import io.github.rununder.Comparison;

/**
 * Entry point of RunUnder's AssertJ assertions. Import it statically beside AssertJ's own:
 *
 * <pre>{@code
 * import static io.github.rununder.assertj.RunUnderAssertions.assertThat;
 *
 * Comparison result = Compare.workload(new Nap()).model(SEQUENTIAL, THREADS).concurrency(8).run();
 * assertThat(result).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0);
 * assertThat(result).fastestModel().isIn(THREADS, VIRTUAL_THREADS);
 * assertThat(result).classification().isEqualTo(WorkloadKind.IO_BOUND);
 * }</pre>
 *
 * <p>Timing claims are decided from a 99% confidence interval on the speed ratio, as
 * {@link io.github.rununder.ExpectFaster} and {@link io.github.rununder.ExpectFastest} are: a claim
 * holds when the whole interval clears it, fails when the whole interval falls short, and an
 * interval that straddles it fails too, saying so.
 */
public final class RunUnderAssertions {

    private RunUnderAssertions() {}

    /** Starts assertions on what {@code actual} measured. */
    public static ComparisonAssert assertThat(Comparison actual) {
        return new ComparisonAssert(actual);
    }
}
