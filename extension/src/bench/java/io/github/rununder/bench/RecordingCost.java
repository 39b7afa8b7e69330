package io.github.rununder.bench;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.model.TaskInvoker;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.internal.profile.PinningWatch;
import io.github.rununder.internal.profile.TaskRecording;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * What recording costs the rounds it records, measured on one session of a model: blocks of rounds
 * with the recorder on alternate with blocks with it off, in the order on, off, off, on, on, off, ...
 * so that each side follows the other as often as itself (reading a recording leaves garbage the
 * next block collects). A recording covers a whole block, as the explanation's recording covers a
 * model's declared rounds; starting it and reading it happen between rounds, outside their timing.
 * One repetition is one fresh session; its figure is the median round on over the median round off.
 */
final class RecordingCost {

    /** Rounds under one recording, as many as a plan declares by default. */
    static final int BLOCK = 5;

    /** Warm-up rounds before the first block: enough for the JIT to have compiled a round of 100,000 tasks. */
    static final int WARMUP = 10;

    private static final TimeLimit LIMIT = new TimeLimit(Duration.ofMinutes(10), "ExplanationBenchmark");

    /** What is switched on and off: a recording, or the pinning watch. */
    enum Switch {
        RECORDING, PINNING_WATCH
    }

    /** One workload under one model. */
    record Case(String workload, Arm arm, int tasks, TaskInvoker invoker, Switch what) {}

    /** The figures of one case: each repetition's medians, on and off, in nanoseconds, of so many rounds each way. */
    record Figures(Case measured, int rounds, long[] onMedians, long[] offMedians) {

        double[] ratios() {
            double[] ratios = new double[onMedians.length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = (double) onMedians[i] / offMedians[i];
            }
            return ratios;
        }

        /** The median of the repetitions' ratios. */
        double ratio() {
            return median(ratios());
        }

        double minRatio() {
            return Arrays.stream(ratios()).min().orElse(Double.NaN);
        }

        double maxRatio() {
            return Arrays.stream(ratios()).max().orElse(Double.NaN);
        }
    }

    private RecordingCost() {}

    /**
     * Measures {@code measured}: {@code repetitions} fresh sessions, each warmed up, then
     * {@code blocks} blocks of {@link #BLOCK} rounds each way.
     */
    static Figures measure(Case measured, int repetitions, int blocks) throws TimeoutException {
        long[] on = new long[repetitions];
        long[] off = new long[repetitions];
        for (int repetition = 0; repetition < repetitions; repetition++) {
            List<Long> onRounds = new ArrayList<>();
            List<Long> offRounds = new ArrayList<>();
            Deadline deadline = Deadline.start(LIMIT);
            try (ModelSession session = InProcessModels.open(measured.arm(), measured.tasks(), measured.invoker())) {
                session.prepare(-WARMUP - 1, deadline);
                for (int round = -WARMUP; round < 0; round++) {
                    session.runRound(round, null, deadline);
                }
                int round = 0;
                for (int block = 0; block < 2 * blocks; block++) {
                    boolean recorded = block % 4 == 0 || block % 4 == 3;
                    List<Long> into = recorded ? onRounds : offRounds;
                    round = recorded ? recordedBlock(measured.what(), session, round, deadline, into)
                            : block(session, round, deadline, into);
                }
                session.finish(deadline);
            }
            on[repetition] = medianOf(onRounds);
            off[repetition] = medianOf(offRounds);
            System.out.printf(Locale.ROOT, "%s, %s, %s: repetition %d, median round %.3f ms on, %.3f ms off (%.3f×)%n",
                    measured.workload(), measured.arm(), measured.what(), repetition + 1, on[repetition] / 1e6,
                    off[repetition] / 1e6, (double) on[repetition] / off[repetition]);
        }
        return new Figures(measured, blocks * BLOCK, on, off);
    }

    private static int recordedBlock(Switch what, ModelSession session, int round, Deadline deadline, List<Long> into)
            throws TimeoutException {
        if (what == Switch.RECORDING) {
            try (TaskRecording recording = TaskRecording.start()) {
                int next = block(session, round, deadline, into);
                recording.stop();
                return next;
            }
        }
        Supplier<IllegalStateException> none = () -> new IllegalStateException("no pinning watch on this JVM");
        try (PinningWatch watch = PinningWatch.start().orElseThrow(none)) {
            int next = block(session, round, deadline, into);
            watch.stop();
            return next;
        }
    }

    private static int block(ModelSession session, int round, Deadline deadline, List<Long> into)
            throws TimeoutException {
        for (int i = 0; i < BLOCK; i++) {
            into.add(session.runRound(round + i, null, deadline).wallNanos());
        }
        return round + BLOCK;
    }

    private static long medianOf(List<Long> rounds) {
        return Math.round(median(rounds.stream().mapToDouble(Long::doubleValue).toArray()));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The efficiency workload: 100 sleeps of 20 ms at concurrency 25 (under ASYNC, stages a timer completes). */
    static Case efficiency(Model model, Switch what) {
        PerfTasks.Nap20 nap = new PerfTasks.Nap20();
        return new Case("100 sleeps of 20 ms", Arm.of(model, 25), 100, nap::run, what);
    }

    /** The dispatch workload: {@code tasks} tasks that do nothing. */
    static Case dispatch(Model model, int concurrency, int tasks) {
        return new Case(String.format(Locale.ROOT, "%,d empty tasks", tasks), Arm.of(model, concurrency), tasks,
                task -> {}, Switch.RECORDING);
    }
}
