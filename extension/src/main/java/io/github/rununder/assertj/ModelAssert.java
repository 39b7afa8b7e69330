package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;

/** Assertions on one model of a {@link Comparison}; see {@link AbstractModelAssert}. */
public final class ModelAssert extends AbstractModelAssert<ModelAssert> {

    /** Prefer {@code assertThat(comparison).model(model)}. */
    public ModelAssert(Comparison comparison, Model model) {
        super(comparison, model, ModelAssert.class);
    }
}
