package io.github.rununder.internal.report.render;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Decimals;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.Latency;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.ModelRecord;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.VerdictRecord;
import io.github.rununder.internal.stats.Classification;

/** The texts of table cells, shared by the HTML, Markdown and console outputs; {@code —} where there is nothing. */
public final class Cells {

    public static final String NONE = "—";

    private Cells() {}

    static String label(ModelRecord model) {
        return Arm.label(model.model(), model.concurrency());
    }

    static String duration(double nanos) {
        return Double.isNaN(nanos) ? NONE : Durations.format(nanos);
    }

    static String median(ModelAnalysis model) {
        return model.medianText();
    }

    static String interval(ModelAnalysis model) {
        return model.intervalText();
    }

    static String factor(double factor) {
        return Double.isNaN(factor) ? NONE : Factors.format(factor);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? NONE : Math.round(fraction * 100) + "%";
    }

    static String throughput(double perSecond) {
        if (Double.isNaN(perSecond)) {
            return NONE;
        }
        return Decimals.fixed(perSecond, perSecond >= 100 ? 0 : 1) + "/s";
    }

    /** {@code 120 MB/s}, three significant digits, in decimal units; {@code —} where unknown. */
    static String bytesPerSecond(double perSecond) {
        if (Double.isNaN(perSecond) || perSecond < 0) {
            return NONE;
        }
        String[] units = {"B/s", "kB/s", "MB/s", "GB/s", "TB/s"};
        int unit = 0;
        double value = perSecond;
        while (value >= 999.5 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return Decimals.fixed(value, unit == 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2) + " " + units[unit];
    }

    static String startup(ModelRecord model) {
        return model.startupNanos() > 0 ? Durations.format(model.startupNanos()) : NONE;
    }

    static String latency(ModelRecord model) {
        Latency latency = model.latency();
        return latency == null ? NONE
                : Durations.format(latency.p50Nanos()) + " / " + Durations.format(latency.p99Nanos());
    }

    /**
     * As {@code Classification.describe()}: {@code IO-bound (CPU 3% of wall)}, without
     * {@code String.format}; a test keeps the two equal.
     */
    public static String classification(Classification classification) {
        return classification.describe();
    }

    /** The median of a model's own rounds, measured alone in its node; {@code —} when there were none. */
    static String ownMedian(ModelRecord record) {
        return record.ownWallNanos().length == 0 ? NONE : Durations.format(Summary.of(record.ownWallNanos()).median());
    }

    static String kind(TestAnalysis test) {
        return test.classification() == null ? NONE : Classification.label(test.classification().kind());
    }

    /** The recommended model, with its concurrency in a sweep: {@code THREADS ×8}; {@code —} without one. */
    static String recommended(TestAnalysis test) {
        if (test.recommendation() == null) {
            return NONE;
        }
        return test.test().arm(test.recommendation().model(), test.recommendation().concurrency()).toString();
    }

    static String model(Model model) {
        return model == null ? NONE : model.name();
    }

    static String verdicts(TestRecord test) {
        VerdictRecord verdict = test.verdict();
        if (verdict == null || verdict.claims().isEmpty()) {
            return NONE;
        }
        long unchecked = verdict.claims().stream().filter(c -> "NOT_CHECKED".equals(c.outcome())).count();
        return verdict.holding() + "/" + verdict.claims().size() + " hold"
                + (unchecked == 0 ? "" : " (" + unchecked + " not checked)");
    }

    static String baseline(BaselineChange change) {
        if (change == null) {
            return NONE;
        }
        return switch (change.kind()) {
            case SLOWER -> "slower " + Factors.format(change.ratio());
            case FASTER -> "faster " + Factors.format(change.ratio());
            case UNCHANGED -> "unchanged";
            case NOT_COMPARABLE -> "not comparable";
        };
    }

    static String regressions(TestAnalysis test) {
        int slower = test.regressions().size();
        if (test.baseline().isEmpty()) {
            return NONE;
        }
        return slower == 0 ? "no regression" : slower + (slower == 1 ? " model slower" : " models slower");
    }
}
