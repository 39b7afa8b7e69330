package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.plan.Factors;

/**
 * How one model's median compares with the same model (at the same level, in a sweep) of the same
 * method in a baseline report.
 *
 * @param arm the model at its concurrency
 * @param kind the finding
 * @param baselineMedianNanos the baseline's median round time
 * @param baselineLowNanos lower end of the baseline's interval
 * @param baselineHighNanos upper end of the baseline's interval
 * @param medianNanos this run's median round time
 * @param lowNanos lower end of this run's interval
 * @param highNanos upper end of this run's interval
 * @param reason why the two cannot be compared, for {@link Kind#NOT_COMPARABLE}; else {@code null}
 */
public record BaselineChange(
        Arm arm,
        Kind kind,
        double baselineMedianNanos,
        double baselineLowNanos,
        double baselineHighNanos,
        double medianNanos,
        double lowNanos,
        double highNanos,
        String reason) {

    /** The findings. */
    public enum Kind {
        /** This run's whole interval lies above the baseline's: a regression beyond noise. */
        SLOWER,
        /** This run's whole interval lies below the baseline's. */
        FASTER,
        /** The intervals overlap: no change the measurements can show. */
        UNCHANGED,
        /** Different tasks or concurrency: the medians measure different workloads. */
        NOT_COMPARABLE
    }

    /** The model. */
    public Model model() {
        return arm.model();
    }

    /** Whether the model got slower beyond its interval. */
    public boolean slower() {
        return kind == Kind.SLOWER;
    }

    /** This median over the baseline's: above 1 is slower. */
    public double ratio() {
        return medianNanos / baselineMedianNanos;
    }

    /** One sentence for reports: {@code THREADS got slower: median 412 ms → 530 ms (1.29×), ...}. */
    public String describe() {
        return switch (kind) {
            case SLOWER -> arm + " got slower than the baseline: median " + Durations.format(baselineMedianNanos)
                    + " → " + Durations.format(medianNanos) + " (" + Factors.format(ratio()) + "), interval "
                    + range(lowNanos, highNanos) + " above the baseline's " + range(baselineLowNanos, baselineHighNanos);
            case FASTER -> arm + " got faster than the baseline: median " + Durations.format(baselineMedianNanos)
                    + " → " + Durations.format(medianNanos) + " (" + Factors.format(ratio()) + ")";
            case UNCHANGED -> arm + " within the baseline's noise: median " + Durations.format(baselineMedianNanos)
                    + " → " + Durations.format(medianNanos);
            case NOT_COMPARABLE -> arm + " not compared with the baseline: " + reason;
        };
    }

    /** The message of a verdict node failed by {@code rununder.baseline.fail=true}. */
    public String failureMessage(String baselineSource) {
        return "Expected " + arm + " not to be slower than in the baseline " + baselineSource
                + ", but its median went from " + Durations.format(baselineMedianNanos) + " to "
                + Durations.format(medianNanos) + " (" + Factors.format(ratio()) + " slower; interval "
                + range(lowNanos, highNanos) + ", baseline " + range(baselineLowNanos, baselineHighNanos) + ")";
    }

    static String range(double low, double high) {
        return Durations.format(low) + "–" + Durations.format(high);
    }
}
