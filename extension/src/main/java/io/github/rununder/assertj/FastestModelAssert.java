package io.github.rununder.assertj;

import io.github.rununder.Comparison;

/** Which model of a {@link Comparison} was the fastest; see {@link AbstractFastestModelAssert}. */
public final class FastestModelAssert extends AbstractFastestModelAssert<FastestModelAssert> {

    /** Prefer {@code assertThat(comparison).fastestModel()}. */
    public FastestModelAssert(Comparison comparison) {
        super(comparison, FastestModelAssert.class);
    }
}
