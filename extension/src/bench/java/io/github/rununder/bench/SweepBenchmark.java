package io.github.rununder.bench;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.RunUnder;
import io.github.rununder.Scalability;
import io.github.rununder.TaskInfo;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Sweeps on real workloads, to the file named by the first argument:
 *
 * <ol>
 *   <li><b>Cost.</b> The naps sample's workload (24 tasks of 15 ms; {@code ASYNC} hands a stage
 *       completed by a delayed executor) swept over 1, 2, 4, 8 and 16 under {@code THREADS},
 *       {@code VIRTUAL_THREADS} and {@code ASYNC}, run through the JUnit Platform as a user's test
 *       runs: the whole method's wall time, its model nodes' and its verdict node's. Target 30 s.
 *       {@code VIRTUAL_THREADS} needs Java 21: run it on JDK 25.</li>
 *   <li><b>What the fit finds</b>, each workload swept {@code sweep.runs} times from scratch with
 *       {@code Compare}: naps keep scaling to 16 (best concurrency 16, no peak within the sweep);
 *       SHA-256 hashing on this machine's cores has its best concurrency at the number of cores; a
 *       task serialised by one lock has σ near 1.</li>
 * </ol>
 */
public final class SweepBenchmark {

    private static final int[] LEVELS = {1, 2, 4, 8, 16};

    private SweepBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = Integer.getInteger("sweep.runs", 5);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        List<String> cost = new ArrayList<>();
        for (int run = 1; run <= Math.max(1, Integer.getInteger("sweep.costRuns", 3)); run++) {
            cost.add(cost(run));
        }
        StringBuilder checks = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        checks.append(check("naps: 16 tasks sleeping 20 ms", new SweptTasks.Nap(), 16, LEVELS, runs,
                "best concurrency 16, no peak within the sweep",
                c -> best(c) == 16 && !(peak(c) <= 16)));
        checks.append(check("SHA-256: 8 tasks hashing 4 MiB each", new SweptTasks.Hash(), 8, new int[] {1, 2, 4, 8}, runs,
                "best concurrency " + cores + " (the cores)", c -> best(c) == cores));
        checks.append(check("a lock: 16 tasks, 95% of each inside one `synchronized` block", new SweptTasks.Lock(), 16,
                new int[] {1, 2, 4, 8}, runs, "σ ≥ 0.8", c -> sigma(c) >= 0.8));
        double minutes = (System.nanoTime() - start) / 60e9;
        Files.writeString(out, report(started, loadBefore, minutes, cost, checks.toString(), runs));
        log("written %s", out.toAbsolutePath());
    }

    /** One run of the naps sample's sweep through the JUnit Platform: a table row. */
    private static String cost(int run) {
        long start = System.nanoTime();
        EngineExecutionResults results = org.junit.platform.testkit.engine.EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NapSweep.class)).execute();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<TestDescriptor, Instant> starts = new HashMap<>();
        double nodes = 0;
        double verdict = 0;
        int modelNodes = 0;
        for (Event event : results.allEvents().list()) {
            if (event.getType() == EventType.STARTED) {
                starts.put(event.getTestDescriptor(), event.getTimestamp());
            } else if (event.getType() == EventType.FINISHED && starts.containsKey(event.getTestDescriptor())
                    && event.getTestDescriptor().isTest()) {
                double took = Duration.between(starts.get(event.getTestDescriptor()), event.getTimestamp()).toNanos() / 1e9;
                if (event.getTestDescriptor().getDisplayName().contains("verdict")) {
                    verdict += took;
                } else {
                    nodes += took;
                    modelNodes++;
                }
            }
        }
        long failed = results.testEvents().failed().count();
        long aborted = results.testEvents().aborted().count();
        log("cost run %d: %.1f s (%d model nodes %.1f s, verdict %.1f s), %d failed, %d aborted", run, seconds,
                modelNodes, nodes, verdict, failed, aborted);
        return String.format(Locale.ROOT, "| %d | %.1f s | %d | %.1f s | %.1f s | %d, %d | %s |", run, seconds,
                modelNodes, nodes, verdict, failed, aborted, seconds <= 30 ? "yes" : "**no**");
    }

    /** {@code runs} sweeps of one workload from scratch, and how often {@code expected} held. */
    private static String check(String workload, io.github.rununder.Task task, int tasks, int[] levels, int runs,
            String expectation, Predicate<Comparison> expected) {
        int held = 0;
        List<String> found = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Comparison comparison = Compare.workload(task).model(THREADS).tasks(tasks).concurrency(levels).run();
            boolean holds = expected.test(comparison);
            held += holds ? 1 : 0;
            String figures = String.format(Locale.ROOT, "best %d, σ %.3f, κ %.2g, N* %s", best(comparison),
                    sigma(comparison), comparison.scalability(THREADS).map(Scalability::kappa).orElse(Double.NaN),
                    peak(comparison) == Double.POSITIVE_INFINITY ? "∞" : String.format(Locale.ROOT, "%.1f", peak(comparison)));
            found.add(figures);
            log("%s, run %d: %s (%s)", workload, run + 1, figures, holds ? "as expected" : "NOT as expected");
        }
        return "| " + workload + " | " + Arrays.toString(levels) + " | " + expectation + " | " + held + " of " + runs
                + " | " + String.join("; ", found) + " |\n";
    }

    private static int best(Comparison comparison) {
        return comparison.bestConcurrency(THREADS).orElse(-1);
    }

    private static double sigma(Comparison comparison) {
        return comparison.scalability(THREADS).map(Scalability::sigma).orElse(Double.NaN);
    }

    private static double peak(Comparison comparison) {
        return comparison.scalability(THREADS).map(Scalability::peakConcurrency).orElse(Double.NaN);
    }

    private static String report(String started, double load, double minutes, List<String> cost, String checks,
            int runs) {
        return String.format(Locale.ROOT, """
                # Benchmark of concurrency sweeps

                Run %s on %d cores (%s %s, Java %s), load average %.2f before it started, taking %.1f
                minutes.

                ## Cost of a sweep

                The naps sample's workload (24 tasks sleeping 15 ms; `ASYNC` hands over a stage a
                delayed executor completes) swept over 1, 2, 4, 8 and 16 under `THREADS`,
                `VIRTUAL_THREADS` and `ASYNC` (15 model nodes where the JVM has virtual threads, 10 on
                Java 17), as a user's `@RunUnder` method, through the JUnit Platform: the whole method,
                its model nodes (each level alone) and its verdict node (every level again, interleaved;
                then the fits and their bootstrap). Target: 30 s. Aborted nodes are `VIRTUAL_THREADS` on a
                JVM before 21.

                | Run | Method | Model nodes | Their time | Verdict node | Failed, aborted nodes | Within 30 s |
                |---|--:|--:|--:|--:|--:|---|
                %s

                How the rounds are spent: see [scalability.md](../scalability.md#how-rounds-are-spent-across-levels).

                ## What the fit finds on real workloads

                Each workload swept %s from scratch under `THREADS` with `Compare` (five rounds per
                level, interleaved), on this machine.

                | Workload | Levels | Expected | As expected | Found (best concurrency, σ, κ, N*) |
                |---|---|---|---|---|
                %s
                Source: `extension/src/bench/java/io/github/rununder/bench/SweepBenchmark.java`; run it
                on a quiet machine with `JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -pl extension
                -Pbench verify -DskipTests -Dbench=SweepBenchmark -Dbench.args=../docs/benchmarks/sweep.md`.
                """, started, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), load, minutes, String.join("\n", cost),
                runs == 1 ? "once" : runs + " times", checks);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[SweepBenchmark] " + format + "%n", args);
    }

    /** The naps sample's workload, swept: what a user writes; not a test of this build. */
    static class NapSweep {
        @RunUnder(model = {THREADS, VIRTUAL_THREADS, ASYNC}, tasks = 24, concurrency = {1, 2, 4, 8, 16})
        void nap(TaskInfo task) throws InterruptedException {
            if (task.model() == ASYNC) {
                task.completesWith(CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(15,
                        TimeUnit.MILLISECONDS)));
            } else {
                Thread.sleep(15);
            }
        }
    }
}
