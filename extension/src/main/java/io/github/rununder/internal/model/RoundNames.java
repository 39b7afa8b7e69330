package io.github.rununder.internal.model;

/** Names rounds for messages: {@code round 3}, {@code warm-up round 1}, {@code the first, unmeasured task}. */
public final class RoundNames {

    private RoundNames() {}

    /**
     * @param round measured rounds count from 0, warm-up rounds from {@code -warmup} to -1; the
     *     probe of {@link io.github.rununder.Model#ASYNC} runs before them
     */
    public static String of(int round) {
        return round < 0 ? "warm-up round " + (-round) : "round " + (round + 1);
    }
}
