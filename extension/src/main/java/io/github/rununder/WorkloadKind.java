package io.github.rununder;

/**
 * What a workload spends its time on, judged from CPU time against wall time of the sequential
 * baseline (or, without one, of the best model that ran).
 */
public enum WorkloadKind {

    /** The tasks keep a core busy for most of their wall time. */
    CPU_BOUND,

    /** The tasks mostly wait: on the network, on disk, on a timer. */
    IO_BOUND,

    /** Neither clearly: a real share of computing and a real share of waiting. */
    MIXED
}
