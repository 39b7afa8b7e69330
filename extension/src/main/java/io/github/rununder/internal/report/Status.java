package io.github.rununder.internal.report;

import org.junit.platform.engine.TestExecutionResult;

/** How a node, or a {@code @RunUnder} method as a whole, ended. */
public enum Status {
    PASSED,
    FAILED,
    /** Aborted, as {@code VIRTUAL_THREADS} on a JVM older than 21: shown as skipped. */
    ABORTED,
    /** Never ran: disabled, or its container failed first. */
    SKIPPED;

    static Status of(TestExecutionResult.Status status) {
        return switch (status) {
            case SUCCESSFUL -> PASSED;
            case FAILED -> FAILED;
            case ABORTED -> ABORTED;
        };
    }

    /** The worse of two outcomes, for a method whose nodes ended differently. */
    Status worse(Status other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case PASSED -> 0;
            case SKIPPED -> 1;
            case ABORTED -> 2;
            case FAILED -> 3;
        };
    }
}
