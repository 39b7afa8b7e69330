package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Durations;

/**
 * How one session warmed up: the rounds it ran before measuring and why it stopped.
 *
 * @param declared warm-up rounds the plan declared
 * @param rounds warm-up rounds run in all, at least {@code declared}
 * @param stop why warming up stopped
 * @param limitNanos how long it could go on after the declared rounds
 */
public record WarmupOutcome(int declared, int rounds, Stop stop, long limitNanos) {

    /** Why warming up stopped. */
    public enum Stop {
        /** No warm-up was declared, so none ran. */
        NONE,
        /** The last warm-up round compiled and loaded (next to) nothing: the code was warm. */
        WARM,
        /** Warming up beyond the declared rounds is switched off. */
        DECLARED_ONLY,
        /** The JVM does not tell whether it is still compiling; the declared rounds ran. */
        UNKNOWN,
        /** The limit was reached while the JIT compiler was still compiling or classes still loading. */
        LIMIT
    }

    /** Warm-up rounds beyond the declared ones. */
    public int extra() {
        return rounds - declared;
    }

    /**
     * For nodes and reports: {@code warm-up: 7 rounds (1 declared, 6 more until the JIT compiler and
     * class loading went quiet)}.
     */
    public String describe() {
        String count = rounds + (rounds == 1 ? " round" : " rounds");
        return switch (stop) {
            case NONE -> "no warm-up";
            case DECLARED_ONLY -> "warm-up: " + count;
            case UNKNOWN -> "warm-up: " + count + " (this JVM does not tell whether its JIT compiler is still busy)";
            case WARM -> extra() == 0
                    ? "warm-up: " + count + ", after which the JIT compiler and class loading were quiet"
                    : "warm-up: " + count + " (" + declared + " declared, " + extra()
                            + " more until the JIT compiler and class loading went quiet)";
            case LIMIT -> "warm-up: " + count + " (" + declared + " declared, then " + extra() + " more until the limit of "
                    + Durations.format(limitNanos) + "; the JIT compiler or class loading was still busy)";
        };
    }
}
