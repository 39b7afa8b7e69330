package io.github.rununder.bench;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Can something that warms up over the first executions make a false claim hold? A task is slow for
 * its first 96 calls (6 ms instead of 1 ms), as code is before the JIT, a pool or a cache has warmed
 * up; the first model node, SEQUENTIAL, pays for all of them. A false claim (THREADS ×1 at least
 * 1.5× faster than SEQUENTIAL: the same thread count, so 1.0× once warm) must never hold, and a true
 * one with the same artefact (THREADS ×4, at least 2.0×) must always hold, each run {@code runs}
 * times from scratch through the annotation, with seeded jitter of ±10% on every sleep. Figures go to
 * the file named by the first argument.
 */
public final class WarmupBiasBenchmark {

    /** How many of a run's first calls are slow. */
    static final int SLOW_CALLS = 96;

    static final AtomicInteger calls = new AtomicInteger();
    static volatile SplittableRandom jitter = new SplittableRandom(0);

    private WarmupBiasBenchmark() {}

    /** The workload: 6 ms for the first 96 calls of a run, 1 ms after. */
    static void task() throws InterruptedException {
        double millis = calls.getAndIncrement() < SLOW_CALLS ? 6 : 1;
        double jittered;
        synchronized (WarmupBiasBenchmark.class) {
            jittered = millis * (0.9 + 0.2 * jitter.nextDouble());
        }
        long nanos = Math.round(jittered * 1e6);
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    /** The false claim: THREADS with one thread is no faster than SEQUENTIAL once the task is warm. */
    public static class FalseClaim {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16, concurrency = 1)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.5)
        void task() throws InterruptedException {
            WarmupBiasBenchmark.task();
        }
    }

    /** The true claim: four threads are about four times as fast once warm. */
    public static class TrueClaim {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16, concurrency = 4)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.0)
        void task() throws InterruptedException {
            WarmupBiasBenchmark.task();
        }
    }

    /** One run's findings. */
    private record Run(String outcome, double nodeSpeedup, double verdictSeconds, double methodSeconds) {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int runs = Integer.getInteger("warmup.runs", 30);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        List<Run> falseRuns = runs(FalseClaim.class, runs, 1000);
        List<Run> trueRuns = runs(TrueClaim.class, runs, 2000);
        double minutes = (System.nanoTime() - start) / 60e9;
        long falseHeld = falseRuns.stream().filter(r -> r.outcome().equals("HOLDS")).count();
        long trueHeld = trueRuns.stream().filter(r -> r.outcome().equals("HOLDS")).count();
        boolean met = falseHeld == 0 && trueHeld == runs;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(started, load, minutes, runs, falseRuns, trueRuns, met));
        log("wrote %s (%.1f min): false claim held %d of %d, true claim held %d of %d", out, minutes, falseHeld, runs,
                trueHeld, runs);
    }

    private static List<Run> runs(Class<?> fixture, int runs, long seedBase) {
        List<Run> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            calls.set(0);
            jitter = new SplittableRandom(seedBase + run);
            Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
                    .configurationParameters(Map.of()).execute().allEvents();
            Run result = new Run(outcome(events), nodeSpeedup(events), seconds(events, "verdict"),
                    seconds(events, "task()"));
            results.add(result);
            log("%s run %d: %s; THREADS node %.2f× SEQUENTIAL; verdict %.2f s, method %.2f s", fixture.getSimpleName(),
                    run + 1, result.outcome(), result.nodeSpeedup(), result.verdictSeconds(), result.methodSeconds());
        }
        return results;
    }

    /** {@code HOLDS}, {@code FAILS}, ... from the verdict node's entry, or how the node ended. */
    private static String outcome(Events events) {
        Optional<String> verdict = entry(events, "verdict", "rununder.verdict.1");
        if (verdict.isPresent()) {
            return verdict.get().substring(0, verdict.get().indexOf(':'));
        }
        return events.finished().stream().filter(e -> name(e).contains("verdict")).findFirst()
                .map(e -> e.getPayload(TestExecutionResult.class).map(r -> r.getStatus().name()).orElse("?"))
                .orElse("NOT RUN");
    }

    /** What the THREADS node line said of its own rounds against SEQUENTIAL's. */
    private static double nodeSpeedup(Events events) {
        return entry(events, "THREADS", "rununder.speedup").map(Double::parseDouble).orElse(Double.NaN);
    }

    private static Optional<String> entry(Events events, String node, String key) {
        return events.reportingEntryPublished().stream().filter(e -> name(e).contains(node))
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get(key))
                .filter(value -> value != null).findFirst();
    }

    /** How long the node whose name contains {@code node} took, from started to finished. */
    private static double seconds(Events events, String node) {
        Instant started = events.stream().filter(e -> e.getType() == EventType.STARTED && name(e).contains(node))
                .map(Event::getTimestamp).findFirst().orElse(null);
        Instant finished = events.stream().filter(e -> e.getType() == EventType.FINISHED && name(e).contains(node))
                .map(Event::getTimestamp).findFirst().orElse(null);
        return started == null || finished == null ? Double.NaN : Duration.between(started, finished).toNanos() / 1e9;
    }

    private static String name(Event event) {
        return event.getTestDescriptor().getDisplayName();
    }

    private static String report(String started, double load, double minutes, int runs, List<Run> falseRuns,
            List<Run> trueRuns, boolean met) {
        return String.format(Locale.ROOT, """
                # Warm-up bias benchmark

                Run %s on %d cores (%s %s, Java %s), load average %.2f before it started, taking %.1f minutes.

                A task is slow for its first %d calls (6 ms instead of 1 ms), as code is before the JIT, a
                connection pool or a cache has warmed up; each run starts from a cold task. Under
                `@RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 16)`, the first model node, `SEQUENTIAL`,
                runs 96 calls (one warm-up round and five measured rounds of 16) and pays for all of them;
                `THREADS` finds the task warm. Every sleep has seeded jitter of ±10%%; each claim is run %d
                times from scratch through the annotation (the JUnit Platform's engine test kit), with the
                default settings.

                | Claim | Held | Failed | Undecided or unchecked | THREADS node line, median | Verdict node, median (max) | Method, median (max) |
                |---|---|---|---|---|---|---|
                %s
                %s

                Targets: the false claim never holds, the true one always does: **%s**.

                The node lines show each model's own rounds, measured one after another: they carry the
                warm-up artefact. The verdict rests on rounds measured interleaved in the verdict node, after
                every model ran once, so the artefact is shared by neither side and the claim is decided on
                the warm task; the verdict node also warns that the node figures contradict it. Time to a
                decision is the verdict node's (interleaved rounds, extra rounds while undecided); the
                method's time includes the model nodes. Source:
                `extension/src/bench/java/io/github/rununder/bench/WarmupBiasBenchmark.java`; run it with
                `mvn -B -pl extension -Pbench verify -DskipTests -Dbench=WarmupBiasBenchmark -Dbench.args=../docs/benchmarks/warmup.md`.
                """, started, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), load, minutes, SLOW_CALLS, runs,
                row("false: `THREADS` ×1 at least 1.5× faster than `SEQUENTIAL`", falseRuns),
                row("true: `THREADS` ×4 at least 2.0× faster than `SEQUENTIAL`", trueRuns), met ? "met" : "NOT met");
    }

    private static String row(String claim, List<Run> runs) {
        long held = runs.stream().filter(r -> r.outcome().equals("HOLDS")).count();
        long failed = runs.stream().filter(r -> r.outcome().equals("FAILS")).count();
        double[] verdict = runs.stream().mapToDouble(Run::verdictSeconds).toArray();
        double[] method = runs.stream().mapToDouble(Run::methodSeconds).toArray();
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f× | %.2f s (%.2f s) | %.2f s (%.2f s) |", claim,
                held, failed, runs.size() - held - failed, median(runs.stream().mapToDouble(Run::nodeSpeedup).toArray()),
                median(verdict), Arrays.stream(verdict).max().orElse(Double.NaN), median(method),
                Arrays.stream(method).max().orElse(Double.NaN));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
