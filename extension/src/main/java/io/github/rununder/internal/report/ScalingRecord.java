package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.ModelScaling;
import io.github.rununder.internal.stats.UslIntervals;
import java.util.ArrayList;
import java.util.List;

/**
 * How one model scaled over a method's sweep, as the engine fitted and decided it: stored and read
 * back as it is, never fitted again by the report.
 *
 * @param model the model
 * @param levels the concurrencies it was measured at, from the lowest up
 * @param fit the Universal Scalability Law with bootstrap intervals of its parameters; {@code null}
 *     with fewer than three levels
 * @param bestConcurrency the smallest level within noise of the highest throughput
 * @param description what limits the model and where it is best, one line
 */
public record ScalingRecord(Model model, List<Integer> levels, UslIntervals fit, int bestConcurrency,
        String description) {

    public ScalingRecord {
        levels = List.copyOf(levels);
    }

    /** The record of what the engine found for one model. */
    public static ScalingRecord of(ModelScaling scaling) {
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < scaling.rounds().size(); i++) {
            levels.add((int) scaling.rounds().level(i));
        }
        return new ScalingRecord(scaling.model(), levels, scaling.fit(), scaling.bestConcurrency(), scaling.describe());
    }

    /** The levels as an array, for charts. */
    public double[] levelValues() {
        return levels.stream().mapToDouble(Integer::doubleValue).toArray();
    }
}
