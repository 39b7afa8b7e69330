package io.github.rununder.internal.fork;

import io.github.rununder.bench.EmptyMain;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.TimeLimit;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Worker start-up against the JVM's own, measured in the same run, the samples of every row
 * interleaved so that a change in the machine's load hits all rows alike: a bare JVM ({@code java}
 * on the worker's class path running an empty {@code main}, spawn to exit), one worker (spawn to
 * inside the test), with and without the start-up cache, and eight workers at once with different
 * bounds on how many start at a time. The class path is a user's: the library as a jar, JUnit and
 * the test dependencies as jars, the test classes as a directory.
 *
 * <p>Run (the library's jar must exist, so {@code verify}):
 * {@code mvn -B -pl extension -Pbench verify -DskipTests -Dbench=StartupBenchmark -Dbench.args="10 ../docs/benchmarks/startup-jdk17.md"}.
 */
public final class StartupBenchmark {

    private static final String TEST = "[engine:junit-jupiter]/[class:" + WorkerStartupBenchmark.NoOp.class.getName()
            + "]/[test-template:task(" + io.github.rununder.TaskInfo.class.getName() + ")]";

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path output = args.length > 1 ? Path.of(args[1]) : null;
        ForkSpec spec = new ForkSpec(List.of(), userClassPath());
        Path cache = Files.createTempDirectory("rununder-startup-cache-");
        StartupCache cached = StartupCache.in(cache);
        long trainingStart = System.nanoTime();
        cached.afterRun(spec);
        long trainingNanos = System.nanoTime() - trainingStart;
        boolean archived = cached.archive(spec).filter(Files::isRegularFile).isPresent();

        Map<String, LongSupplier> rows = new LinkedHashMap<>();
        rows.put("bare JVM: `java -cp <worker class path>` of an empty `main`, spawn to exit", () -> bare(spec));
        rows.put("one worker, spawn to inside the test", () -> workers(spec, 1, 2, StartupCache.off()));
        if (archived) {
            rows.put("one worker with the start-up cache (" + (StartupCache.aheadOfTime() ? "AOT cache" : "CDS archive") + ")",
                    () -> workers(spec, 1, 2, cached));
        }
        for (int bound : new java.util.TreeSet<>(List.of(8, 4, WorkerPool.defaultStartParallelism())).descendingSet()) {
            String label = bound == WorkerPool.defaultStartParallelism() ? " (the default here)" : "";
            rows.put("8 workers, " + bound + " starting at a time" + label, () -> workers(spec, 8, bound, StartupCache.off()));
            if (archived) {
                rows.put("8 workers, " + bound + " starting at a time" + label + ", with the start-up cache",
                        () -> workers(spec, 8, bound, cached));
            }
        }
        Map<String, long[]> measured = new LinkedHashMap<>();
        rows.keySet().forEach(row -> measured.put(row, new long[samples]));
        for (int sample = 0; sample < samples; sample++) {
            for (Map.Entry<String, LongSupplier> row : rows.entrySet()) {
                measured.get(row.getKey())[sample] = row.getValue().getAsLong();
            }
        }
        String table = table(measured, trainingNanos, archived, cache);
        System.out.println(table);
        if (output != null) {
            Files.writeString(output, table);
        }
    }

    private static String table(Map<String, long[]> measured, long trainingNanos, boolean archived, Path cache) {
        double bare = Summary.of(measured.values().iterator().next()).median();
        StringBuilder text = new StringBuilder();
        text.append("Measured ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC)))
                .append(" on JDK ").append(Runtime.version()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; load average ").append(String.format("%.1f", java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage())).append(" at the end.\n\n");
        text.append("| Start-up | Median | Min–max | × bare JVM | Samples |\n|---|--:|--:|--:|--:|\n");
        measured.forEach((row, nanos) -> {
            Summary summary = Summary.of(nanos);
            text.append("| ").append(row).append(" | ").append(Durations.format(summary.median())).append(" | ")
                    .append(Durations.format(summary.min())).append("–").append(Durations.format(summary.max()))
                    .append(" | ").append(String.format("%.2f×", summary.median() / bare)).append(" | ")
                    .append(nanos.length).append(" |\n");
        });
        text.append("\nTraining the start-up cache (once per JDK and class path, when a run ends): ")
                .append(archived ? Durations.format(trainingNanos) + ", " + size(cache) : "failed").append(".\n");
        return text.toString();
    }

    private static String size(Path cache) {
        try (var files = Files.list(cache)) {
            long bytes = files.filter(f -> !f.getFileName().toString().startsWith(".")).mapToLong(f -> f.toFile().length()).sum();
            return String.format("an archive of %.1f MB", bytes / 1e6);
        } catch (java.io.IOException e) {
            return "an archive";
        }
    }

    /** Spawn to exit of a JVM running an empty main on the worker's class path. */
    private static long bare(ForkSpec spec) {
        List<String> command = new ArrayList<>(List.of(ForkSpec.javaExecutable(), "-cp",
                String.join(File.pathSeparator, ForkSpec.jarsFirst(spec.classPath())), EmptyMain.class.getName()));
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
            return System.nanoTime() - start;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spawn to inside the test of {@code count} workers of a fresh pool. */
    private static long workers(ForkSpec spec, int count, int bound, StartupCache cache) {
        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, bound, cache)) {
            Deadline deadline = Deadline.start(new TimeLimit(Duration.ofMinutes(5), "benchmark"));
            ProcessSession session = ProcessSession.forSpec(pool, spec, TEST, count, count,
                    StartupBenchmark.class.getClassLoader());
            long start = System.nanoTime();
            session.prepare(-1, deadline);
            long nanos = System.nanoTime() - start;
            session.finish(deadline);
            session.close();
            return nanos;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bench's class path with the library's classes directory replaced by its jar, as a user has it. */
    static List<String> userClassPath() {
        List<String> entries = new ArrayList<>();
        Path jar = libraryJar();
        for (String entry : ClassPath.of(WorkerStartupBenchmark.NoOp.class)) {
            Path path = Path.of(entry);
            entries.add(path.endsWith(Path.of("target", "classes")) ? jar.toString() : entry);
        }
        return entries;
    }

    private static Path libraryJar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("rununder-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().map(Path::toAbsolutePath)
                    .orElseThrow(() -> new IllegalStateException("no library jar in target/: run with 'verify'"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
