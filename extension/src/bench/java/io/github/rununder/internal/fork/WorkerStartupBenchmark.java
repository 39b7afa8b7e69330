package io.github.rununder.internal.fork;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.measure.Summary;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Worker start-up and round trip, measured one worker at a time (no start-up contends with
 * another): spawn to ready, ready to inside the first test, a later test on a warm worker, and
 * the round trip of a no-op task. Prints Markdown rows.
 *
 * <p>Run: {@code mvn -B -q -pl extension -Pbench verify -Dbench=WorkerStartupBenchmark}.
 */
public final class WorkerStartupBenchmark {

    private static final String TEST = "[engine:junit-jupiter]/[class:" + NoOp.class.getName() + "]/[test-template:task("
            + TaskInfo.class.getName() + ")]";

    private WorkerStartupBenchmark() {}

    /** Medians, in nanoseconds. */
    public record Figures(double firstTestMedian, double laterTestMedian, double roundTripMedian) {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> extra = args.length > 1 ? List.of(args[1].split(" ")) : List.of();
        measure(samples, extra, true);
    }

    /** Starts {@code samples} workers one after another with {@code extra} JVM arguments. */
    public static Figures measure(int samples, List<String> extra) throws Exception {
        return measure(samples, extra, false);
    }

    private static Figures measure(int samples, List<String> extra, boolean print) throws Exception {
        long[] firstTest = new long[samples];
        long[] laterTest = new long[samples];
        long[] roundTrip = new long[samples];
        for (int i = 0; i < samples; i++) {
            try (WorkerPool pool = new WorkerPool()) {
                Deadline deadline = Deadline.start(new TimeLimit(Duration.ofMinutes(2), "benchmark"));
                long start = System.nanoTime();
                ProcessSession first = session(pool, extra, 1);
                first.prepare(-1, deadline);
                firstTest[i] = System.nanoTime() - start;
                first.runRound(0, null, deadline);
                first.finish(deadline);
                first.close();

                long warm = System.nanoTime();
                ProcessSession later = session(pool, extra, 1);
                later.prepare(-1, deadline);
                laterTest[i] = System.nanoTime() - warm;
                Latencies ignored = new Latencies();
                for (int round = 0; round < 200; round++) {
                    later.runRound(round, ignored, deadline);
                }
                long trips = System.nanoTime();
                for (int round = 0; round < 1000; round++) {
                    later.runRound(round, ignored, deadline);
                }
                roundTrip[i] = (System.nanoTime() - trips) / 1000;
                later.finish(deadline);
                later.close();
            }
        }
        if (print) {
            row("first test entered (spawn to inside @RunUnder)", firstTest);
            row("later test entered on a warm worker", laterTest);
            row("warm per-task round trip (no-op task)", roundTrip);
        }
        return new Figures(Summary.of(firstTest).median(), Summary.of(laterTest).median(), Summary.of(roundTrip).median());
    }

    private static ProcessSession session(WorkerPool pool, List<String> extra, int tasks) {
        return ProcessSession.forTest(pool, NoOp.class, TEST, Map.of(), extra, tasks, 1);
    }

    private static void row(String what, long[] nanos) {
        Summary summary = Summary.of(nanos);
        System.out.printf("| %s | %s | %s–%s | %d |%n", what, Durations.format(summary.median()),
                Durations.format(summary.min()), Durations.format(summary.max()), nanos.length);
    }

    /** The test each worker enters: does nothing, so what is measured is RunUnder. */
    public static final class NoOp {
        @RunUnder(model = Model.PROCESSES, tasks = 1, concurrency = 1)
        void task(TaskInfo task) {}
    }

}
