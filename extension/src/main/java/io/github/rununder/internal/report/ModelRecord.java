package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.measure.LoopBlocking;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * What became of one model of a {@code @RunUnder} method: its node's status and, when it was
 * measured, the raw figures of its rounds. Derived figures (speed-up, efficiency, intervals) are
 * computed from these by {@link ModelAnalysis}, never stored apart from them.
 *
 * @param model the model
 * @param status how its node ended
 * @param message why it failed or was aborted, else {@code null}
 * @param tasks task invocations per round
 * @param concurrency carriers used: {@code 1} for {@code SEQUENTIAL}
 * @param warmup uncounted rounds declared
 * @param warmupRounds uncounted rounds the model's own run warmed up with: the declared ones and
 *     more while its code was not warm
 * @param roundsBasis which rounds the figures below are: {@code interleaved} (measured in cycles
 *     with the other models: what every comparison rests on) or {@code own} (the model's node alone,
 *     where it was compared with nothing)
 * @param ownWallNanos wall time of each of the model's own rounds, measured alone in its node
 * @param wallNanos wall time of each measured round; empty when nothing was measured
 * @param cpuNanos process CPU time of each round, {@code -1} where unknown
 * @param taskCpuNanos CPU time of the task carriers in each round, {@code -1} where unknown
 * @param busyNanos how long the task carriers were busy with each round's tasks, added up; {@code -1} where unknown
 * @param queuedNanos how long of that they waited for a core; {@code -1} where unknown
 * @param latency per-task latencies, or {@code null} when none were recorded
 * @param startupNanos worker start-up, {@code -1} for in-process models
 * @param notes facts worth showing, of its own run and of its interleaved rounds
 * @param warnings reasons to distrust the figures, of its own run and of its interleaved rounds
 * @param loopBlocking what blocked the {@code ASYNC} event loop, or {@code null}
 * @param time where the tasks' time went in the rounds the figures rest on, or {@code null} where no
 *     time budget was recorded
 * @param pinning where virtual threads were pinned to their carriers in those rounds; empty for other models
 */
public record ModelRecord(
        Model model,
        Status status,
        String message,
        int tasks,
        int concurrency,
        int warmup,
        int warmupRounds,
        String roundsBasis,
        long[] ownWallNanos,
        long[] wallNanos,
        long[] cpuNanos,
        long[] taskCpuNanos,
        long[] busyNanos,
        long[] queuedNanos,
        Latency latency,
        long startupNanos,
        List<String> notes,
        List<String> warnings,
        LoopBlocking loopBlocking,
        TimeBudget time,
        List<PinnedPark> pinning) {

    public ModelRecord {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        pinning = pinning == null ? List.of() : List.copyOf(pinning);
    }

    /** A record without a time budget nor pinned parks: a model whose rounds nothing recorded. */
    public ModelRecord(Model model, Status status, String message, int tasks, int concurrency, int warmup,
            int warmupRounds, String roundsBasis, long[] ownWallNanos, long[] wallNanos, long[] cpuNanos,
            long[] taskCpuNanos, long[] busyNanos, long[] queuedNanos, Latency latency, long startupNanos,
            List<String> notes, List<String> warnings, LoopBlocking loopBlocking) {
        this(model, status, message, tasks, concurrency, warmup, warmupRounds, roundsBasis, ownWallNanos, wallNanos,
                cpuNanos, taskCpuNanos, busyNanos, queuedNanos, latency, startupNanos, notes, warnings, loopBlocking,
                null, List.of());
    }

    /** Rounds measured interleaved with the other models. */
    static final String INTERLEAVED = "interleaved";

    /** The model's own rounds, where it was compared with nothing. */
    public static final String OWN = "own";

    /**
     * The record of a measured model: the rounds it was compared on, and its own run. The time
     * budget and the pinned parks are those of the rounds compared, as every other figure.
     */
    static ModelRecord of(ModelOutcome outcome, int declaredWarmup, Status status, String message) {
        ModelResult own = outcome.own();
        ModelResult compared = outcome.comparable().orElseThrow();
        List<RoundTiming> rounds = compared.rounds().all();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        own.notes().forEach(note -> notes.add(note.text()));
        own.warnings().forEach(warning -> warnings.add(warning.text()));
        if (compared != own) {
            compared.notes().forEach(note -> notes.add("interleaved: " + note.text()));
            compared.warnings().forEach(warning -> warnings.add("interleaved: " + warning.text()));
        }
        return new ModelRecord(outcome.model(), status, message, own.tasks(), own.concurrency(), declaredWarmup,
                own.warmupRounds(), compared == own ? OWN : INTERLEAVED, own.rounds().wallNanos(),
                column(rounds, RoundTiming::wallNanos), column(rounds, RoundTiming::cpuNanos),
                column(rounds, RoundTiming::taskCpuNanos), column(rounds, RoundTiming::carrierBusyNanos),
                column(rounds, RoundTiming::carrierQueuedNanos),
                compared.latencies().count() > 0 ? Latency.of(compared.latencies()) : null, own.startupNanos(),
                notes, warnings, own.loopBlocking().orElse(null), compared.timeBudget().orElse(null),
                pinning(own, compared));
    }

    /**
     * The pinned parks: those the watch saw in the model's own rounds (it runs there), else those
     * of the interleaved rounds, else those the time budget's recording saw.
     */
    private static List<PinnedPark> pinning(ModelResult own, ModelResult compared) {
        if (!own.pinning().isEmpty()) {
            return own.pinning();
        }
        if (!compared.pinning().isEmpty()) {
            return compared.pinning();
        }
        return compared.timeBudget().map(TimeBudget::pinned).orElse(List.of());
    }

    private static long[] column(List<RoundTiming> rounds, ToLongFunction<RoundTiming> field) {
        long[] values = new long[rounds.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = field.applyAsLong(rounds.get(i));
        }
        return values;
    }

    /** A model whose node ended without measurements. */
    public static ModelRecord unmeasured(Model model, Status status, String message, int tasks, int concurrency, int warmup) {
        return new ModelRecord(model, status, message, tasks, concurrency, warmup, 0, OWN, new long[0], new long[0],
                new long[0], new long[0], new long[0], new long[0], null, -1, List.of(), List.of(), null, null,
                List.of());
    }

    /** The same record with the node's final status; a node can fail after it measured (in {@code @AfterEach}). */
    ModelRecord withStatus(Status newStatus, String newMessage) {
        return new ModelRecord(model, newStatus, newMessage, tasks, concurrency, warmup, warmupRounds, roundsBasis,
                ownWallNanos, wallNanos, cpuNanos, taskCpuNanos, busyNanos, queuedNanos, latency, startupNanos, notes,
                warnings, loopBlocking, time, pinning);
    }

    /** Whether at least one round was measured. */
    public boolean measured() {
        return wallNanos.length > 0;
    }

    /** Wall-time summary of the measured rounds, if any. */
    Optional<Summary> wall() {
        return measured() ? Optional.of(Summary.of(wallNanos)) : Optional.empty();
    }

    /** Median round time, or {@code NaN} when nothing was measured. */
    double medianNanos() {
        return wall().map(Summary::median).orElse(Double.NaN);
    }

    /**
     * CPU time over wall time of all measured rounds together, from {@code cpu} (one of
     * {@link #cpuNanos()} and {@link #taskCpuNanos()}); {@code NaN} when a round's CPU time is unknown.
     * The same rule as {@link ModelResult#cpuFraction()}.
     */
    double fraction(long[] cpu) {
        long wall = 0;
        long busy = 0;
        if (wallNanos.length == 0 || cpu.length < wallNanos.length) {
            return Double.NaN;
        }
        for (int i = 0; i < wallNanos.length; i++) {
            if (cpu[i] < 0) {
                return Double.NaN;
            }
            wall += wallNanos[i];
            busy += cpu[i];
        }
        return wall == 0 ? Double.NaN : (double) busy / wall;
    }

    /**
     * The share of their running time the task carriers spent computing: the same rule as
     * {@link ModelResult#computeShare()}, over the stored rounds.
     */
    public double computeShare() {
        long cpu = 0;
        long running = 0;
        for (int i = 0; i < wallNanos.length; i++) {
            if (at(taskCpuNanos, i) < 0 || at(busyNanos, i) <= 0 || at(queuedNanos, i) < 0) {
                return Double.NaN;
            }
            cpu += taskCpuNanos[i];
            running += Math.max(0, busyNanos[i] - queuedNanos[i]);
        }
        return running == 0 ? Double.NaN : Math.min(1, (double) cpu / running);
    }

    /** The share of their busy time the carriers waited for a core: as {@link ModelResult#queuedShare()}. */
    public double queuedShare() {
        long busy = 0;
        long queued = 0;
        for (int i = 0; i < wallNanos.length; i++) {
            if (at(busyNanos, i) <= 0 || at(queuedNanos, i) < 0) {
                return Double.NaN;
            }
            busy += busyNanos[i];
            queued += queuedNanos[i];
        }
        return busy == 0 ? Double.NaN : (double) queued / busy;
    }

    private static long at(long[] values, int i) {
        return i < values.length ? values[i] : -1;
    }

    /** What the classifier judges: the task carriers' CPU share where known, else the process's. */
    WorkloadClassifier.Candidate candidate() {
        double taskCpu = fraction(taskCpuNanos);
        return new WorkloadClassifier.Candidate(model, concurrency, medianNanos(),
                Double.isNaN(taskCpu) ? fraction(cpuNanos) : taskCpu, computeShare(), queuedShare());
    }
}
