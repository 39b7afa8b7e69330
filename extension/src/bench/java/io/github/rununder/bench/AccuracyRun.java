package io.github.rununder.bench;

import static io.github.rununder.Model.SEQUENTIAL;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.Task;
import io.github.rununder.internal.junit.AccuracyBenchmark;
import java.time.Duration;

/**
 * The RunUnder half of the accuracy figure, run by the performance suite in fresh JVMs, as JMH
 * runs its half in forks of its own. Rounds of 2,000 tasks (some 22 ms), warmed for about as long
 * as JMH warms (250 rounds, some 5 s); prints {@code PER_TASK <ns>}: the median round's time
 * divided by its tasks. With rounds of 400 tasks (4 ms) the figure read 10.8–14.2 µs across
 * fresh JVMs on 2026-11-27 while the per-task median latency stayed at 9.4–9.8 µs: on short
 * rounds, a round's fixed cost (the hand-over to the carrier thread and back, the CPU clocks) and
 * the occasional slow task weigh more; with 2,000 tasks it read 11.1–11.8 µs.
 * Takes the task to measure as its argument: {@code hashing} (the default) or {@code arithmetic}.
 */
public final class AccuracyRun {

    static final int TASKS = 2000;
    private static final AccuracyBenchmark.Hashing HASHING = new AccuracyBenchmark.Hashing();
    private static final AccuracyBenchmark.Arithmetic ARITHMETIC = new AccuracyBenchmark.Arithmetic();

    private AccuracyRun() {}

    /** {@code hashing} or {@code arithmetic}: which of {@link AccuracyBenchmark}'s tasks to measure. */
    public static void main(String[] args) {
        Task task = args.length > 0 && args[0].equals("arithmetic") ? ARITHMETIC::task : HASHING::task;
        Comparison run = Compare.workload(task).model(SEQUENTIAL).tasks(TASKS).warmup(250).rounds(15)
                .timeout(Duration.ofMinutes(5)).run();
        System.out.println("PER_TASK " + run.figures(SEQUENTIAL).median().toNanos() / (double) TASKS);
    }
}
