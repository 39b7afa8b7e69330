package io.github.rununder.internal.engine;

/** What a virtual thread pinned to its carrier while parked does ({@code rununder.pinning}). */
public enum PinningMode {
    /** Report it in the node and the report; the node passes. The default. */
    REPORT,
    /** Fail the {@code VIRTUAL_THREADS} node. */
    FAIL,
    /** Do not watch for it. */
    OFF
}
