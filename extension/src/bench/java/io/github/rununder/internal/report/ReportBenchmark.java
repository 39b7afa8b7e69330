package io.github.rununder.internal.report;

import io.github.rununder.internal.measure.CpuClock;
import io.github.rununder.internal.report.json.JsonReader;
import io.github.rununder.internal.report.json.ReportJson;
import io.github.rununder.internal.report.render.HtmlReport;
import io.github.rununder.internal.report.render.MarkdownReport;
import io.github.rununder.internal.report.store.ReportStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long the report takes for a large build: 1,000 {@code @RunUnder} methods of five models and
 * five rounds each. Not a unit test (timings do not belong in those):
 *
 * <pre>
 * mvn -B -pl extension -Pbench verify -DskipTests -Dbench=ReportBenchmark -Dbench.args=../docs/benchmarks/report.md
 * </pre>
 *
 * <p>It prints the figures and, given a path, writes them there as Markdown. The first iteration
 * is what a test JVM pays (the listener runs once per JVM, cold); the median of the later ones is
 * the steady state. Target: at most 1 s for 1,000 methods.
 */
public final class ReportBenchmark {

    private static final int METHODS = 1000;
    private static final int ITERATIONS = 10;

    private ReportBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--figures")) {
            figures();
            return;
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<TestRecord> tests = Synthetic.many(METHODS);
        List<String> rows = new ArrayList<>();
        rows.add(measure("one JVM publishes 1,000 methods (part, merge, three files, atomic)", () -> publish(tests, 1)));
        rows.add(measure("the second of two JVMs publishes 500 and merges the first's 500", () -> publish(tests, 2)));
        rows.add(measure("rendering alone (analysis, JSON, HTML, Markdown in memory)", () -> render(tests)));
        String report = markdown(load, rows);
        System.out.print(report);
        if (args.length > 0) {
            Path out = Path.of(args[0]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out.toAbsolutePath());
        }
    }

    private static String markdown(double load, List<String> rows) {
        return "# Report generation benchmark\n\n"
                + String.format(Locale.ROOT, "Run %s on %d cores (%s %s, Java %s), load average %.1f before it started.%n%n",
                        Instant.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                        System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.version(), load)
                + "The report of " + METHODS + " `@RunUnder` methods of five models and five rounds each (synthetic\n"
                + "records), " + ITERATIONS + " times in one fresh JVM. The first time is what a test JVM pays: the\n"
                + "listener runs once per JVM, cold. The part and `report.html` are written on a second thread while\n"
                + "the merge and the other files proceed on the first; thread CPU counts the first thread only,\n"
                + "process CPU everything (the second thread, the JIT compiler, the GC).\n\n"
                + "| Work | First: wall | First: thread CPU | First: process CPU | Later, median: wall | Later, median: thread CPU |\n"
                + "|---|--:|--:|--:|--:|--:|\n"
                + String.join("\n", rows) + "\n\n"
                + "Target: at most 1 s for 1,000 methods. Source:\n"
                + "`extension/src/bench/java/io/github/rununder/internal/report/ReportBenchmark.java`; run it with\n"
                + "`mvn -B -pl extension -Pbench verify -DskipTests -Dbench=ReportBenchmark -Dbench.args=../docs/benchmarks/report.md`.\n";
    }

    /**
     * For the performance suite, which runs this in a fresh JVM: prints {@code FIGURES <first>
     * <later>}, the wall milliseconds of the first (cold) and the median later publication of
     * 1,000 methods by one JVM.
     */
    private static void figures() throws IOException {
        List<TestRecord> tests = Synthetic.many(METHODS);
        long[] wall = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            publish(tests, 1);
            wall[i] = (System.nanoTime() - start) / 1_000_000;
        }
        System.out.println("FIGURES " + wall[0] + " " + warmMedian(wall));
    }

    private interface Job {
        void run() throws IOException;
    }

    /** Wall time, CPU time of this thread, and CPU time of the whole process, per iteration. */
    private static String measure(String name, Job job) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[ITERATIONS];
        long[] cpu = new long[ITERATIONS];
        long[] process = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long startProcess = CpuClock.process().nanos();
            long start = System.nanoTime();
            job.run();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            process[i] = (CpuClock.process().nanos() - startProcess) / 1_000_000;
        }
        return String.format(Locale.ROOT, "| %s | %d ms | %d ms | %d ms | %d ms | %d ms |", name, wall[0], cpu[0],
                process[0], warmMedian(wall), warmMedian(cpu));
    }

    private static long warmMedian(long[] values) {
        long[] warm = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static void publish(List<TestRecord> tests, int jvms) throws IOException {
        Path dir = Files.createTempDirectory("rununder-bench");
        try {
            int share = tests.size() / jvms;
            for (int j = 0; j < jvms; j++) {
                new ReportStore(dir).publish("bench", tests.subList(j * share, (j + 1) * share), null, List.of());
            }
            if (JsonReader.parseObject(Files.readString(dir.resolve("report.json"))).objects("tests").size() != tests.size()) {
                throw new IllegalStateException("methods lost");
            }
        } finally {
            delete(dir);
        }
    }

    private static void render(List<TestRecord> tests) {
        List<TestAnalysis> analyses = tests.stream().map(t -> TestAnalysis.of(t, null)).toList();
        Report report = new Report(Instant.now(), "bench", Environment.current(), analyses, List.of(), null, 1);
        int size = ReportJson.render(report).length() + HtmlReport.render(report).length()
                + MarkdownReport.render(report).length();
        if (size == 0) {
            throw new IllegalStateException("nothing written");
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
