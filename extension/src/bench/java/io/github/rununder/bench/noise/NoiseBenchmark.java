package io.github.rununder.bench.noise;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.Task;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.ResultAccess;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.Verdict;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does the verdict engine stay right when another program competes for the machine? With a CPU
 * hog on one core, each workload's true speed ratio (THREADS over SEQUENTIAL) is measured first;
 * then a true claim (half that ratio) and a false one (one and a half times it) are each decided
 * {@code noise.runs} times, from scratch, by {@code Compare.workload(...).expectFaster(...).run()}
 * and the engine the annotations use. A true claim must never fail; a false one must be caught at
 * least 29 times in 30. Figures go to the file named by the first argument.
 */
public final class NoiseBenchmark {

    private static final int CALIBRATION_RUNS = 3;

    private record Workload(String name, String description, Task task, int tasks, int concurrency) {}

    private NoiseBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = Integer.getInteger("noise.runs", 30);
        List<Workload> workloads = List.of(
                new Workload("naps", "16 tasks sleeping 5 ms, THREADS ×8 against SEQUENTIAL", new Nap(), 16, 8),
                new Workload("SHA-256", "16 tasks hashing 1.25 MiB each, THREADS ×2 against SEQUENTIAL", new Sha256(), 16, 2));
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        StringBuilder table = new StringBuilder();
        String hogDescription;
        boolean met = true;
        try (CpuHog hog = CpuHog.start()) {
            hogDescription = hog.description();
            for (Workload workload : workloads) {
                double ratio = calibrate(workload);
                log("%s: true ratio %.2f×", workload.name(), ratio);
                Trials holds = trials(workload, ratio / 2, runs);
                Trials fails = trials(workload, ratio * 1.5, runs);
                table.append(row(workload, ratio, "true: half the ratio", ratio / 2, holds));
                table.append(row(workload, ratio, "false: 1.5 × the ratio", ratio * 1.5, fails));
                int wronglyFailed = runs - holds.count(Verdict.Outcome.HOLDS);
                int caught = runs - fails.count(Verdict.Outcome.HOLDS);
                met &= wronglyFailed == 0 && caught >= runs - runs / 30;
            }
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        Files.createDirectories(out.getParent());
        Files.writeString(out, report(started, loadBefore, hogDescription, runs, table.toString(), minutes, met));
        log("wrote %s (%.1f min)", out, minutes);
    }

    /** The ratio a long run finds: the median of a few estimates from 20 rounds each. */
    private static double calibrate(Workload workload) {
        double[] estimates = new double[CALIBRATION_RUNS];
        for (int i = 0; i < CALIBRATION_RUNS; i++) {
            ExperimentResult result = ResultAccess.of(compare(workload).warmup(2).rounds(20).run());
            ModelResult threads = result.model(THREADS).orElseThrow().comparable().orElseThrow();
            ModelResult sequential = result.model(SEQUENTIAL).orElseThrow().comparable().orElseThrow();
            estimates[i] = new IntervalVerdictEngine().ratio(threads, sequential).estimate();
        }
        return Trials.median(estimates);
    }

    private static Trials trials(Workload workload, double atLeast, int runs) {
        Trials trials = new Trials();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Comparison comparison = compare(workload).expectFaster(THREADS, SEQUENTIAL, atLeast).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            // The claim as the comparison decided it, contention review included.
            Verdict verdict = ResultAccess.of(comparison).verdicts().get(0);
            trials.add(verdict.outcome(), seconds, comparison.figures(THREADS).rounds().size());
            log("%s, at least %.2f×: %s in %.2f s, %d rounds each", workload.name(), atLeast, verdict.outcome(), seconds,
                    comparison.figures(THREADS).rounds().size());
        }
        return trials;
    }

    private static Compare compare(Workload workload) {
        return Compare.workload(workload.task()).model(SEQUENTIAL, THREADS).tasks(workload.tasks())
                .concurrency(workload.concurrency()).budget(Duration.ofSeconds(30));
    }

    private static String row(Workload workload, double ratio, String claim, double atLeast, Trials trials) {
        return String.format(Locale.ROOT, "| %s | %.2f× | %s, at least %.2f× | %d | %d | %d | %.2f s (max %.2f s) | %.0f (max %d) |%n",
                workload.name(), ratio, claim, atLeast, trials.count(Verdict.Outcome.HOLDS),
                trials.count(Verdict.Outcome.FAILS), trials.count(Verdict.Outcome.UNDECIDED)
                        + trials.count(Verdict.Outcome.NOT_CHECKED), trials.medianSeconds(),
                trials.maxSeconds(), trials.medianRounds(), trials.maxRounds());
    }

    private static String report(String started, double loadBefore, String hog, int runs, String table, double minutes,
            boolean met) {
        return String.format(Locale.ROOT, """
                # Noise benchmark of the verdicts

                Run %s on %d cores (%s %s, Java %s), load average %.2f before it started, taking %.1f minutes;
                another program competed for the machine throughout: %s.

                Each workload's true speed ratio (THREADS over SEQUENTIAL, the Hodges–Lehmann estimate) was
                first measured under the hog: the median of %d runs of 20 rounds each. Then a true claim
                (`THREADS` at least half that ratio faster than `SEQUENTIAL`) and a false one (at least 1.5
                times the ratio) were each decided %d times from scratch, by
                `Compare.workload(task).model(SEQUENTIAL, THREADS).expectFaster(THREADS, SEQUENTIAL, k).run()`
                with the default 5 rounds, 1 warm-up round, a 30 s budget, and the engine the annotations use:
                each model runs alone first (warmed up until its code is warm, then 5 rounds), then both
                again, interleaved in cycles shuffled per cycle, and the claim is decided on the interleaved
                rounds alone (99%% interval per look, more cycles while it is undecided). A claim left
                unchecked because the machine was busy counts as undecided. An undecided claim fails the
                build, so for the true claim it counts as a wrong failure, for the false one as caught.
                Time to a decision is the wall time of `run()`: both models' own runs, their interleaved
                rounds and every extra round; rounds per model are the interleaved ones.

                | Workload | True ratio | Claim | Held | Failed | Undecided or unchecked | Median time to a decision | Rounds per model, median |
                |---|---|---|---|---|---|---|---|
                %s
                Targets: a true claim fails 0 times in %d, a false one is caught at least %d times: **%s**.

                Workloads: naps are 16 tasks sleeping 5 ms (simulated IO), THREADS ×8; SHA-256 is 16 tasks
                hashing 1.25 MiB each (CPU-bound), THREADS ×2, so the hog takes one of the two cores that
                THREADS needs. Source: `extension/src/bench/java/io/github/rununder/bench/noise/NoiseBenchmark.java`;
                run it with `mvn -B -pl extension -Pbench verify -DskipTests -Dbench=NoiseBenchmark -Dbench.args=../docs/benchmarks/noise.md`.
                """, started, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), loadBefore, minutes, hog, CALIBRATION_RUNS, runs, table,
                runs, runs - runs / 30, met ? "met" : "NOT met");
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
