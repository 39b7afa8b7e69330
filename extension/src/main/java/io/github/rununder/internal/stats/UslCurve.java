package io.github.rununder.internal.stats;

/**
 * One curve of the Universal Scalability Law, {@code X(N) = λN / (1 + σ(N−1) + κN(N−1))}
 * (Gunther, <i>Guerrilla Capacity Planning</i>, 2007, ch. 4): the throughput a system gives at
 * concurrency {@code N}.
 *
 * @param lambda λ, the throughput at concurrency 1 ({@code γ} in the R package {@code usl})
 * @param sigma σ, contention: the share of the work that is serialised, from 0 to 1
 * @param kappa κ, coherency: the cost of keeping each pair of workers' data consistent, at least 0
 */
public record UslCurve(double lambda, double sigma, double kappa) {

    /** The throughput the curve predicts at {@code concurrency}. */
    public double throughputAt(double concurrency) {
        return lambda * relativeCapacity(sigma, kappa, concurrency);
    }

    /** How many times the throughput at concurrency 1 the curve predicts at {@code concurrency}. */
    public double speedupAt(double concurrency) {
        return relativeCapacity(sigma, kappa, concurrency);
    }

    /**
     * {@code N* = √((1−σ)/κ)}, where the throughput is highest; {@code +∞} where κ = 0 (the curve
     * never falls). Below 1 when it falls from concurrency 1 on.
     */
    public double peakConcurrency() {
        return kappa == 0 ? Double.POSITIVE_INFINITY : Math.sqrt((1 - sigma) / kappa);
    }

    /**
     * The highest throughput the curve reaches at a concurrency of at least 1: at {@link
     * #peakConcurrency()} (or at 1 when that lies below 1); where κ = 0, the limit it approaches,
     * λ/σ (Amdahl's asymptote), or {@code +∞} when σ is 0 too.
     */
    public double peakThroughput() {
        if (kappa > 0) {
            return throughputAt(Math.max(1, peakConcurrency()));
        }
        return sigma > 0 ? lambda / sigma : Double.POSITIVE_INFINITY;
    }

    /** {@code N / (1 + σ(N−1) + κN(N−1))}: the curve with λ = 1. */
    static double relativeCapacity(double sigma, double kappa, double concurrency) {
        return concurrency / (1 + sigma * (concurrency - 1) + kappa * concurrency * (concurrency - 1));
    }
}
