package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.Decimals;

/**
 * What a workload spends its time on.
 *
 * @param kind the verdict
 * @param cpuShare the share of the tasks' running time spent computing, from 0 to 1
 * @param queuedShare the share of the tasks' time spent waiting for a core, or {@code NaN} if unknown
 * @param basis the model whose rounds were judged
 */
public record Classification(WorkloadKind kind, double cpuShare, double queuedShare, Model basis) {

    /** {@code CPU-bound}, {@code IO-bound}, {@code Mixed}, or {@code Not classified} for {@code null}: for tables. */
    public static String label(WorkloadKind kind) {
        if (kind == null) {
            return "Not classified";
        }
        return switch (kind) {
            case CPU_BOUND -> "CPU-bound";
            case IO_BOUND -> "IO-bound";
            case MIXED -> "Mixed";
        };
    }

    /**
     * For node names and reports: {@code IO-bound (CPU 3% of wall)}, or on a busy machine
     * {@code CPU-bound (CPU 97% of running time, 41% queued for a core)}.
     */
    public String describe() {
        String name = kind == WorkloadKind.MIXED ? "mixed" : label(kind);
        String per = basis == Model.SEQUENTIAL ? "" : ", " + basis;
        String cpu = Decimals.fixed(cpuShare * 100, 0);
        if (!Double.isNaN(queuedShare) && queuedShare >= 0.05) {
            return name + " (CPU " + cpu + "% of running time, " + Decimals.fixed(queuedShare * 100, 0)
                    + "% queued for a core" + per + ")";
        }
        return name + " (CPU " + cpu + "% of wall" + per + ")";
    }
}
