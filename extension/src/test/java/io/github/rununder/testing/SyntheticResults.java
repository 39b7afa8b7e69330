package io.github.rununder.testing;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.RoundTiming;

/** Model results with exact figures, for tests of what is derived from them. */
public final class SyntheticResults {

    private SyntheticResults() {}

    /**
     * A model's result: one round per entry of {@code roundMillis}, the task carriers busy for
     * {@code cpuShare} of the wall time (unknown for virtual threads), every task lasting {@code taskMillis}.
     */
    public static ModelResult result(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        ModelResult result = new ModelResult(model, tasks, concurrency, 1);
        for (double millis : roundMillis) {
            long wall = Math.round(millis * 1e6);
            long cpu = Math.round(wall * cpuShare);
            result.add(new RoundTiming(wall, cpu, model == Model.VIRTUAL_THREADS ? -1 : cpu));
            for (int i = 0; i < tasks; i++) {
                result.latencies().record(Math.round(taskMillis * 1e6));
            }
        }
        return result;
    }
}
