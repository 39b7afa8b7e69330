package io.github.rununder.bench;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.rununder.Model;
import io.github.rununder.internal.model.VirtualThreads;
import io.github.rununder.seeded.SeededProblems;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * How well the explanation names a seeded cause, what explaining costs a failing claim, and what
 * recording costs the rounds it records. Each of the five seeded problems runs {@code runs} times
 * from scratch through the annotation, alternately with {@code rununder.explain=auto} and
 * {@code off}; then the efficiency and dispatch workloads run with a recording on and off, and
 * {@code VIRTUAL_THREADS} with the pinning watch on and off (see {@link RecordingCost}). Writes
 * {@code explanations-jdkNN.md} into the directory given, and {@code explanations.md} there, an
 * index of every JDK's file present.
 *
 * <p>Run: {@code mvn -B -pl extension -Pbench verify -DskipTests -Dbench=ExplanationBenchmark
 * -Dbench.args="../docs/benchmarks 5"}, once per JDK.
 */
public final class ExplanationBenchmark {

    /** A seeded problem and the words of the explanation that name its seeded cause. */
    private record Problem(Class<?> workload, String cause, String seeded) {}

    private static final List<Problem> PROBLEMS = List.of(
            new Problem(SeededProblems.HotLock.class, "monitor (`THREADS ×8` against `SEQUENTIAL`)",
                    "waiting to enter the monitor of " + SeededProblems.Ledger.class.getName()),
            new Problem(SeededProblems.AllocationStorm.class, "GC pauses (`THREADS ×2` against `SEQUENTIAL`)",
                    "stopped by GC pauses"),
            new Problem(SeededProblems.SleepOnLoop.class, "sleep on the loop (`ASYNC ≤4` against `SEQUENTIAL`)",
                    "sleeping in Thread.sleep, which blocks the loop"),
            new Problem(SeededProblems.PinnedInInitialiser.class,
                    "pinned in a class initialiser (`VIRTUAL_THREADS ≤16` against `SEQUENTIAL`)",
                    "pinned to a carrier by a class initialiser"),
            new Problem(SeededProblems.Oversubscribed.class, "queued for a core (`THREADS ×8` against `SEQUENTIAL`)",
                    "queued for a core"));

    private ExplanationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "../docs/benchmarks").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int repetitions = Integer.getInteger("explain.repetitions", 5);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double loadBefore = load();
        long start = System.nanoTime();
        List<String> accuracy = new ArrayList<>();
        for (Problem problem : PROBLEMS) {
            accuracy.add(accuracy(problem, runs));
        }
        double loadBetween = load();
        List<String> cost = cost(repetitions);
        double minutes = (System.nanoTime() - start) / 60e9;
        int feature = Runtime.version().feature();
        Path file = directory.resolve("explanations-jdk" + feature + ".md");
        Files.createDirectories(directory);
        double[] loads = {loadBefore, loadBetween, load()};
        Files.writeString(file, ExplanationPage.results(started, minutes, loads, runs, repetitions, accuracy, cost));
        ExplanationPage.index(directory);
        System.out.println(Files.readString(file));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One problem's row: {@code runs} runs each way, alternating explain=auto and off. */
    private static String accuracy(Problem problem, int runs) {
        String name = "`" + problem.workload().getSimpleName() + "`: " + problem.cause();
        if (problem.workload() == SeededProblems.PinnedInInitialiser.class && !VirtualThreads.available()) {
            return ExplanationPage.notRun(name, "Java " + Runtime.version().feature() + " has no virtual threads");
        }
        List<SeededRun> auto = new ArrayList<>();
        List<SeededRun> off = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            auto.add(run(problem, "auto", run));
            off.add(run(problem, "off", run));
        }
        return ExplanationPage.accuracyRow(name, problem.seeded(), auto, off);
    }

    private static SeededRun run(Problem problem, String explain, int run) {
        Map<String, String> configuration = Map.of("rununder.verdict.budget", "2 s", "rununder.warmup.limit", "0",
                "rununder.explain", explain);
        SeededRun result = SeededRun.of(EngineTestKit.engine("junit-jupiter").selectors(selectClass(problem.workload()))
                .configurationParameters(configuration).execute().allEvents());
        System.out.printf(Locale.ROOT, "%s run %d, explain=%s: %s; verdict %.2f s, method %.2f s; %s%n",
                problem.workload().getSimpleName(), run + 1, explain, result.outcome(), result.verdictSeconds(),
                result.methodSeconds(), result.why());
        return result;
    }

    /** The rows of the recording's cost. */
    private static List<String> cost(int repetitions) throws TimeoutException {
        List<RecordingCost.Figures> figures = new ArrayList<>();
        List<Model> efficiencyModels = VirtualThreads.available() ? List.of(THREADS, VIRTUAL_THREADS, ASYNC)
                : List.of(THREADS, ASYNC);
        for (Model model : efficiencyModels) {
            figures.add(RecordingCost.measure(RecordingCost.efficiency(model, RecordingCost.Switch.RECORDING),
                    repetitions, 4));
        }
        for (int tasks : new int[] {10_000, 100_000}) {
            // Rounds of a millisecond or less: twice the blocks, for a steadier median.
            figures.add(RecordingCost.measure(RecordingCost.dispatch(SEQUENTIAL, 1, tasks), repetitions, 8));
            figures.add(RecordingCost.measure(RecordingCost.dispatch(THREADS, 4, tasks), repetitions, 8));
        }
        if (VirtualThreads.available()) {
            figures.add(RecordingCost.measure(RecordingCost.efficiency(VIRTUAL_THREADS,
                    RecordingCost.Switch.PINNING_WATCH), repetitions, 4));
        }
        List<String> rows = new ArrayList<>(figures.stream().map(ExplanationPage::costRow).toList());
        if (!VirtualThreads.available()) {
            rows.add(ExplanationPage.noVirtualThreads());
        }
        rows.add("");
        rows.add(ExplanationPage.targetSentence(figures));
        return rows;
    }
}
