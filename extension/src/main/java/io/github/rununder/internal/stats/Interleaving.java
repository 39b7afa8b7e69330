package io.github.rununder.internal.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which models run within one cycle of interleaved rounds: shuffled anew for every
 * cycle (Fisher–Yates) by a seeded generator, so that no model always runs first or right after the
 * same other one, and the same seed gives the same order again.
 */
public final class Interleaving {

    private Interleaving() {}

    /** {@code items} in a random order drawn from {@code random}. */
    public static <T> List<T> shuffled(Collection<T> items, SplittableRandom random) {
        List<T> order = new ArrayList<>(items);
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        return order;
    }
}
