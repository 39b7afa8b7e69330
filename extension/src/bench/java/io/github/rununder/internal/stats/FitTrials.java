package io.github.rununder.internal.stats;

import io.github.rununder.internal.stats.Sweeps.Scenario;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Seeded trials of a fit on synthetic sweeps: how often σ, κ and N* come out right. */
final class FitTrials {

    static final int TRIALS = 200;

    /** Out of {@link #TRIALS}: σ close, κ close, peak within one step, and all three. */
    record Rates(int sigma, int kappa, int peak, int all) {}

    private FitTrials() {}

    static Rates run(Scenario scenario, double noise, int rounds, Function<ScalingRounds, UslCurve> fit) {
        SplittableRandom random = new SplittableRandom(scenario.name().hashCode() * 31L + Math.round(noise * 100));
        int sigma = 0;
        int kappa = 0;
        int peak = 0;
        int all = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            UslCurve fitted = fit.apply(Sweeps.draw(scenario, rounds, noise, random));
            boolean sigmaRight = Sweeps.close(fitted.sigma(), scenario.truth().sigma());
            boolean kappaRight = Sweeps.close(fitted.kappa(), scenario.truth().kappa());
            boolean peakRight = Sweeps.peakWithinOneStep(scenario, fitted.peakConcurrency());
            sigma += sigmaRight ? 1 : 0;
            kappa += kappaRight ? 1 : 0;
            peak += peakRight ? 1 : 0;
            all += sigmaRight && kappaRight && peakRight ? 1 : 0;
        }
        return new Rates(sigma, kappa, peak, all);
    }

    /** The sweep fit RunUnder reports: relative residuals, coherency only where significant. */
    static UslCurve sweepFit(ScalingRounds rounds) {
        return rounds.fit().curve();
    }

    /** Plain least squares on every round, as R's usl and {@code Scalability.fit} do. */
    static UslCurve plainFit(ScalingRounds rounds) {
        int count = 0;
        for (int level = 0; level < rounds.size(); level++) {
            count += rounds.rounds(level).length;
        }
        double[] concurrency = new double[count];
        double[] throughput = new double[count];
        int next = 0;
        for (int level = 0; level < rounds.size(); level++) {
            for (double x : rounds.rounds(level)) {
                concurrency[next] = rounds.level(level);
                throughput[next++] = x;
            }
        }
        return UslFit.fitted(concurrency, throughput).curve();
    }
}
