package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import java.util.List;

/**
 * A claim about a comparison, decided by the verdict: declared with {@code @ExpectFaster},
 * {@code @ExpectFastest}, {@code @ExpectScaling} or the code-driven {@code expect...} calls, or
 * asked by an AssertJ assertion on a finished comparison.
 */
public sealed interface Expectation
        permits Expectation.Faster, Expectation.Fastest, Expectation.FastestAmong, Expectation.Scaling {

    /** The models the claim names. */
    List<Model> models();

    /**
     * The arms the claim compares, the one claimed faster (or fastest) first; it can only be
     * checked when all of them ran. Claims that name models only compare each at the highest
     * level (see {@link Levels#compared(Model)}).
     */
    default List<Arm> arms(Levels levels) {
        return models().stream().map(levels::compared).toList();
    }

    /** The claim in words, for reports: {@code VIRTUAL_THREADS at least 4.0× faster than SEQUENTIAL}. */
    String claim();

    /** "{@code model} is at least {@code atLeast} times faster than {@code than}". */
    record Faster(Model model, Model than, double atLeast) implements Expectation {

        @Override
        public List<Model> models() {
            return List.of(model, than);
        }

        @Override
        public String claim() {
            return model + " at least " + Factors.format(atLeast) + " faster than " + than;
        }
    }

    /** "{@code model} beats every other model that ran". */
    record Fastest(Model model) implements Expectation {

        @Override
        public List<Model> models() {
            return List.of(model);
        }

        @Override
        public String claim() {
            return model + " fastest";
        }
    }

    /**
     * "The fastest model is one of {@code candidates}": the claim behind the AssertJ assertion
     * {@code fastestModel().isIn(...)}. It holds when every other model is beaten by some candidate,
     * fails when some other model beats every candidate. Candidates that did not run are left out.
     *
     * @param candidates the models allowed to be the fastest, without repeats, not empty
     */
    record FastestAmong(List<Model> candidates) implements Expectation {

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

    /**
     * "{@code model} at concurrency {@code to} gives at least {@code atLeast} times its throughput
     * at {@code from}": with the same tasks per round, the same as "{@code model} at {@code to} is
     * at least {@code atLeast} times faster than at {@code from}".
     */
    record Scaling(Model model, int from, int to, double atLeast) implements Expectation {

        @Override
        public List<Model> models() {
            return List.of(model);
        }

        @Override
        public List<Arm> arms(Levels levels) {
            return List.of(levels.arm(model, to), levels.arm(model, from));
        }

        /** {@code THREADS ×8 at least 5.0× the throughput of THREADS ×1}. */
        @Override
        public String claim() {
            return Arm.label(model, to) + " at least " + Factors.format(atLeast) + " the throughput of "
                    + Arm.label(model, from);
        }
    }
}
