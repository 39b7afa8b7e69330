package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import java.util.List;

/** A claim about the comparison, checked in the verdict. */
public interface Expectation {

    /** The models the claim compares; it can only be checked when all of them ran. */
    List<Model> models();

    /** The claim in words, for reports: {@code VIRTUAL_THREADS ≥ 4.0× faster than SEQUENTIAL}. */
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
}
