package io.github.rununder.internal.junit;

/** What a failed or undecided expectation does ({@code rununder.verdicts}). */
enum VerdictMode {
    /** Fails the verdict node. */
    FAIL,
    /** Passes the verdict node and reports a warning. */
    WARN,
    /** Does not check expectations. */
    OFF
}
