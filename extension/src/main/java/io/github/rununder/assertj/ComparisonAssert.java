package io.github.rununder.assertj;

import io.github.rununder.Comparison;

/** Assertions on a {@link Comparison}; see {@link AbstractComparisonAssert}. */
public final class ComparisonAssert extends AbstractComparisonAssert<ComparisonAssert> {

    /** Prefer {@link RunUnderAssertions#assertThat(Comparison)}. */
    public ComparisonAssert(Comparison actual) {
        super(actual, ComparisonAssert.class);
    }
}
