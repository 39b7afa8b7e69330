package io.github.rununder.internal.engine;

/** When the engine records time budgets and explains comparisons ({@code rununder.explain}). */
public enum ExplainMode {
    /**
     * Only where a claim fails or stays undecided: the models it compares run again, recorded, once
     * the claims are decided. Runs whose claims hold pay nothing. The default.
     */
    AUTO,
    /** Every measured model runs again, recorded, and every claim's comparisons are explained. */
    ON,
    /** Never. */
    OFF
}
