package io.github.rununder.internal.measure;

import io.github.rununder.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything measured for one model of one comparison: its rounds, its per-task latencies,
 * worker start-up where there is one, and notes and warnings for people.
 *
 * <p>Append-only while the model is measured; read by the verdict, the node and the report.
 * Appends come from the one thread driving the rounds. Once the comparison is over it is
 * {@linkplain #freeze() frozen}: from then on it cannot change, and every append throws.
 */
public final class ModelResult {

    private final Arm arm;
    private final int tasks;
    private final int warmupRounds;
    private final RoundSeries rounds = new RoundSeries();
    private final Latencies latencies = new Latencies();
    private final List<Note> notes = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private long startupNanos = -1;
    private LoopBlocking loopBlocking;
    private TimeBudget timeBudget;
    private List<PinnedPark> pinning = List.of();
    private volatile boolean frozen;

    /** The result of {@code model} at {@code concurrency} in a comparison of that one concurrency. */
    public ModelResult(Model model, int tasks, int concurrency, int warmupRounds) {
        this(Arm.of(model, concurrency), tasks, warmupRounds);
    }

    public ModelResult(Arm arm, int tasks, int warmupRounds) {
        this.arm = arm;
        this.tasks = tasks;
        this.warmupRounds = warmupRounds;
    }

    /** The model and concurrency these rounds are of. */
    public Arm arm() {
        return arm;
    }

    public Model model() {
        return arm.model();
    }

    public int tasks() {
        return tasks;
    }

    public int concurrency() {
        return arm.concurrency();
    }

    public int warmupRounds() {
        return warmupRounds;
    }

    /** The measured rounds, in the order they ran. */
    public RoundSeries rounds() {
        return rounds;
    }

    /** Appends a measured round. */
    public void add(RoundTiming round) {
        requireOpen();
        rounds.add(round);
    }

    /** Ends appending: the result is final from now on. */
    public void freeze() {
        frozen = true;
        rounds.freeze();
    }

    private void requireOpen() {
        if (frozen) {
            throw new IllegalStateException(arm + "'s result is final: the comparison is over");
        }
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
        requireOpen();
        this.startupNanos = nanos;
    }

    /** What blocked the {@code ASYNC} event loop in the measured rounds, if anything did. */
    public Optional<LoopBlocking> loopBlocking() {
        return Optional.ofNullable(loopBlocking);
    }

    public void loopBlocking(LoopBlocking findings) {
        requireOpen();
        this.loopBlocking = findings;
    }

    /** Where the tasks' time went in the rounds that were recorded for it, if any were. */
    public synchronized Optional<TimeBudget> timeBudget() {
        return Optional.ofNullable(timeBudget);
    }

    public synchronized void timeBudget(TimeBudget budget) {
        requireOpen();
        this.timeBudget = budget;
    }

    /** Where virtual threads were pinned to their carriers while parked; empty for other models. */
    public synchronized List<PinnedPark> pinning() {
        return pinning;
    }

    public synchronized void pinning(List<PinnedPark> parks) {
        requireOpen();
        this.pinning = List.copyOf(parks);
    }

    /** Facts worth showing, such as "tasks offloaded to an executor of 4 threads". */
    public synchronized List<Note> notes() {
        return List.copyOf(notes);
    }

    public synchronized void note(Note note) {
        requireOpen();
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Reasons to distrust these figures, such as rounds that vary too much. */
    public synchronized List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /** Whether a warning of {@code kind} was given. */
    public synchronized boolean warned(Warning.Kind kind) {
        return warnings.stream().anyMatch(warning -> warning.kind() == kind);
    }

    /** Withdraws the warning of {@code kind}, if there is one: the figures no longer call for it. */
    public synchronized void withdraw(Warning.Kind kind) {
        requireOpen();
        warnings.removeIf(earlier -> earlier.kind() == kind);
    }

    /** Adds {@code warning}, replacing an earlier one of the same kind, whose figures it supersedes. */
    public synchronized void warn(Warning warning) {
        requireOpen();
        warnings.removeIf(earlier -> earlier.kind() == warning.kind());
        warnings.add(warning);
    }
}
