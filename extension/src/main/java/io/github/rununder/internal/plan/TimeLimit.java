package io.github.rununder.internal.plan;

import java.time.Duration;

/**
 * How long one model run may take, and where that limit comes from (for the timeout message).
 *
 * @param duration the limit, positive
 * @param source where it was configured, for example {@code @Timeout} or {@code rununder.timeout.default}
 * @param alsoEnforcedByJUnit whether JUnit's own timeout enforcement applies the same limit around the run
 */
public record TimeLimit(Duration duration, String source, boolean alsoEnforcedByJUnit) {

    public TimeLimit {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + duration);
        }
    }

    /** A limit only RunUnder enforces. */
    public TimeLimit(Duration duration, String source) {
        this(duration, source, false);
    }

    /**
     * How long the run may really take. Where JUnit enforces the same limit, the run stops a
     * little earlier (10%, at most 250 ms) so that its own message, naming the model and the tasks
     * left, reaches the user rather than JUnit's generic one, even on a busy machine.
     */
    public Duration effective() {
        if (!alsoEnforcedByJUnit) {
            return duration;
        }
        Duration margin = Duration.ofMillis(250).compareTo(duration.dividedBy(10)) < 0 ? Duration.ofMillis(250)
                : duration.dividedBy(10);
        return duration.minus(margin);
    }
}
