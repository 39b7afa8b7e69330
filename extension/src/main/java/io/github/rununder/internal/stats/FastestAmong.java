package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.plan.Expectation;
import java.util.List;

/**
 * "The fastest model is one of {@code candidates}": the claim behind the AssertJ assertion
 * {@code fastestModel().isIn(...)}. It holds when every other model is beaten by some candidate,
 * fails when some other model beats every candidate. Candidates that did not run are left out.
 *
 * @param candidates the models allowed to be the fastest, without repeats, not empty
 */
public record FastestAmong(List<Model> candidates) implements Expectation {

    public FastestAmong {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate is needed");
        }
    }

    @Override
    public List<Model> models() {
        return candidates;
    }

    @Override
    public String claim() {
        return "fastest model one of " + candidates;
    }
}
