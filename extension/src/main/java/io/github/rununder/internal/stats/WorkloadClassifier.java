package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies a workload from CPU time against wall time.
 *
 * <p>The basis is the {@link Model#SEQUENTIAL} baseline, where one task runs at a time, so CPU
 * time over wall time is the share of a task spent computing. The CPU time is that of the threads
 * that carried the tasks where it is known (precise to the nanosecond, and blind to the JIT
 * compiler and garbage collector), else the process's (10 ms ticks on Linux, everything
 * included). Where Linux tells how long those threads waited for a core, that time is left out of
 * the wall time ({@link ModelResult#computeShare()}): on an oversubscribed machine a computing
 * task is not mistaken for one that waits on IO. Without a sequential baseline, an in-process model
 * at concurrency 1 (a sweep's lowest level, which runs one task at a time as {@code SEQUENTIAL}
 * does) is used; without one either, the fastest in-process model, its CPU share divided by the
 * cores it could keep busy ({@code min(concurrency, available processors)}).
 * Forked models are not used: their CPU time includes JVM start-up work.
 *
 * <p>Thresholds: a share of at least {@value #CPU_BOUND_FROM} is CPU-bound, below
 * {@value #IO_BOUND_BELOW} IO-bound, anything between mixed. The JVM's own threads (JIT
 * compiler, garbage collector) add a few per cent to any workload, which the IO threshold allows for.
 */
public final class WorkloadClassifier {

    /** CPU share from which a workload counts as CPU-bound. */
    public static final double CPU_BOUND_FROM = 0.75;

    /** CPU share below which a workload counts as IO-bound. */
    public static final double IO_BOUND_BELOW = 0.25;

    private final int cores;

    public WorkloadClassifier(int cores) {
        this.cores = cores;
    }

    /**
     * What the classifier needs of one measured model: the report builds these from stored rounds
     * without rebuilding a {@link ModelResult} and its latency histogram.
     *
     * @param model the model
     * @param concurrency its carriers
     * @param medianNanos its median round time
     * @param cpuFraction CPU time of its task carriers (else of the process) over wall time, {@code NaN} when unknown
     * @param computeShare as {@link ModelResult#computeShare()}, {@code NaN} when unknown
     * @param queuedShare as {@link ModelResult#queuedShare()}, {@code NaN} when unknown
     */
    public record Candidate(Model model, int concurrency, double medianNanos, double cpuFraction, double computeShare,
            double queuedShare) {}

    /** Classifies from the given results; empty when no suitable model has CPU measurements. */
    public Optional<Classification> classify(Map<Arm, ModelResult> results) {
        return classify(results.values().stream()
                .map(r -> new Candidate(r.model(), r.concurrency(), r.medianNanos(), cpuFraction(r), r.computeShare(),
                        r.queuedShare()))
                .toList());
    }

    /** Classifies from the given models; empty when no suitable model has CPU measurements. */
    public Optional<Classification> classify(Collection<Candidate> models) {
        Candidate basis = null;
        for (Candidate candidate : models) {
            if (candidate.model() == Model.SEQUENTIAL && !Double.isNaN(candidate.cpuFraction())) {
                basis = candidate;
            }
        }
        if (basis == null) {
            // A sweep's level 1 runs one task at a time, as SEQUENTIAL does; its highest levels may
            // spend their time scheduling a thousand carriers rather than on the tasks.
            basis = models.stream()
                    .filter(c -> c.model().inProcess() && c.concurrency() == 1 && !Double.isNaN(c.cpuFraction()))
                    .min(Comparator.comparingDouble(Candidate::medianNanos))
                    .orElse(null);
        }
        if (basis == null) {
            basis = models.stream()
                    .filter(c -> c.model().inProcess() && !Double.isNaN(c.cpuFraction()))
                    .min(Comparator.comparingDouble(Candidate::medianNanos))
                    .orElse(null);
        }
        if (basis == null) {
            return Optional.empty();
        }
        double share = basis.computeShare();
        if (Double.isNaN(share)) {
            int busyCores = basis.model() == Model.SEQUENTIAL ? 1 : Math.max(1, Math.min(basis.concurrency(), cores));
            share = Math.min(1, basis.cpuFraction() / busyCores);
        }
        WorkloadKind kind = share >= CPU_BOUND_FROM ? WorkloadKind.CPU_BOUND
                : share < IO_BOUND_BELOW ? WorkloadKind.IO_BOUND : WorkloadKind.MIXED;
        return Optional.of(new Classification(kind, share, basis.queuedShare(), basis.model()));
    }

    private static double cpuFraction(ModelResult result) {
        double tasks = result.taskCpuFraction();
        return Double.isNaN(tasks) ? result.cpuFraction() : tasks;
    }
}
