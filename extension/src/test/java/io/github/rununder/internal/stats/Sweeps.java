package io.github.rununder.internal.stats;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic concurrency sweeps: rounds drawn around a known Universal Scalability Law curve with
 * multiplicative noise, and the yardsticks the fit is judged by.
 */
final class Sweeps {

    /** Within this share of the true σ or κ, or within {@link #ABSOLUTE} of it, a fitted value is right. */
    static final double RELATIVE = 0.15;
    static final double ABSOLUTE = 0.005;

    /** Curves the accuracy test and the benchmark recover: each kind of limit, at sweeps a test would run. */
    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("contention, no peak", new UslCurve(1000, 0.1, 0), 1, 2, 4, 8, 16, 32),
            new Scenario("peak inside the sweep", new UslCurve(1000, 0.05, 0.003), 1, 2, 4, 8, 16, 32, 64),
            new Scenario("near-linear", new UslCurve(50, 0.01, 0), 1, 2, 4, 8, 16),
            new Scenario("serialised by a lock", new UslCurve(200, 0.9, 0), 1, 2, 4, 8, 16),
            new Scenario("strong coherency", new UslCurve(1e6, 0.3, 0.01), 1, 2, 4, 8, 16),
            new Scenario("peak just beyond the sweep", new UslCurve(1000, 0.02, 0.0005), 1, 2, 4, 8, 16, 32));

    private Sweeps() {}

    /** A known curve and the levels a sweep measures it at. */
    record Scenario(String name, UslCurve truth, double... levels) {

        double largest() {
            return levels[levels.length - 1];
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A sweep of {@code rounds} rounds per level, each the curve's throughput times
     * {@code exp(noise·Z)} with Z standard normal: noise of about {@code noise} (as a coefficient
     * of variation) in proportion to the throughput, as a busy machine gives it.
     */
    static ScalingRounds draw(Scenario scenario, int rounds, double noise, SplittableRandom random) {
        double[][] throughputs = new double[scenario.levels().length][rounds];
        for (int level = 0; level < throughputs.length; level++) {
            double mean = scenario.truth().throughputAt(scenario.levels()[level]);
            for (int round = 0; round < rounds; round++) {
                throughputs[level][round] = mean * Math.exp(noise * gaussian(random));
            }
        }
        return ScalingRounds.of(scenario.levels(), throughputs);
    }

    /** Whether σ and κ are close and the peak within one step: what the accuracy target counts. */
    static boolean right(Scenario scenario, UslCurve fitted) {
        return close(fitted.sigma(), scenario.truth().sigma()) && close(fitted.kappa(), scenario.truth().kappa())
                && peakWithinOneStep(scenario, fitted.peakConcurrency());
    }

    /** Rounds per level for the accuracy target: 1.5 times {@link #roundsNeeded}, and at least 5. */
    static int roundsForTarget(Scenario scenario, double noise) {
        return (int) Math.max(5, Math.ceil(1.5 * roundsNeeded(scenario, noise)));
    }

    static boolean close(double fitted, double truth) {
        return Math.abs(fitted - truth) <= Math.max(RELATIVE * truth, ABSOLUTE);
    }

    /**
     * Whether the fitted peak lies within one step of the sweep of the true one. Steps are counted
     * on the sweep's own levels (between 8 and 16, one step is 8), extended beyond its ends by the
     * first and last step. A sweep cannot place a peak it does not reach: where the true peak lies
     * beyond the largest level (or is unbounded), the fitted one must lie beyond it too.
     */
    static boolean peakWithinOneStep(Scenario scenario, double fitted) {
        double truth = scenario.truth().peakConcurrency();
        if (truth > scenario.largest()) {
            return fitted > scenario.largest();
        }
        return Math.abs(position(scenario.levels(), fitted) - position(scenario.levels(), truth)) <= 1;
    }

    /** {@code N} in steps of the sweep: level {@code i} is at {@code i}, and linear in between. */
    static double position(double[] levels, double n) {
        if (Double.isInfinite(n)) {
            return Double.POSITIVE_INFINITY;
        }
        int last = levels.length - 1;
        if (n <= levels[0]) {
            return (n - levels[0]) / (levels[1] - levels[0]);
        }
        for (int i = 1; i <= last; i++) {
            if (n <= levels[i]) {
                return i - 1 + (n - levels[i - 1]) / (levels[i] - levels[i - 1]);
            }
        }
        return last + (n - levels[last]) / (levels[last] - levels[last - 1]);
    }

    /**
     * The rounds per level at which an unbiased fit that uses all the information in the rounds
     * has σ and κ within tolerance 95% of the time: from the Fisher information of the sweep under
     * noise {@code noise} on the log scale, {@code (1.96·sd₁/tolerance)²}, sd₁ the standard error
     * of one round per level (the Cramér–Rao bound). Where κ = 0, of the two-parameter law.
     */
    static double roundsNeeded(Scenario scenario, double noise) {
        UslCurve truth = scenario.truth();
        int parameters = truth.kappa() == 0 ? 2 : 3;
        double[][] information = new double[parameters][parameters];
        for (double n : scenario.levels()) {
            double denominator = 1 + truth.sigma() * (n - 1) + truth.kappa() * n * (n - 1);
            double[] gradient = {1 / truth.lambda(), -(n - 1) / denominator, -n * (n - 1) / denominator};
            for (int a = 0; a < parameters; a++) {
                for (int b = 0; b < parameters; b++) {
                    information[a][b] += gradient[a] * gradient[b];
                }
            }
        }
        double needed = Math.pow(1.96 * noise * Math.sqrt(inverseDiagonal(information, 1)) / tolerance(truth.sigma()), 2);
        if (parameters == 3) {
            needed = Math.max(needed,
                    Math.pow(1.96 * noise * Math.sqrt(inverseDiagonal(information, 2)) / tolerance(truth.kappa()), 2));
        }
        return needed;
    }

    private static double tolerance(double truth) {
        return Math.max(RELATIVE * truth, ABSOLUTE);
    }

    /** The diagonal element {@code i} of the inverse of {@code matrix}, column by column. */
    private static double inverseDiagonal(double[][] matrix, int i) {
        int n = matrix.length;
        double[][] system = new double[n][n + 1];
        for (int row = 0; row < n; row++) {
            System.arraycopy(matrix[row], 0, system[row], 0, n);
            system[row][n] = row == i ? 1 : 0;
        }
        return SmallLinearSystem.solve(system)[i];
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
