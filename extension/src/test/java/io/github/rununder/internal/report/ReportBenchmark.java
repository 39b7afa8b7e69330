package io.github.rununder.internal.report;

import io.github.rununder.internal.measure.CpuClock;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long the report takes for a large build: 1,000 {@code @RunUnder} methods of five models and
 * five rounds each. Not a unit test (timings do not belong in those): run it with
 *
 * <pre>
 * mvn -q -B -pl extension test-compile exec:java -Dexec.mainClass=io.github.rununder.internal.report.ReportBenchmark \
 *     -Dexec.classpathScope=test
 * </pre>
 *
 * It prints the figures and writes them to {@code target/benchmarks/report.txt} under the working
 * directory. The first iteration is what a test JVM pays (the listener runs once per JVM, cold);
 * the median of the later ones is the steady state. The CPU times tell the cost apart from a busy
 * machine's waiting. Target: at most 1 s for 1,000 methods.
 */
public final class ReportBenchmark {

    private static final int METHODS = 1000;
    private static final int ITERATIONS = 10;

    private ReportBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<TestRecord> tests = Synthetic.many(METHODS);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Report of %d methods × 5 models × 5 rounds, Java %s, %d cores, load %.1f, %s",
                METHODS, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Instant.now()));
        lines.add(measure("publish, one JVM (part + merge + json/html/md, atomic)", () -> publish(tests, 1)));
        lines.add(measure("publish, last of two JVMs (500 methods each)", () -> publish(tests, 2)));
        lines.add(measure("render only (analysis + json/html/md in memory)", () -> render(tests)));
        Path out = Path.of("target", "benchmarks", "report.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private interface Job {
        void run() throws IOException;
    }

    /**
     * Wall time, and the CPU time of this thread (user time leaves out the kernel's writing of the
     * files; the HTML and the part are written on a second thread, not counted here) and of the
     * whole process (that second thread, the JIT compiler and GC included, which a cold JVM pays).
     */
    private static String measure(String name, Job job) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[ITERATIONS];
        long[] cpu = new long[ITERATIONS];
        long[] user = new long[ITERATIONS];
        long[] process = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long startUser = threads.getCurrentThreadUserTime();
            long startProcess = CpuClock.process().nanos();
            long start = System.nanoTime();
            job.run();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            user[i] = (threads.getCurrentThreadUserTime() - startUser) / 1_000_000;
            process[i] = (CpuClock.process().nanos() - startProcess) / 1_000_000;
        }
        return String.format(Locale.ROOT, "%s%n  first: wall %5d ms, thread CPU %5d ms (user %5d ms), process CPU %5d ms"
                + "%n  later (median): wall %5d ms, thread CPU %5d ms (user %5d ms)", name, wall[0], cpu[0], user[0],
                process[0], warmMedian(wall), warmMedian(cpu), warmMedian(user));
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
        int size = ReportJson.write(report).length() + HtmlReport.write(report).length()
                + MarkdownReport.write(report).length();
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
