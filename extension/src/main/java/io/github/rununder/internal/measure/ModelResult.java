package io.github.rununder.internal.measure;

import io.github.rununder.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything measured for one model of one comparison: its rounds, its per-task latencies,
 * worker start-up where there is one, and notes and warnings for people.
 *
 * <p>Append-only while the model is measured (more rounds may be added while an expectation is
 * undecided); read by the verdict, the node and the report. Appends come from the one thread
 * driving the rounds.
 */
public final class ModelResult {

    private final Model model;
    private final int tasks;
    private final int concurrency;
    private final int warmupRounds;
    private final RoundSeries rounds = new RoundSeries();
    private final Latencies latencies = new Latencies();
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long startupNanos = -1;
    private LoopBlocking loopBlocking;

    public ModelResult(Model model, int tasks, int concurrency, int warmupRounds) {
        this.model = model;
        this.tasks = tasks;
        this.concurrency = concurrency;
        this.warmupRounds = warmupRounds;
    }

    public Model model() {
        return model;
    }

    public int tasks() {
        return tasks;
    }

    public int concurrency() {
        return concurrency;
    }

    public int warmupRounds() {
        return warmupRounds;
    }

    /** The measured rounds; append with {@link RoundSeries#add(long, long)}. */
    public RoundSeries rounds() {
        return rounds;
    }

    /** Latencies of the tasks of the measured rounds. */
    public Latencies latencies() {
        return latencies;
    }

    /** Wall-time summary of the measured rounds; at least one round must have been measured. */
    public Summary wall() {
        return Summary.of(rounds.wallNanos());
    }

    /** Median wall time per round, in nanoseconds. */
    public double medianNanos() {
        return wall().median();
    }

    /**
     * Process CPU time over wall time of all measured rounds together, or {@code NaN} when the CPU
     * time is unknown. Can exceed 1 when several cores work.
     */
    public double cpuFraction() {
        return fraction(rounds.cpuNanos());
    }

    /**
     * CPU time of the threads that carried the tasks over wall time, all measured rounds together,
     * or {@code NaN} when unknown. Unlike {@link #cpuFraction()} it leaves out the JVM's own
     * threads (JIT compiler, garbage collector) and anything else the process does meanwhile.
     */
    public double taskCpuFraction() {
        return fraction(rounds.taskCpuNanos());
    }

    /**
     * The share of their running time the carrier threads spent computing: task-thread CPU time
     * over the time they were busy with tasks, less the time they waited for a core; {@code NaN}
     * where unknown. Near 1 for computing tasks even on an oversubscribed machine, near 0 for
     * tasks that wait on IO or timers.
     */
    public double computeShare() {
        long cpu = 0;
        long running = 0;
        for (RoundTiming round : rounds.all()) {
            if (round.taskCpuNanos() < 0 || round.carrierBusyNanos() <= 0 || round.carrierQueuedNanos() < 0) {
                return Double.NaN;
            }
            cpu += round.taskCpuNanos();
            running += Math.max(0, round.carrierBusyNanos() - round.carrierQueuedNanos());
        }
        return running == 0 ? Double.NaN : Math.min(1, (double) cpu / running);
    }

    /** The share of their busy time the carrier threads waited for a core; {@code NaN} where unknown. */
    public double queuedShare() {
        long busy = 0;
        long queued = 0;
        for (RoundTiming round : rounds.all()) {
            if (round.carrierBusyNanos() <= 0 || round.carrierQueuedNanos() < 0) {
                return Double.NaN;
            }
            busy += round.carrierBusyNanos();
            queued += round.carrierQueuedNanos();
        }
        return busy == 0 ? Double.NaN : (double) queued / busy;
    }

    private double fraction(long[] cpus) {
        long wall = 0;
        long cpu = 0;
        long[] walls = rounds.wallNanos();
        if (walls.length == 0) {
            return Double.NaN;
        }
        for (int i = 0; i < walls.length; i++) {
            if (cpus[i] < 0) {
                return Double.NaN;
            }
            wall += walls[i];
            cpu += cpus[i];
        }
        return wall == 0 ? Double.NaN : (double) cpu / wall;
    }

    /** Time from spawning workers until they were ready, or {@code -1} for in-process models. */
    public long startupNanos() {
        return startupNanos;
    }

    public void startupNanos(long nanos) {
        this.startupNanos = nanos;
    }

    /** What blocked the {@code ASYNC} event loop in the measured rounds, if anything did. */
    public java.util.Optional<LoopBlocking> loopBlocking() {
        return java.util.Optional.ofNullable(loopBlocking);
    }

    public void loopBlocking(LoopBlocking findings) {
        this.loopBlocking = findings;
    }

    /** Facts worth showing, such as "tasks offloaded to an executor of 4 threads". */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public void note(String note) {
        notes.add(note);
    }

    /** Reasons to distrust these figures, such as rounds that vary too much. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }
}
