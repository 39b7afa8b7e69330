package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Levels;
import java.util.Map;
import java.util.TreeMap;
import java.util.SplittableRandom;

/** Synthetic round times for the statistics tests: fixed values, or noise from a seeded generator. */
final class Samples {

    private Samples() {}

    /** The levels of a comparison of one concurrency, 1, at which {@link #result} measures every model. */
    static final Levels ONE = Levels.of(1);

    /** A result of {@code model} at concurrency 1 whose rounds took {@code millis} each. */
    static ModelResult result(Model model, double... millis) {
        return result(Arm.of(model, 1), millis);
    }

    /** A result of {@code arm} whose rounds took {@code millis} each. */
    static ModelResult result(Arm arm, double... millis) {
        ModelResult result = new ModelResult(arm, 1, 0);
        for (double ms : millis) {
            result.rounds().add(Math.round(ms * 1_000_000), -1);
        }
        return result;
    }

    static Map<Arm, ModelResult> results(ModelResult... results) {
        Map<Arm, ModelResult> map = new TreeMap<>();
        for (ModelResult result : results) {
            map.put(result.arm(), result);
        }
        return map;
    }

    /**
     * Round times around a typical time, as a busy machine gives them: log-normal jitter of 5%, and
     * one round in ten slowed by another program by an exponentially distributed 30% on average.
     */
    static final class Noise {

        private final SplittableRandom random;
        private final double sigma;
        private final double outlierRate;

        Noise(long seed) {
            this(seed, 0.05, 0.1);
        }

        Noise(long seed, double sigma, double outlierRate) {
            this.random = new SplittableRandom(seed);
            this.sigma = sigma;
            this.outlierRate = outlierRate;
        }

        /** One round of a workload whose undisturbed rounds take {@code millis}, in nanoseconds. */
        long round(double millis) {
            double log = Math.log(millis * 1e6) + sigma * gaussian();
            if (random.nextDouble() < outlierRate) {
                log += -0.3 * Math.log(1 - random.nextDouble());
            }
            return Math.round(Math.exp(log));
        }

        long[] rounds(int count, double millis) {
            long[] rounds = new long[count];
            for (int i = 0; i < count; i++) {
                rounds[i] = round(millis);
            }
            return rounds;
        }

        private double gaussian() {
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }
    }
}
