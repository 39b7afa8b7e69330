package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.report.render.Cells;
import io.github.rununder.internal.stats.MedianInterval;

/**
 * The figures the report shows for one model, derived from its {@link ModelRecord} and, for
 * speed-up and efficiency, from the method's sequential baseline. Everything is {@code NaN} (or
 * {@code null}) where the model was not measured or the basis is missing.
 *
 * @param record what was measured
 * @param arm the model at its concurrency, named with its level in a sweep
 * @param wall summary of the round times, or {@code null}
 * @param interval interval of the median round time, or {@code null}
 * @param throughputPerSecond tasks per second at the median round time
 * @param speedup the sequential median over this median
 * @param taskNanos the length {@code t} of one task used for the ideal
 * @param taskBasis where {@code t} came from: {@code SEQUENTIAL p50} or this model's own p50
 * @param idealNanos {@code ceil(N/P)·t}: the round time if the {@code P} carriers never waited
 * @param efficiency ideal over median: 1 is ideal, lower is overhead or contention
 * @param cpuOfWall process CPU time over wall time (can exceed 1 on several cores)
 * @param taskCpuOfWall CPU time of the task carriers over wall time
 * @param cpuUtilisation process CPU time over wall time and cores: the share of the machine used
 * @param medianText the median for people, or the status when not measured (HTML, Markdown and the
 *     chart all show it: formatted once)
 * @param intervalText the interval for people, {@code —} when not measured
 */
public record ModelAnalysis(
        ModelRecord record,
        Arm arm,
        Summary wall,
        MedianInterval interval,
        double throughputPerSecond,
        double speedup,
        double taskNanos,
        String taskBasis,
        double idealNanos,
        double efficiency,
        double cpuOfWall,
        double taskCpuOfWall,
        double cpuUtilisation,
        String medianText,
        String intervalText) {

    /**
     * The figures of {@code record}, which is {@code arm}; {@code sequential} is the method's
     * sequential record, or {@code null}.
     */
    static ModelAnalysis of(ModelRecord record, Arm arm, ModelRecord sequential, int cores) {
        if (!record.measured()) {
            return new ModelAnalysis(record, arm, null, null, Double.NaN, Double.NaN, Double.NaN, null, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, record.status().name(), Cells.NONE);
        }
        Summary wall = Summary.of(record.wallNanos());
        double median = wall.median();
        double throughput = median > 0 ? record.tasks() * 1e9 / median : Double.NaN;
        double speedup = sequential != null && sequential.measured() && record.model() != Model.SEQUENTIAL
                ? sequential.medianNanos() / median : Double.NaN;
        double taskNanos = Double.NaN;
        String taskBasis = null;
        if (sequential != null && sequential.latency() != null && sequential.latency().count() > 0) {
            taskNanos = sequential.latency().p50Nanos();
            taskBasis = "SEQUENTIAL p50";
        } else if (record.latency() != null && record.latency().count() > 0) {
            taskNanos = record.latency().p50Nanos();
            taskBasis = record.model() + " p50";
        }
        int carriers = record.model() == Model.SEQUENTIAL ? 1 : Math.max(1, record.concurrency());
        double ideal = Math.ceil((double) record.tasks() / carriers) * taskNanos;
        double cpu = record.fraction(record.cpuNanos());
        MedianInterval interval = MedianInterval.of(record.wallNanos());
        return new ModelAnalysis(record, arm, wall, interval, throughput, speedup, taskNanos, taskBasis, ideal,
                median > 0 ? ideal / median : Double.NaN, cpu, record.fraction(record.taskCpuNanos()),
                cores > 0 ? cpu / cores : Double.NaN, Durations.format(median),
                BaselineChange.range(interval.lowNanos(), interval.highNanos()));
    }

    public Model model() {
        return record.model();
    }

    /** Tasks per second of the interval's bounds, slowest first: the throughput's interval. */
    public double lowThroughputPerSecond() {
        return measured() ? record.tasks() * 1e9 / interval.highNanos() : Double.NaN;
    }

    public double highThroughputPerSecond() {
        return measured() ? record.tasks() * 1e9 / interval.lowNanos() : Double.NaN;
    }

    public boolean measured() {
        return wall != null;
    }

    public double medianNanos() {
        return measured() ? wall.median() : Double.NaN;
    }

    public double lowNanos() {
        return measured() ? interval.lowNanos() : Double.NaN;
    }

    public double highNanos() {
        return measured() ? interval.highNanos() : Double.NaN;
    }
}
