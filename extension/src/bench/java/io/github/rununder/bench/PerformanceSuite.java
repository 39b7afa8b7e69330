package io.github.rununder.bench;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.Model;
import io.github.rununder.internal.fork.WorkerStartupBenchmark;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.model.VirtualThreads;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Every performance figure of docs/performance.md, measured in one run on one JDK, each as a ratio with
 * its target: the harness's dispatch overhead against hand-written code, its accuracy against JMH,
 * the efficiency of each model against the ideal, CPU scaling, virtual-thread scale, the heap it
 * keeps, worker start-up and round trip, and what watching the ASYNC loop costs. Writes
 * {@code docs/benchmarks/performance-jdkNN.md} and the tables of {@code docs/performance.md} (from every
 * JDK's file present).
 *
 * <p>Run: {@code mvn -B -pl extension -Pbench verify -DskipTests -Dbench=PerformanceSuite
 * -Dbench.args=..}, on a quiet machine, once per JDK.
 */
public final class PerformanceSuite {

    private final List<String> rows = new ArrayList<>();

    private PerformanceSuite() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        PerformanceSuite suite = new PerformanceSuite();
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String only = System.getProperty("perf.only", "");
        if (only.isEmpty() || only.contains("dispatch")) {
            suite.dispatch();
        }
        if (only.isEmpty() || only.contains("accuracy")) {
            suite.accuracy();
        }
        if (only.isEmpty() || only.contains("efficiency")) {
            suite.efficiency();
        }
        if (only.isEmpty() || only.contains("cpu")) {
            suite.cpuScaling();
        }
        if (only.isEmpty() || only.contains("scale")) {
            suite.scale();
        }
        if (only.isEmpty() || only.contains("heap")) {
            suite.heap();
        }
        if (only.isEmpty() || only.contains("workers")) {
            suite.workers();
        }
        if (only.isEmpty() || only.contains("async")) {
            suite.asyncDetection();
        }
        if (only.isEmpty() || only.contains("report")) {
            suite.report();
        }
        if (!only.isEmpty()) {
            return; // a partial run writes no results file
        }
        int feature = Runtime.version().feature();
        String file = String.format(Locale.ROOT, "Measured %s on JDK %s (%s), %d cores, %s %s; load average %.1f at the"
                        + " start.%n%n| Figure | Target | Measured | Met |%n|---|---|---|---|%n%s", started,
                Runtime.version(), System.getProperty("java.vm.vendor"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), load, String.join("\n", suite.rows) + "\n");
        Path results = root.resolve("docs/benchmarks/performance-jdk" + feature + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, file);
        PerformancePage.update(root);
        System.out.println(file);
    }

    private void row(String figure, String target, String measured, boolean met) {
        row(figure, target, measured, met ? "yes" : "**no**");
    }

    /** A figure without a target to meet, or one this JDK cannot measure. */
    private void row(String figure, String target, String measured) {
        row(figure, target, measured, "—");
    }

    private void row(String figure, String target, String measured, String met) {
        rows.add("| " + figure + " | " + target + " | " + measured + " | " + met + " |");
        System.out.println(rows.get(rows.size() - 1));
    }

    private void dispatch() throws Exception {
        Map<String, Double> scores = jmh("DispatchBenchmark");
        double sequential = scores.get("runUnderSequential") / scores.get("directLoop");
        double threads = scores.get("runUnderThreads") / scores.get("handWrittenInvokeAll");
        row("Dispatch: SEQUENTIAL against a direct loop, 10,000 tasks of ~1 µs", "≤ 1.05×",
                ratio(sequential) + " (" + micros(scores.get("runUnderSequential")) + " against "
                        + micros(scores.get("directLoop")) + " per round)", sequential <= 1.05);
        // Per task, in ns: calling the task through an interface instead of inlining it into the loop,
        // the rest of RunUnder's round, the same on an empty task (which the JIT inlines, context and
        // all; its direct loop folds to almost nothing), and one clock read.
        double notInlined = (scores.get("directLoopThroughInvoker") - scores.get("directLoop")) / 10;
        double harness = (scores.get("runUnderSequential") - scores.get("directLoopThroughInvoker")) / 10;
        double harnessEmpty = (scores.get("runUnderSequentialEmpty") - scores.get("directLoopEmpty")) / 10;
        double clock = scores.get("clockReads") / 10;
        row("Dispatch: where SEQUENTIAL's extra time per task goes", "—", String.format(Locale.ROOT,
                "%.0f ns calling the task through an interface instead of inlined into the loop; %.0f ns RunUnder's own"
                        + " (%.0f ns on an empty task), of which %.0f ns is the one clock read per task", notInlined,
                harness, harnessEmpty, clock));
        row("Dispatch: THREADS ×4 against ExecutorService.invokeAll on 4 threads", "≤ 1.10×",
                ratio(threads) + " (" + micros(scores.get("runUnderThreads")) + " against "
                        + micros(scores.get("handWrittenInvokeAll")) + " per round)", threads <= 1.10);
        Map<String, Double> invokers = jmh("InvokerBenchmark");
        row("Task call: RunUnder's invoker against a direct call (ns per call)", "—",
                String.format(Locale.ROOT, "%.2f ns against %.2f ns (method handle %.2f, reflection %.1f)",
                        invokers.get("runUnder"), invokers.get("direct"), invokers.get("methodHandle"),
                        invokers.get("reflection")));
    }

    private void accuracy() throws Exception {
        Map<String, Double> jmh = jmh("AccuracyBenchmark");
        accuracy("arithmetic", "xorshift steps, ~10 µs, no allocation", jmh.get("arithmeticTask"));
        accuracy("hashing", "SHA-256 of 16 KiB", jmh.get("hashingTask"));
    }

    /** RunUnder's half in two fresh JVMs, as JMH's two forks: each JVM compiles the task its own way. */
    private void accuracy(String task, String what, double jmh) throws Exception {
        double perTask = (Double.parseDouble(child("PER_TASK", AccuracyRun.class.getName(), task)[1])
                + Double.parseDouble(child("PER_TASK", AccuracyRun.class.getName(), task)[1])) / 2;
        double ratio = perTask / jmh;
        row("Accuracy: SEQUENTIAL's per-task time (median round of 2,000 tasks) against JMH AverageTime, " + what
                        + "; each in two fresh JVMs warmed some 5 s", "within ±5%",
                String.format(Locale.ROOT, "%+.1f%% (%s against %s)", (ratio - 1) * 100, Durations.format(perTask),
                        Durations.format(jmh)), Math.abs(ratio - 1) <= 0.05);
    }

    private void efficiency() throws InterruptedException {
        for (Model model : List.of(THREADS, VIRTUAL_THREADS, ASYNC, PROCESSES)) {
            if (model == VIRTUAL_THREADS && !VirtualThreads.available()) {
                row("Efficiency: 100 sleeps of 20 ms at concurrency 25, VIRTUAL_THREADS", "≤ 1.15× ideal (80 ms)",
                        "not measured: Java " + Runtime.version().feature() + " has no virtual threads");
                continue;
            }
            Comparison run = Compare.workload(new PerfTasks.Nap20()).model(model).tasks(100).concurrency(25).warmup(2)
                    .rounds(10).run();
            double ratio = run.figures(model).median().toNanos() / 80e6;
            double target = model == PROCESSES ? 1.25 : 1.15;
            String how = model == PROCESSES ? " (steady state)" : model == ASYNC ? " (stages a timer thread completes)" : "";
            row("Efficiency: 100 sleeps of 20 ms at concurrency 25, " + model + how,
                    "≤ " + target + "× ideal (80 ms)", ratio(ratio) + " (" + Durations.format(run.figures(model).median().toNanos())
                            + ")", ratio <= target);
        }
        Comparison delayed = Compare.workload(new PerfTasks.DelayedNap20()).model(ASYNC).tasks(100).concurrency(25)
                .warmup(2).rounds(10).run();
        double harness = delayed.figures(ASYNC).median().toNanos();
        double byHand = HandWrittenLoop.median(HandWrittenLoop::delayed20, 100, 25, 2, 10);
        row("ASYNC, stages of CompletableFuture.delayedExecutor(20 ms) at concurrency 25: against a hand-written loop", "—",
                ratio(harness / byHand) + " (" + Durations.format(harness) + " against " + Durations.format(byHand)
                        + "; the hand-written loop is " + ratio(byHand / 80e6) + " the ideal)");
        Map<Model, Long> user = UserEfficiency.medians();
        for (Model model : List.of(THREADS, VIRTUAL_THREADS, ASYNC)) {
            String figure = "A new user's @RunUnder test, Thread.sleep(20), tasks = 100, concurrency = 25: " + model;
            Long median = user.get(model);
            if (median == null) {
                row(figure, "≤ 1.15× ideal (80 ms)", "not measured: " + (model == VIRTUAL_THREADS && !VirtualThreads.available()
                        ? "Java " + Runtime.version().feature() + " has no virtual threads" : "the node published no median"));
                continue;
            }
            row(figure, "≤ 1.15× ideal (80 ms)", ratio(median / 80e6) + " (" + Durations.format(median) + ")",
                    median / 80e6 <= 1.15);
        }
    }

    private void cpuScaling() {
        Comparison run = Compare.workload(new PerfTasks.Hash()).model(SEQUENTIAL, THREADS).tasks(16).concurrency(2)
                .warmup(3).rounds(10).run();
        double speedup = run.speedup(THREADS, SEQUENTIAL);
        row("CPU scaling: SHA-256 of 4 MiB, THREADS ×2 against SEQUENTIAL", "≥ 1.6×", ratio(speedup), speedup >= 1.6);
    }

    private void scale() {
        if (!VirtualThreads.available()) {
            row("Scale: 10,000 sleeps of 100 ms at concurrency 10,000, VIRTUAL_THREADS", "≤ 2.5× ideal (100 ms)",
                    "not measured: Java " + Runtime.version().feature() + " has no virtual threads");
            return;
        }
        Comparison run = Compare.workload(new PerfTasks.Nap100()).model(VIRTUAL_THREADS).tasks(10_000).concurrency(10_000)
                .warmup(1).rounds(5).run();
        double ratio = run.figures(VIRTUAL_THREADS).median().toNanos() / 100e6;
        row("Scale: 10,000 sleeps of 100 ms at concurrency 10,000, VIRTUAL_THREADS", "≤ 2.5× ideal (100 ms)",
                ratio(ratio) + " (" + Durations.format(run.figures(VIRTUAL_THREADS).median().toNanos()) + ")", ratio <= 2.5);
    }

    private void heap() {
        long before = usedAfterGc();
        Comparison run = Compare.workload(new PerfTasks.Tiny()).model(SEQUENTIAL).tasks(1_000_000).warmup(0).rounds(1).run();
        long after = usedAfterGc();
        double mb = Math.max(0, after - before) / 1048576.0;
        row("Heap: what measuring 1,000,000 tiny tasks keeps (after GC, result held)", "≤ 10 MB",
                String.format(Locale.ROOT, "%.2f MB (median round %s)", mb,
                        Durations.format(run.figures(SEQUENTIAL).median().toNanos())), mb <= 10);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void workers() throws Exception {
        WorkerStartupBenchmark.Figures figures = WorkerStartupBenchmark.measure(10, List.of());
        row("Worker start-up: spawn to inside the first test (median of 10, one at a time)", "≤ 250 ms",
                Durations.format(figures.firstTestMedian()) + " (a later test on a warm worker: "
                        + Durations.format(figures.laterTestMedian()) + ")", figures.firstTestMedian() <= 250e6);
        row("Worker round trip: a no-op task on a warm worker", "≤ 0.3 ms", Durations.format(figures.roundTripMedian()),
                figures.roundTripMedian() <= 0.3e6);
    }

    private void asyncDetection() throws Exception {
        for (AsyncDetectionOverheadBenchmark.Figures figures : AsyncDetectionOverheadBenchmark.measure(9)) {
            double extra = figures.onNanos() - figures.offNanos();
            boolean met = extra <= 0.05 * figures.offNanos() || extra <= 50e6;
            row("ASYNC blocking detection on, nothing blocking: " + figures.workload(), "≤ +5% or +50 ms",
                    String.format(Locale.ROOT, "%+.1f%% (%s on, %s off)", 100 * extra / figures.offNanos(),
                            Durations.format(figures.onNanos()), Durations.format(figures.offNanos())), met);
        }
    }

    /** Report generation in a fresh JVM, as a test JVM's listener pays it once, cold. */
    private void report() throws Exception {
        String[] figures = child("FIGURES", "io.github.rununder.internal.report.ReportBenchmark", "--figures");
        long first = Long.parseLong(figures[1]);
        row("Report generation: 1,000 methods, five models each, in a fresh JVM (part, merge, JSON, HTML, Markdown)",
                "≤ 1 s", first + " ms the first time (later: " + figures[2] + " ms)", first <= 1000);
    }

    /**
     * Runs {@code mainClass} in a fresh JVM of this one's Java and class path; returns the words of
     * the output line that starts with {@code marker}.
     */
    private static String[] child(String marker, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int at = output.indexOf(marker + " ");
        if (child.waitFor() != 0 || at < 0) {
            throw new IllegalStateException(mainClass + " failed:\n" + output);
        }
        return output.substring(at).lines().findFirst().orElseThrow().strip().split("\\s+");
    }

    private static Map<String, Double> jmh(String benchmark) throws Exception {
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult result : new Runner(new OptionsBuilder().include("\\." + benchmark + "\\.").build()).run()) {
            String name = result.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        return scores;
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f×", value);
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.1f µs", value);
    }

}
