package io.github.rununder.bench;

import io.github.rununder.Model;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.engine.EngineSettings;
import io.github.rununder.internal.engine.Experiment;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.TaskInvoker;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.plan.PlanBuilder;
import io.github.rununder.internal.plan.Syntax;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What watching the ASYNC event loop for blocking costs a run in which nothing blocks: the same
 * workload (tasks that hand over a delayed stage, and tasks that return a completed one) with
 * detection on and off, alternating, whole model runs (probe, warm-up, rounds, findings) timed.
 * Target: at most 5% more, or 50 ms.
 *
 * <p>Run: {@code mvn -B -q -pl extension -Pbench verify -Dbench=AsyncDetectionOverheadBenchmark}.
 */
public final class AsyncDetectionOverheadBenchmark {

    private AsyncDetectionOverheadBenchmark() {}

    /** Medians of whole model runs with detection on and off, in nanoseconds. */
    public record Figures(String workload, double onNanos, double offNanos) {}

    public static void main(String[] args) throws Exception {
        measure(args.length > 0 ? Integer.parseInt(args[0]) : 15);
    }

    /** Measures both workloads, {@code repetitions} runs each way, alternating. */
    public static List<Figures> measure(int repetitions) throws Exception {
        return List.of(
                measure("100 delayed stages of 20 ms, 25 in flight", 100, 25, task -> task.completesWith(
                        CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS))),
                        repetitions),
                measure("10,000 completed stages, 100 in flight", 10_000, 100,
                        task -> task.completesWith(CompletableFuture.completedFuture(null)), repetitions));
    }

    private static Figures measure(String workload, int tasks, int concurrency, TaskInvoker invoker, int repetitions)
            throws Exception {
        Plan plan = new PlanBuilder("AsyncDetectionOverheadBenchmark", new TimeLimit(Duration.ofMinutes(2), "benchmark"),
                Syntax.calls())
                .models(List.of(Model.ASYNC)).tasks(tasks).concurrency(concurrency).warmup(1).rounds(5).build();
        long[] on = new long[repetitions];
        long[] off = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            off[i] = run(plan, invoker, BlockingMode.OFF);
            on[i] = run(plan, invoker, BlockingMode.REPORT);
        }
        Arrays.sort(on);
        Arrays.sort(off);
        long medianOn = on[repetitions / 2];
        long medianOff = off[repetitions / 2];
        System.out.printf(Locale.ROOT, "| ASYNC blocking detection, %s | %s on, %s off | %+.1f%% (%s) | ≤ 5%% or 50 ms |%n",
                workload, Durations.format(medianOn), Durations.format(medianOff),
                100.0 * (medianOn - medianOff) / medianOff, Durations.format(medianOn - medianOff));
        return new Figures(workload, medianOn, medianOff);
    }

    private static long run(Plan plan, TaskInvoker invoker, BlockingMode mode) throws Exception {
        long start = System.nanoTime();
        // The model's own run, as its node runs it: declared warm-up only, so that both sides do the same rounds.
        Experiment experiment = new Experiment(plan, new EngineSettings(false, Duration.ZERO, "none", Duration.ZERO,
                Runtime.getRuntime().availableProcessors()), Map.of());
        ModelResult result = experiment.measure(plan.levels().compared(Model.ASYNC),
                arm -> InProcessModels.open(arm, plan.tasks(), invoker, mode)).own();
        if (result.loopBlocking().isPresent()) {
            throw new IllegalStateException("nothing blocks in this workload, yet: " + result.loopBlocking().get());
        }
        return System.nanoTime() - start;
    }

}
