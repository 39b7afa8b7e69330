package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import java.util.List;

/**
 * The concurrencies a comparison runs its models at: one, or a sweep of several. Every model but
 * {@code SEQUENTIAL} runs at each level; {@code SEQUENTIAL} runs once, at 1.
 *
 * <p>Claims that name models only ({@code @ExpectFaster}, {@code @ExpectFastest}, the fastest
 * model) compare each model at the {@linkplain #compared(Model) highest level}: a level fixed by
 * the declaration, not picked from the rounds, so that a claim cannot pass on the level that
 * happened to come out best by chance.
 *
 * @param values the levels, distinct, each at least 1, in ascending order; not empty
 */
public record Levels(List<Integer> values) {

    public Levels {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one concurrency");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) < 1 || (i > 0 && values.get(i) <= values.get(i - 1))) {
                throw new IllegalArgumentException("levels must be distinct, ascending and at least 1: " + values);
            }
        }
    }

    /** The given levels, in ascending order; as {@link Levels#Levels(List)} otherwise. */
    public static Levels of(int... values) {
        return new Levels(java.util.Arrays.stream(values).sorted().boxed().toList());
    }

    /** Whether there are several levels: then messages name each model with its level. */
    public boolean swept() {
        return values.size() > 1;
    }

    /** The highest level. */
    public int top() {
        return values.get(values.size() - 1);
    }

    /** {@code model} at {@code level}; {@code SEQUENTIAL} is always at 1. */
    public Arm arm(Model model, int level) {
        return new Arm(model, model == Model.SEQUENTIAL ? 1 : level, swept());
    }

    /** The arm at which claims that name {@code model} only compare it: the highest level. */
    public Arm compared(Model model) {
        return arm(model, top());
    }

    /** Whether {@code arm} is the one at which claims naming its model compare it. */
    public boolean isCompared(Arm arm) {
        return compared(arm.model()).equals(arm);
    }

    /** Every arm of {@code model}, from the lowest level up: one for {@code SEQUENTIAL}. */
    public List<Arm> arms(Model model) {
        return model == Model.SEQUENTIAL ? List.of(arm(model, 1)) : values.stream().map(level -> arm(model, level)).toList();
    }

    /** {@code 8}, or {@code {1, 2, 4, 8}}: as the annotation declares it. */
    @Override
    public String toString() {
        return values.size() == 1 ? values.get(0).toString()
                : "{" + String.join(", ", values.stream().map(String::valueOf).toList()) + "}";
    }
}
