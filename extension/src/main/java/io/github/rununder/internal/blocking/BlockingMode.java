package io.github.rununder.internal.blocking;

/** What finding a task that blocks the {@code ASYNC} event loop does ({@code rununder.async.blocking}). */
public enum BlockingMode {
    /** Report it in the node and the report; the node passes. The default. */
    REPORT,
    /** Fail the {@code ASYNC} node. */
    FAIL,
    /** Do not watch the loop. */
    OFF
}
