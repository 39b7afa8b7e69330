package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.report.NodeEntries;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import io.github.rununder.internal.stats.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report entries a model node publishes: one human summary and the figures behind it, every
 * key starting with {@code rununder.}. Durations are in nanoseconds where the key says
 * {@code Nanos}.
 */
final class ReportEntries {

    private ReportEntries() {}

    static Map<String, String> of(ModelResult result, Optional<ModelResult> baseline) {
        Summary wall = result.wall();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("rununder.summary", summary(result, wall, baseline));
        entries.put("rununder.model", result.model().name());
        entries.put("rununder.tasks", Integer.toString(result.tasks()));
        entries.put("rununder.concurrency", Integer.toString(result.concurrency()));
        entries.put("rununder.warmupRounds", Integer.toString(result.warmupRounds()));
        entries.put("rununder.rounds", Integer.toString(wall.count()));
        entries.put("rununder.medianNanos", Long.toString(Math.round(wall.median())));
        entries.put("rununder.minNanos", Long.toString(Math.round(wall.min())));
        entries.put("rununder.maxNanos", Long.toString(Math.round(wall.max())));
        entries.put("rununder.cv", percent(wall.coefficientOfVariation()));
        double cpu = result.cpuFraction();
        if (!Double.isNaN(cpu)) {
            entries.put("rununder.cpuOfWall", percent(cpu));
        }
        double taskCpu = result.taskCpuFraction();
        if (!Double.isNaN(taskCpu)) {
            entries.put("rununder.taskCpuOfWall", percent(taskCpu));
        }
        double compute = result.computeShare();
        if (!Double.isNaN(compute)) {
            entries.put("rununder.computeShare", percent(compute));
            entries.put("rununder.queuedForCore", percent(result.queuedShare()));
        }
        if (result.latencies().count() > 0) {
            entries.put("rununder.latency.p50Nanos", Long.toString(result.latencies().percentile(50)));
            entries.put("rununder.latency.p90Nanos", Long.toString(result.latencies().percentile(90)));
            entries.put("rununder.latency.p99Nanos", Long.toString(result.latencies().percentile(99)));
            entries.put("rununder.latency.maxNanos", Long.toString(result.latencies().max()));
        }
        if (result.startupNanos() >= 0) {
            entries.put("rununder.startupNanos", Long.toString(result.startupNanos()));
        }
        baseline.filter(b -> b != result)
                .ifPresent(b -> entries.put("rununder.speedup", String.format(Locale.ROOT, "%.3f",
                        b.medianNanos() / wall.median())));
        result.loopBlocking().ifPresent(blocking -> {
            entries.put("rununder.asyncBlocking", blocking.describe());
            entries.put("rununder.asyncBlockedNanos", Long.toString(blocking.blockedNanos()));
        });
        if (!result.notes().isEmpty()) {
            entries.put("rununder.notes", String.join("; ", result.notes()));
        }
        if (!result.warnings().isEmpty()) {
            entries.put("rununder.warnings", String.join("; ", result.warnings()));
        }
        entries.put(NodeEntries.RESULT, NodeEntries.result(result));
        return entries;
    }

    /**
     * The entries of the verdict node: each verdict ({@code rununder.verdict.N}, its outcome and
     * message), the confidence of the intervals, the extra rounds measured and, for each model that
     * got extra rounds, its warnings as they stand after them.
     */
    static Map<String, String> verdicts(List<Verdict> verdicts, AdaptiveVerdicts.Outcome outcome,
            Map<Model, ModelResult> results, double confidence) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            entries.put("rununder.verdict." + (i + 1), verdict.outcome() + ": " + verdict.message());
        }
        entries.put("rununder.verdict.confidence", String.format(Locale.ROOT, "%.1f%%", confidence * 100));
        if (!outcome.extraRounds().isEmpty()) {
            entries.put("rununder.verdict.extraRounds", outcome.extraRounds().entrySet().stream()
                    .map(e -> e.getKey() + " +" + e.getValue())
                    .collect(Collectors.joining(", ", "", " (" + outcome.looks() + (outcome.looks() == 1 ? " look, " : " looks, ")
                            + Durations.format(outcome.nanos()) + ")")));
        }
        for (Model model : outcome.extraRounds().keySet()) {
            ModelResult result = results.get(model);
            if (result != null && !result.warnings().isEmpty()) {
                entries.put("rununder.warnings." + model, String.join("; ", result.warnings()));
            }
        }
        return entries;
    }

    /** {@code 412 ms median of 5 rounds (±1.2%) · 7.8× vs SEQUENTIAL · CPU 3% of wall}. */
    static String summary(ModelResult result, Summary wall, Optional<ModelResult> baseline) {
        StringBuilder text = new StringBuilder()
                .append(Durations.format(wall.median()))
                .append(" median of ").append(wall.count()).append(wall.count() == 1 ? " round" : " rounds")
                .append(" (±").append(percent(wall.coefficientOfVariation())).append(')');
        baseline.filter(b -> b != result).ifPresent(b -> text.append(" · ")
                .append(Factors.format(b.medianNanos() / wall.median())).append(" vs ").append(Model.SEQUENTIAL));
        double taskCpu = result.taskCpuFraction();
        double cpu = Double.isNaN(taskCpu) ? result.cpuFraction() : taskCpu;
        if (!Double.isNaN(cpu)) {
            text.append(" · CPU ").append(percent(cpu)).append(" of wall");
        }
        if (result.startupNanos() >= 0) {
            text.append(" · + ").append(Durations.format(result.startupNanos())).append(" worker start-up");
        }
        return text.toString();
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
