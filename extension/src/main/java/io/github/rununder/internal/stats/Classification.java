package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import java.util.Locale;

/**
 * What a workload spends its time on.
 *
 * @param kind the verdict
 * @param cpuShare CPU time per busy core over wall time, from 0 to about 1
 * @param basis the model whose rounds were judged
 */
public record Classification(WorkloadKind kind, double cpuShare, Model basis) {

    /** For node names and reports: {@code IO-bound (CPU 3% of wall)}. */
    public String describe() {
        String name = switch (kind) {
            case CPU_BOUND -> "CPU-bound";
            case IO_BOUND -> "IO-bound";
            case MIXED -> "mixed";
        };
        String per = basis == Model.SEQUENTIAL ? "" : " per core, " + basis;
        return String.format(Locale.ROOT, "%s (CPU %.0f%% of wall%s)", name, cpuShare * 100, per);
    }
}
