package io.github.rununder;

import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.measure.Warning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one model measured in a {@link Comparison}: its rounds, their spread, CPU use, per-task
 * latencies, worker start-up, and warnings for people. Immutable. The figures are those of the
 * rounds measured interleaved with the other models, on which every comparison rests; the
 * model's own rounds, measured alone before them, are {@link #ownRounds()}.
 *
 * <pre>{@code
 * ModelFigures threads = comparison.figures(Model.THREADS);
 * threads.median();                  // PT0.0213S
 * threads.coefficientOfVariation();  // 0.012
 * threads.warnings();                // [] when the rounds were steady
 * }</pre>
 */
public final class ModelFigures {

    private final ModelOutcome outcome;
    private final ModelResult result;
    private final Summary wall;
    private final List<Duration> rounds;
    private final List<Duration> ownRounds;
    private final List<String> notes;
    private final List<String> warnings;

    /** The figures of a measured model of a finished comparison, whose results are frozen. */
    ModelFigures(ModelOutcome outcome) {
        this.outcome = outcome;
        this.result = outcome.comparable().orElseThrow();
        this.wall = result.wall();
        this.rounds = durations(result);
        this.ownRounds = durations(outcome.own());
        this.notes = texts(outcome.own().notes().stream().map(Note::text).toList(),
                result == outcome.own() ? List.of() : result.notes().stream().map(Note::text).toList());
        this.warnings = texts(outcome.own().warnings().stream().map(Warning::text).toList(),
                result == outcome.own() ? List.of() : result.warnings().stream().map(w -> "interleaved: " + w.text())
                        .toList());
    }

    private static List<Duration> durations(ModelResult result) {
        return Arrays.stream(result.rounds().wallNanos()).mapToObj(Duration::ofNanos).toList();
    }

    private static List<String> texts(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(new ArrayList<>(all));
    }

    /** The model these figures are of. */
    public Model model() {
        return result.model();
    }

    /** Task invocations per round. */
    public int tasks() {
        return result.tasks();
    }

    /** The threads, workers or in-flight tasks the model used; {@code 1} for {@link Model#SEQUENTIAL}. */
    public int concurrency() {
        return result.concurrency();
    }

    /**
     * Uncounted rounds the model's own run warmed up with: the declared ones, and more while its
     * code was still being compiled (see {@link RunUnder#WARMUP_LIMIT_PROPERTY_NAME}).
     */
    public int warmupRounds() {
        return outcome.own().warmupRounds();
    }

    /**
     * The wall time of every round the comparisons rest on, in the order they ran: measured
     * interleaved with the other models, extra rounds for undecided claims included; the model's
     * own rounds when nothing else was measured.
     */
    public List<Duration> rounds() {
        return rounds;
    }

    /** The wall time of the model's own rounds, measured alone before the interleaved ones. */
    public List<Duration> ownRounds() {
        return ownRounds;
    }

    /** The median wall time of a round. */
    public Duration median() {
        return nanos(wall.median());
    }

    /** The fastest round. */
    public Duration min() {
        return nanos(wall.min());
    }

    /** The slowest round. */
    public Duration max() {
        return nanos(wall.max());
    }

    /** Standard deviation of the rounds over their mean; above 0.1 the model carries an "unstable" warning. */
    public double coefficientOfVariation() {
        return wall.coefficientOfVariation();
    }

    /** Tasks completed per second, from the median round. */
    public double tasksPerSecond() {
        return result.tasks() / (wall.median() / 1e9);
    }

    /**
     * CPU time over wall time of the measured rounds: that of the threads that carried the tasks
     * where known, else of the whole process; above 1 when several cores worked. {@code NaN} when
     * the JVM cannot tell.
     */
    public double cpuShare() {
        double tasks = result.taskCpuFraction();
        return Double.isNaN(tasks) ? result.cpuFraction() : tasks;
    }

    /** The latency of one task at {@code percentile} (0 to 100), over the measured rounds. */
    public Duration latency(double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("latency(" + percentile + "): the percentile must be from 0 to 100");
        }
        return Duration.ofNanos(result.latencies().percentile(percentile));
    }

    /** How long the workers took to start, for {@link Model#PROCESSES}; empty for in-process models. */
    public Optional<Duration> startup() {
        long startup = outcome.own().startupNanos();
        return startup < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(startup));
    }

    /** Facts about how the model ran the tasks, such as "blocking tasks offloaded to an executor". */
    public List<String> notes() {
        return notes;
    }

    /** Reasons to distrust these figures: rounds that vary too much, or are too short to time. */
    public List<String> warnings() {
        return warnings;
    }

    /** {@code THREADS: 16 tasks, 21.3 ms median of 5 rounds (±1.2%)}; in a sweep with the level, {@code THREADS ×4: ...}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d tasks, %s median of %d rounds (±%.1f%%)", outcome.arm(), tasks(),
                Durations.format(wall.median()), wall.count(), wall.coefficientOfVariation() * 100);
    }

    private static Duration nanos(double nanos) {
        return Duration.ofNanos(Math.round(nanos));
    }
}
