package io.github.rununder.internal.plan;

import java.time.Duration;

/**
 * How long one model run may take, and where that limit comes from (for the timeout message).
 *
 * @param duration the limit, positive
 * @param source where it was configured, for example {@code @Timeout} or {@code rununder.timeout.default}
 */
public record TimeLimit(Duration duration, String source) {

    public TimeLimit {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + duration);
        }
    }
}
