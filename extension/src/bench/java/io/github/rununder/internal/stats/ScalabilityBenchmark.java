package io.github.rununder.internal.stats;

import io.github.rununder.internal.stats.FitTrials.Rates;
import io.github.rununder.internal.stats.Sweeps.Scenario;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How well and how cheaply the Universal Scalability Law fit works: 200 seeded trials per scenario,
 * noise level and rounds per level on synthetic sweeps, the same trials with plain least squares,
 * the coverage of the bootstrap intervals, and the time a fit and a bootstrap take. CPU-only and
 * deterministic apart from the timings. Figures go to the file named by the first argument.
 */
public final class ScalabilityBenchmark {

    private static final double[] NOISE = {0.05, 0.10, 0.20};
    private static final int[] ROUNDS = {5, 10, 20};
    private static final int COVERAGE_TRIALS = 200;
    static final int COVERAGE_RESAMPLES = 500;

    private ScalabilityBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "../docs/benchmarks/scalability.md");
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        String accuracy = accuracy();
        String coverage = coverage();
        String cost = cost();
        double minutes = (System.nanoTime() - start) / 60e9;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, ScalabilityReport.write(started, load, minutes, accuracy, coverage, cost));
        log("wrote %s (%.1f min)", out, minutes);
    }

    private static String accuracy() {
        StringBuilder table = new StringBuilder();
        for (Scenario scenario : Sweeps.SCENARIOS) {
            for (double noise : NOISE) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.0f%% |", scenario.name(),
                        describe(scenario), noise * 100));
                for (int rounds : ROUNDS) {
                    row.append(' ').append(FitTrials.run(scenario, noise, rounds, FitTrials::sweepFit).all()).append(" |");
                }
                row.append(' ').append(FitTrials.run(scenario, noise, 10, FitTrials::plainFit).all()).append(" |");
                int target = Sweeps.roundsForTarget(scenario, noise);
                Rates rates = FitTrials.run(scenario, noise, target, FitTrials::sweepFit);
                row.append(String.format(Locale.ROOT, " %d | %d (σ %d, κ %d, N* %d) |%n", target, rates.all(), rates.sigma(),
                        rates.kappa(), rates.peak()));
                table.append(row);
                log("%s, %.0f%% noise: done", scenario.name(), noise * 100);
            }
        }
        return table.toString();
    }

    /** How often the 95% bootstrap intervals hold the true σ, κ and N*. */
    private static String coverage() {
        StringBuilder table = new StringBuilder();
        for (Scenario scenario : new Scenario[] {Sweeps.SCENARIOS.get(0), Sweeps.SCENARIOS.get(1)}) {
            for (int rounds : new int[] {5, 10}) {
                SplittableRandom random = new SplittableRandom(rounds * 7919L + scenario.name().hashCode());
                int sigma = 0;
                int kappa = 0;
                int peak = 0;
                for (int trial = 0; trial < COVERAGE_TRIALS; trial++) {
                    UslIntervals intervals = UslBootstrap.intervals(Sweeps.draw(scenario, rounds, 0.10, random),
                            COVERAGE_RESAMPLES, 0.95, trial);
                    sigma += intervals.sigma().contains(scenario.truth().sigma()) ? 1 : 0;
                    kappa += intervals.kappa().contains(scenario.truth().kappa()) ? 1 : 0;
                    peak += intervals.peakConcurrency().contains(scenario.truth().peakConcurrency()) ? 1 : 0;
                }
                table.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %.1f%% |%n", scenario.name(), rounds,
                        100.0 * sigma / COVERAGE_TRIALS, 100.0 * kappa / COVERAGE_TRIALS, 100.0 * peak / COVERAGE_TRIALS));
                log("coverage, %s, %d rounds: done", scenario.name(), rounds);
            }
        }
        return table.toString();
    }

    private static String cost() {
        Scenario peaked = Sweeps.SCENARIOS.get(1);
        Scenario fiveLevels = new Scenario("five levels", peaked.truth(), 1, 2, 4, 8, 16);
        ScalingRounds five = Sweeps.draw(fiveLevels, 5, 0.10, new SplittableRandom(1));
        ScalingRounds ten = Sweeps.draw(fiveLevels, 10, 0.10, new SplittableRandom(2));
        double[] users = {1, 18, 36, 72, 108, 144, 216};
        double[] scripts = {64.9, 995.9, 1652.4, 1853.2, 1828.9, 1775.0, 1702.2};
        return String.format(Locale.ROOT, """
                | What | Median time |
                |---|---|
                | `Scalability.fit`, 7 points (SPEC SDM91) | %.0f µs |
                | sweep fit, 5 levels × 5 rounds | %.0f µs |
                | sweep fit, 5 levels × 10 rounds | %.0f µs |
                | bootstrap, 1,000 resamples of 5 levels × 5 rounds | %.0f ms |
                | bootstrap, 1,000 resamples of 5 levels × 10 rounds | %.0f ms |
                """,
                median(2000, () -> UslFit.of(users, scripts)) / 1e3,
                median(500, five::fit) / 1e3, median(500, ten::fit) / 1e3,
                median(11, () -> UslBootstrap.intervals(five, 1000, 0.95, 42)) / 1e6,
                median(11, () -> UslBootstrap.intervals(ten, 1000, 0.95, 42)) / 1e6);
    }

    /** The median nanoseconds of {@code runs} calls, after as many unmeasured ones to warm the JIT. */
    private static double median(int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        double[] nanos = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2];
    }

    private static String describe(Scenario scenario) {
        UslCurve truth = scenario.truth();
        double[] levels = scenario.levels();
        return String.format(Locale.ROOT, "σ = %s, κ = %s, N* = %s; %s–%s", SignificantDigits.of(truth.sigma(), 3),
                SignificantDigits.of(truth.kappa(), 3), SignificantDigits.of(truth.peakConcurrency(), 3),
                SignificantDigits.of(levels[0], 6), SignificantDigits.of(levels[levels.length - 1], 6));
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
