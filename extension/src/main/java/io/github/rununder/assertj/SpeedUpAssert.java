package io.github.rununder.assertj;

import io.github.rununder.Comparison;
import io.github.rununder.Model;

/** How many times faster one model was than another; see {@link AbstractSpeedUpAssert}. */
public final class SpeedUpAssert extends AbstractSpeedUpAssert<SpeedUpAssert> {

    /** Prefer {@code assertThat(comparison).model(model).isFasterThan(than)}. */
    public SpeedUpAssert(Comparison comparison, Model model, Model than) {
        super(comparison, model, than, SpeedUpAssert.class);
    }
}
