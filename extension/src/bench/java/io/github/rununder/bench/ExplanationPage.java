package io.github.rununder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Markdown the explanation benchmark writes: one JDK's results, and the index of every JDK's. */
final class ExplanationPage {

    /** The target for what a recording may move the rounds it records. */
    static final double TARGET = 0.03;

    private static final String ACCURACY_HEADER = "| Problem: seeded cause | Claim failed (auto) | Seeded cause on top"
            + " | Share: min / median | Other top causes | Verdict node: auto / off | Explaining costs the verdict node"
            + " | Method: auto / off | Explaining costs the method |\n|---|---|---|---|---|---|---|---|---|";

    private static final String COST_HEADER = "| Workload | Model | On | Rounds each way | Median round, on / off"
            + " | Ratio on/off (min–max) | Within 3% |\n|---|---|---|---|---|---|---|";

    private ExplanationPage() {}

    /** One JDK's file. */
    static String results(String started, double minutes, double[] loads, int runs, int repetitions,
            List<String> accuracy, List<String> cost) {
        return String.format(Locale.ROOT, """
                # Explanations: accuracy and cost, JDK %d

                Run %s on JDK %s (%s), %d cores, %s %s, taking %.1f minutes. Load average %.2f at the start,
                %.2f between the two parts, %.2f at the end: other builds shared the machine, so the timings
                carry their noise (the run was started with `nice -n 5`).

                ## Does the explanation name the seeded cause?

                Each of the five seeded problems (`SeededProblems`, in the tests' `io.github.rununder.seeded`) ran
                %d times from scratch through the annotation with `rununder.explain=auto` (the default), and
                as often with `rununder.explain=off`, alternately, with `rununder.verdict.budget=2 s` and
                `rununder.warmup.limit=0`. Each claim fails; with `auto` the models it compares run again with
                the flight recorder on, and the verdict's message ends with ` Why: <explanation>`. The top cause
                counts as the seeded one when the sentence names it as `SeededProblemsTest` expects; the share is
                the part of the extra time the top cause accounts for (the issue asks for at least 50%%). What
                explaining costs is measured two ways, side by side: the verdict node's duration with `auto`
                minus with `off`, and the whole method's (model nodes and verdict node), medians of each.

                %s
                %s

                ## What recording costs the rounds it records

                Driven through the engine's own sessions (`InProcessModels`), as the explanation's rounds are: one
                session per repetition, warmed up with %d rounds, then blocks of %d rounds with the recorder on
                (one recording over the block, as one covers a model's declared rounds) alternating with blocks
                with it off, in the order on, off, off, on, on, ... (the table gives the rounds each way); starting a
                recording and reading it happen between rounds. Each repetition's figure is its median round on
                over its median round off; %d repetitions, the ratio shown is their median, with their range.
                "Within 3%%" is "yes" when every repetition's ratio is within 0.97× to 1.03×.
                The pinning watch (the `jdk.VirtualThreadPinned` stream every `VIRTUAL_THREADS` run has unless
                `rununder.pinning=off`) is measured the same way, on against off. The issue's target: a
                recording moves the efficiency and dispatch rounds by at most 3%%.

                %s
                %s

                Source: `extension/src/bench/java/io/github/rununder/bench/ExplanationBenchmark.java`; run it with
                `%s`.
                """, Runtime.version().feature(), started, Runtime.version(), System.getProperty("java.vm.vendor"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), minutes, loads[0], loads[1], loads[2], runs, ACCURACY_HEADER,
                String.join("\n", accuracy), RecordingCost.WARMUP, RecordingCost.BLOCK, repetitions,
                COST_HEADER, String.join("\n", cost),
                "mvn -B -pl extension -Pbench verify -DskipTests -Dbench=ExplanationBenchmark"
                        + " -Dbench.args=\"../docs/benchmarks " + runs + "\"");
    }

    /** A problem's row of the accuracy table. */
    static String accuracyRow(String name, String seeded, List<SeededRun> auto, List<SeededRun> off) {
        long failed = auto.stream().filter(run -> run.outcome().equals("FAILS")).count();
        long onTop = auto.stream().filter(run -> run.why().contains(seeded)).count();
        double[] shares = auto.stream().filter(run -> run.share() >= 0).mapToDouble(SeededRun::share).toArray();
        String share = shares.length == 0 ? "—" : String.format(Locale.ROOT, "%.0f%% / %.0f%%",
                java.util.Arrays.stream(shares).min().orElseThrow(), RecordingCost.median(shares));
        String others = auto.stream().filter(run -> !run.why().contains(seeded))
                .collect(Collectors.groupingBy(SeededRun::cause, TreeMap::new, Collectors.counting())).entrySet()
                .stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "| %s | %d of %d | %d of %d | %s | %s | %s | %s | %s | %s |", name, failed,
                auto.size(), onTop, auto.size(), share, others.isEmpty() ? "—" : others,
                pair(auto, off, SeededRun::verdictSeconds), cost(auto, off, SeededRun::verdictSeconds),
                pair(auto, off, SeededRun::methodSeconds), cost(auto, off, SeededRun::methodSeconds));
    }

    /** A problem's row when it cannot run on this JDK. */
    static String notRun(String name, String why) {
        return "| " + name + " | not run: " + why + " | | | | | | | |";
    }

    private static String pair(List<SeededRun> auto, List<SeededRun> off, ToDoubleFunction<SeededRun> seconds) {
        return String.format(Locale.ROOT, "%.2f s / %.2f s", median(auto, seconds), median(off, seconds));
    }

    private static String cost(List<SeededRun> auto, List<SeededRun> off, ToDoubleFunction<SeededRun> seconds) {
        return String.format(Locale.ROOT, "%+.2f s", median(auto, seconds) - median(off, seconds));
    }

    private static double median(List<SeededRun> runs, ToDoubleFunction<SeededRun> seconds) {
        return RecordingCost.median(runs.stream().mapToDouble(seconds).toArray());
    }

    /** A row of the cost table. */
    static String costRow(RecordingCost.Figures figures) {
        RecordingCost.Case measured = figures.measured();
        String met = switch (target(figures)) {
            case EVERY_REPETITION -> "yes";
            case MEDIAN -> "the median (not every repetition)";
            case NOT_MET -> "**no**";
        };
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %s / %s | %.3f× (%.3f–%.3f) | %s |",
                measured.workload(), measured.arm(), what(measured), figures.rounds(),
                millis(RecordingCost.median(toDoubles(figures.onMedians()))),
                millis(RecordingCost.median(toDoubles(figures.offMedians()))), figures.ratio(), figures.minRatio(),
                figures.maxRatio(), met);
    }

    private static final Map<Met, String> WORDS = Map.of(Met.EVERY_REPETITION, "met in every repetition",
            Met.MEDIAN, "met by the median ratio, not in every repetition", Met.NOT_MET, "not met");

    private static String what(RecordingCost.Case measured) {
        return measured.what() == RecordingCost.Switch.RECORDING ? "a recording" : "the pinning watch";
    }

    /** The row that says why there is no figure for virtual threads. */
    static String noVirtualThreads() {
        return "| 100 sleeps of 20 ms | VIRTUAL_THREADS | a recording, the pinning watch | | not measured: Java "
                + Runtime.version().feature() + " has no virtual threads | | |";
    }

    /** How far a case meets the target: in every repetition, by the median ratio only, or not. */
    private enum Met {
        EVERY_REPETITION, MEDIAN, NOT_MET
    }

    private static Met target(RecordingCost.Figures figures) {
        if (figures.maxRatio() <= 1 + TARGET && figures.minRatio() >= 1 - TARGET) {
            return Met.EVERY_REPETITION;
        }
        return Math.abs(figures.ratio() - 1) <= TARGET ? Met.MEDIAN : Met.NOT_MET;
    }

    /** Whether the target is met, case by case. */
    static String targetSentence(List<RecordingCost.Figures> figures) {
        Map<Met, List<String>> verdicts = new java.util.EnumMap<>(Met.class);
        for (RecordingCost.Figures figure : figures) {
            RecordingCost.Case measured = figure.measured();
            verdicts.computeIfAbsent(target(figure), key -> new ArrayList<>())
                    .add(measured.workload() + " under " + measured.arm() + " (" + what(measured) + ")");
        }
        return "Moves by at most 3%: " + verdicts.entrySet().stream()
                .map(e -> "**" + WORDS.get(e.getKey()) + "** for " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; ")) + ".";
    }

    private static double[] toDoubles(long[] values) {
        return java.util.Arrays.stream(values).asDoubleStream().toArray();
    }

    private static String millis(double nanos) {
        return String.format(Locale.ROOT, nanos >= 10e6 ? "%.1f ms" : "%.3f ms", nanos / 1e6);
    }

    /** Writes {@code explanations.md} in {@code directory}: a line for each JDK's file present. */
    static void index(Path directory) throws IOException {
        Map<Integer, Path> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(directory)) {
            listed.forEach(file -> {
                String name = file.getFileName().toString();
                if (name.matches("explanations-jdk\\d+\\.md")) {
                    files.put(Integer.parseInt(name.replaceAll("\\D", "")), file);
                }
            });
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Integer, Path> file : files.entrySet()) {
            String first = Files.readAllLines(file.getValue()).stream().filter(line -> line.startsWith("Run "))
                    .findFirst().orElse("");
            lines.add("- [JDK " + file.getKey() + "](" + file.getValue().getFileName() + "): "
                    + first.replaceFirst(",? taking.*", "."));
        }
        Files.writeString(directory.resolve("explanations.md"), """
                # Explanations: accuracy and cost

                Written by `ExplanationBenchmark` (`extension/src/bench/java/io/github/rununder/bench/`), once per
                JDK: how often the explanation of each of the five seeded problems names the seeded cause, with
                what share of the extra time, and what explaining costs a failing claim; then what a recording
                costs the efficiency and dispatch rounds it records, and what the pinning watch costs
                `VIRTUAL_THREADS`. The machine was shared with other builds; each file gives its load average.

                """ + String.join("\n", lines) + "\n");
    }
}
