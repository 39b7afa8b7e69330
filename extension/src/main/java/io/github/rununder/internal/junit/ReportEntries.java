package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.engine.ModelScaling;
import io.github.rununder.internal.engine.Recommendation;
import io.github.rununder.internal.engine.VerdictRun;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.internal.measure.Pinning;
import io.github.rununder.internal.stats.Explanation;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.SignificantDigits;
import io.github.rununder.internal.stats.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report entries the nodes publish, for people: IDEs and the Console Launcher print each under
 * its node. A summary line and a few named figures, every key starting with {@code rununder.};
 * durations in nanoseconds where the key says {@code Nanos}. The report listener gets the full
 * result another way.
 */
final class ReportEntries {

    /** The one-line summary of a node. */
    static final String SUMMARY = "rununder.summary";

    private ReportEntries() {}

    /** The entries of a model node: its own rounds. */
    static Map<String, String> model(ModelOutcome outcome, ModelOutcome sequential) {
        ModelResult result = outcome.own();
        Summary wall = result.wall();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(SUMMARY, summary(outcome, sequential));
        entries.put("rununder.model", result.model().name());
        entries.put("rununder.tasks", Integer.toString(result.tasks()));
        entries.put("rununder.concurrency", Integer.toString(result.concurrency()));
        entries.put("rununder.warmupRounds", Integer.toString(result.warmupRounds()));
        entries.put("rununder.rounds", Integer.toString(wall.count()));
        entries.put("rununder.medianNanos", Long.toString(Math.round(wall.median())));
        entries.put("rununder.tasksPerSecond", String.format(Locale.ROOT, "%.1f", tasksPerSecond(result)));
        entries.put("rununder.cv", percent(wall.coefficientOfVariation()));
        double cpu = result.cpuFraction();
        if (!Double.isNaN(cpu)) {
            entries.put("rununder.cpuOfWall", percent(cpu));
        }
        double compute = result.computeShare();
        if (!Double.isNaN(compute)) {
            entries.put("rununder.computeShare", percent(compute));
            entries.put("rununder.queuedForCore", percent(result.queuedShare()));
        }
        if (result.latencies().count() > 0) {
            entries.put("rununder.latency.p50Nanos", Long.toString(result.latencies().percentile(50)));
            entries.put("rununder.latency.p99Nanos", Long.toString(result.latencies().percentile(99)));
        }
        if (result.startupNanos() >= 0) {
            entries.put("rununder.startupNanos", Long.toString(result.startupNanos()));
        }
        if (sequential != null && sequential.measured() && outcome.model() != Model.SEQUENTIAL) {
            entries.put("rununder.speedup", String.format(Locale.ROOT, "%.3f", sequential.own().medianNanos() / wall.median()));
        }
        if (outcome.warmup() != null) {
            entries.put("rununder.warmup", outcome.warmup().describe());
        }
        result.loopBlocking().ifPresent(blocking -> entries.put("rununder.asyncBlocking", blocking.describe()));
        if (!result.pinning().isEmpty()) {
            entries.put("rununder.pinning", Pinning.describe(result.pinning()));
        }
        List<Note> notes = result.notes().stream().filter(note -> note.kind() != Note.Kind.WARMUP).toList();
        if (!notes.isEmpty()) {
            entries.put("rununder.notes", notes.stream().map(Note::text).collect(Collectors.joining("; ")));
        }
        List<Warning> warnings = result.warnings().stream()
                .filter(w -> w.kind() != Warning.Kind.LOOP_BLOCKED && w.kind() != Warning.Kind.PINNED).toList();
        if (!warnings.isEmpty()) {
            entries.put("rununder.warnings", warnings.stream().map(Warning::text).collect(Collectors.joining("; ")));
        }
        return entries;
    }

    /**
     * {@code 412 ms median of 5 rounds (±1.2%) · 7.8× vs SEQUENTIAL · CPU 3% of wall · warm-up: 3 rounds}:
     * the model's own rounds, and its speed against the sequential model's own rounds.
     */
    static String summary(ModelOutcome outcome, ModelOutcome sequential) {
        ModelResult result = outcome.own();
        Summary wall = result.wall();
        StringBuilder text = new StringBuilder()
                .append(Durations.format(wall.median()))
                .append(" median of ").append(wall.count()).append(wall.count() == 1 ? " round" : " rounds")
                .append(" (±").append(percent(wall.coefficientOfVariation())).append(')');
        if (outcome.arm().swept()) {
            text.append(" · ").append(SignificantDigits.of(tasksPerSecond(result), 3)).append(" tasks/s");
        }
        if (sequential != null && sequential.measured() && outcome.model() != Model.SEQUENTIAL) {
            text.append(" · ").append(Factors.format(sequential.own().medianNanos() / wall.median())).append(" vs ")
                    .append(Model.SEQUENTIAL);
        }
        double taskCpu = result.taskCpuFraction();
        double cpu = Double.isNaN(taskCpu) ? result.cpuFraction() : taskCpu;
        if (!Double.isNaN(cpu)) {
            text.append(" · CPU ").append(percent(cpu)).append(" of wall");
        }
        if (result.startupNanos() >= 0) {
            text.append(" · + ").append(Durations.format(result.startupNanos())).append(" worker start-up");
        }
        if (outcome.warmup() != null && outcome.warmup().extra() > 0) {
            text.append(" · ").append(outcome.warmup().describe());
        }
        return text.toString();
    }

    /**
     * The entries of the verdict node: a summary, each verdict ({@code rununder.verdict.N}, its
     * outcome and message), the rounds the comparison rests on, the classification, the fastest and
     * the recommended model, and the warnings the interleaved rounds gave.
     */
    static Map<String, String> verdict(ExperimentResult result, double confidence) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(SUMMARY, verdictSummary(result));
        List<Verdict> verdicts = result.verdicts();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            entries.put("rununder.verdict." + (i + 1), verdict.outcome() + ": " + verdict.message());
        }
        if (!verdicts.isEmpty()) {
            entries.put("rununder.verdict.confidence", String.format(Locale.ROOT, "%.1f%%", confidence * 100));
        }
        result.verdictRun().ifPresent(run -> entries.put("rununder.verdict.rounds", rounds(result, run)));
        result.recommendation().ifPresent(r -> entries.put("rununder.recommended", recommended(result) + ": "
                + r.reason()));
        List<Explanation> explanations = result.explanations();
        for (int i = 0; i < explanations.size(); i++) {
            entries.put("rununder.explanation." + (i + 1), explanations.get(i).text());
        }
        for (ModelOutcome outcome : result.models()) {
            if (outcome.interleaved() != null) {
                outcome.interleaved().timeBudget().ifPresent(budget -> entries.put("rununder.time." + key(outcome.arm()),
                        budget.describe()));
            }
        }
        for (ModelScaling scaling : result.scaling()) {
            entries.put("rununder.scaling." + scaling.model(), scaling.describe());
            scaling.usl().ifPresent(usl -> entries.put("rununder.scaling." + scaling.model() + ".fit", usl.describe()));
        }
        for (ModelOutcome outcome : result.models()) {
            if (outcome.interleaved() != null && !outcome.interleaved().warnings().isEmpty()) {
                entries.put("rununder.warnings." + key(outcome.arm()), outcome.interleaved().warnings().stream()
                        .map(Warning::text).collect(Collectors.joining("; ")));
            }
        }
        if (!result.warnings().isEmpty()) {
            entries.put("rununder.warnings", result.warnings().stream().map(Warning::text)
                    .collect(Collectors.joining("; ")));
        }
        return entries;
    }

    /**
     * {@code IO-bound (CPU 3% of wall) · fastest: ASYNC · 2 of 2 expectations hold}; a sweep adds the
     * recommended model and level, {@code recommended: VIRTUAL_THREADS ≤16}.
     */
    private static String verdictSummary(ExperimentResult result) {
        StringBuilder text = new StringBuilder();
        result.classification().map(Classification::describe).ifPresent(text::append);
        result.fastest().ifPresent(model -> text.append(text.length() == 0 ? "" : " · ").append("fastest: ").append(model));
        if (result.plan().swept() && result.recommendation().isPresent()) {
            text.append(text.length() == 0 ? "" : " · ").append("recommended: ").append(recommended(result));
        }
        List<Verdict> verdicts = result.verdicts();
        if (!verdicts.isEmpty()) {
            long holding = verdicts.stream().filter(v -> v.outcome() == Verdict.Outcome.HOLDS).count();
            text.append(text.length() == 0 ? "" : " · ").append(holding).append(" of ").append(verdicts.size())
                    .append(verdicts.size() == 1 ? " expectation holds" : " expectations hold");
        }
        return text.length() == 0 ? "nothing to compare" : text.toString();
    }

    /**
     * {@code 5 interleaved rounds each; SEQUENTIAL +10, THREADS +10 while a claim was undecided (2 looks, 1.20 s)};
     * in a sweep the extra rounds name their level, {@code THREADS ×1 +10}.
     */
    private static String rounds(ExperimentResult result, VerdictRun run) {
        StringBuilder text = new StringBuilder().append(run.roundsEach())
                .append(run.roundsEach() == 1 ? " interleaved round each" : " interleaved rounds each");
        if (run.roundsEach() < run.roundsAsked()) {
            text.append(" (of ").append(run.roundsAsked()).append(" asked: the time limit allowed no more)");
        }
        if (!run.extraRounds().isEmpty()) {
            text.append("; ").append(run.extraRounds().entrySet().stream().map(e -> e.getKey() + " +" + e.getValue())
                    .collect(Collectors.joining(", "))).append(" while a claim was undecided (").append(run.looks())
                    .append(run.looks() == 1 ? " look, " : " looks, ").append(Durations.format(run.extraNanos()))
                    .append(')');
        }
        return text.toString();
    }

    /** {@code VIRTUAL_THREADS}, or in a sweep with its level, {@code VIRTUAL_THREADS ≤16}. */
    private static String recommended(ExperimentResult result) {
        Recommendation recommendation = result.recommendation().orElseThrow();
        return result.plan().levels().arm(recommendation.model(), recommendation.concurrency()).toString();
    }

    /** {@code THREADS}, or in a sweep with its level, {@code THREADS.8}: a key for each arm. */
    private static String key(Arm arm) {
        return arm.swept() && arm.model() != Model.SEQUENTIAL ? arm.model() + "." + arm.concurrency() : arm.model().name();
    }

    /** Tasks completed per second in the median round. */
    private static double tasksPerSecond(ModelResult result) {
        return result.tasks() / (result.medianNanos() / 1e9);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
