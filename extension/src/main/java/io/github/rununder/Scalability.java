package io.github.rununder;

import io.github.rununder.internal.stats.SignificantDigits;
import io.github.rununder.internal.stats.UslFit;

/**
 * The Universal Scalability Law fitted to throughputs measured at several concurrencies: how much
 * a workload gains from running more of it at once, and where that stops paying.
 *
 * <p>The law (Neil J. Gunther, <i>Guerrilla Capacity Planning</i>, Springer, 2007) predicts the
 * throughput at concurrency {@code N} as
 *
 * <pre>X(N) = λN / (1 + σ(N−1) + κN(N−1))</pre>
 *
 * <ul>
 *   <li>{@link #lambda() λ} is the throughput at concurrency 1;
 *   <li>{@link #sigma() σ} (contention) is the share of the work that waits for a shared resource
 *       — a lock, a queue, one disk. With κ = 0 this is Amdahl's law: throughput climbs towards
 *       {@code λ/σ} and never falls;
 *   <li>{@link #kappa() κ} (coherency) is the cost each pair of workers pays to agree — cache
 *       lines bouncing between cores, shared state kept consistent. It grows with the square of
 *       {@code N}, so past the {@link #peakConcurrency() peak} {@code N* = √((1−σ)/κ)} more
 *       concurrency gives <em>less</em> throughput (retrograde scaling).
 * </ul>
 *
 * <p>{@link #fit} finds λ, σ and κ by non-linear least squares (Levenberg–Marquardt), within
 * λ ≥ 0, 0 ≤ σ ≤ 1 and κ ≥ 0 — the same estimate, to three significant digits, as
 * {@code usl(throughput ~ load, data)} of the R package {@code usl} (version 2 and later, whose
 * {@code alpha}, {@code beta} and {@code gamma} are σ, κ and λ here). It works on your own
 * load-test numbers as well as on RunUnder's measurements:
 *
 * <pre>{@code
 * double[] users   = {1,    18,    36,     72,     108,    144,    216};    // SPEC SDM91 on a
 * double[] scripts = {64.9, 995.9, 1652.4, 1853.2, 1828.9, 1775.0, 1702.2}; // 16-CPU server, per hour
 * Scalability usl = Scalability.fit(users, scripts);
 * usl.sigma();            // 0.0277   contention
 * usl.kappa();            // 0.000104 coherency
 * usl.lambda();           // 90.0     scripts per hour for one user
 * usl.peakConcurrency();  // 96.5     users, where the throughput peaks
 * usl.peakThroughput();   // 1884     scripts per hour there
 * usl.throughputAt(300);  // 1447     beyond the peak: retrograde
 * usl.rSquared();         // 0.990
 * usl.toString();         // Scalability[σ = 0.0277, κ = 0.000104, λ = 90, N* = 96.5, R² = 0.99]
 * }</pre>
 *
 * <h2>Input and edge cases</h2>
 * <ul>
 *   <li>{@code concurrency[i]} and {@code throughput[i]} are one measurement; a concurrency may
 *       appear several times (one measurement per round), and the order does not matter.
 *       Throughput may be in any unit; λ comes out in the same unit.
 *   <li><b>Three or more distinct concurrencies</b> are needed to tell σ from κ. With exactly
 *       <b>two</b>, κ is 0 and λ, σ are fitted: Amdahl's law, through both points unless the
 *       throughput falls between them or grows faster than the concurrency.
 *   <li><b>Linear</b> throughput ({@code X(N) = cN}) gives σ = 0, κ = 0, λ = c and an unbounded
 *       peak; throughput that grows faster than linearly gives σ = 0, κ = 0 too, the closest
 *       the law can come.
 *   <li><b>Flat</b> throughput (the same at every concurrency) gives σ = 1, κ = 0: no gain from
 *       concurrency, no loss either; {@link #rSquared()} is 1.
 *   <li>A throughput of 0 at some concurrencies is allowed.
 *   <li>The results are never {@code NaN}. {@link #peakConcurrency()} is {@code +∞} where κ = 0
 *       (the throughput never falls), and {@link #peakThroughput()} where σ = 0 too (it never
 *       stops growing).
 *   <li>{@link IllegalArgumentException}, with a message saying which value is wrong, when the
 *       arrays differ in length, a concurrency is below 1, {@code NaN} or infinite, a throughput is
 *       negative, {@code NaN} or infinite, fewer than two distinct concurrencies were measured, or
 *       every throughput is 0. {@link NullPointerException} for a {@code null} array.
 * </ul>
 *
 * <p>Instances are immutable and hold no reference to the arrays they were fitted to.
 */
public final class Scalability {

    private final UslFit fit;

    private Scalability(UslFit fit) {
        this.fit = fit;
    }

    /** The law as a sweep of rounds was fitted, for {@link Comparison}. */
    static Scalability of(UslFit fit) {
        return new Scalability(fit);
    }

    /**
     * Fits the Universal Scalability Law to {@code throughput[i]} measured at {@code concurrency[i]}.
     *
     * @param concurrency the concurrency of each measurement (threads, users, processes), each at least 1
     * @param throughput the throughput of each measurement (work per unit of time), each at least 0
     * @return the fitted law
     * @throws IllegalArgumentException for the inputs listed in the class description
     * @throws NullPointerException if either array is {@code null}
     */
    public static Scalability fit(double[] concurrency, double[] throughput) {
        return new Scalability(UslFit.of(concurrency, throughput));
    }

    /** σ, contention: from 0 (none) to 1 (the work is fully serialised). */
    public double sigma() {
        return fit.curve().sigma();
    }

    /** κ, coherency: 0 when more concurrency never costs throughput; larger means an earlier peak. */
    public double kappa() {
        return fit.curve().kappa();
    }

    /** λ, the throughput the law predicts at concurrency 1, in the unit of the throughputs fitted. */
    public double lambda() {
        return fit.curve().lambda();
    }

    /**
     * The concurrency with the highest predicted throughput, {@code N* = √((1−σ)/κ)};
     * {@link Double#POSITIVE_INFINITY} where κ = 0. A value below 1 means the throughput falls from
     * concurrency 1 on.
     */
    public double peakConcurrency() {
        return fit.curve().peakConcurrency();
    }

    /**
     * The highest throughput the law predicts at a concurrency of at least 1: the throughput at
     * {@link #peakConcurrency()} (at 1 when that lies below 1). Where κ = 0 the throughput never
     * peaks; this is then the value it approaches, {@code λ/σ} (Amdahl's asymptote), or
     * {@link Double#POSITIVE_INFINITY} when σ = 0 too.
     */
    public double peakThroughput() {
        return fit.curve().peakThroughput();
    }

    /**
     * The throughput the law predicts at {@code concurrency}, measured or not.
     *
     * @throws IllegalArgumentException if {@code concurrency} is below 1, {@code NaN} or infinite
     */
    public double throughputAt(double concurrency) {
        return fit.curve().throughputAt(checked(concurrency));
    }

    /**
     * How many times the throughput at concurrency 1 the law predicts at {@code concurrency}:
     * {@code throughputAt(concurrency) / lambda()}.
     *
     * @throws IllegalArgumentException if {@code concurrency} is below 1, {@code NaN} or infinite
     */
    public double speedupAt(double concurrency) {
        return fit.curve().speedupAt(checked(concurrency));
    }

    /**
     * The coefficient of determination {@code 1 − RSS/TSS}, from 0 to 1: the share of the spread of
     * the measured throughputs that the fitted law explains. 1 when all throughputs are equal.
     */
    public double rSquared() {
        return fit.rSquared();
    }

    /** {@code Scalability[σ = 0.0277, κ = 0.000104, λ = 90, N* = 96.5, R² = 0.99]}: three significant digits each. */
    @Override
    public String toString() {
        return "Scalability[σ = " + SignificantDigits.of(sigma(), 3) + ", κ = " + SignificantDigits.of(kappa(), 3)
                + ", λ = " + SignificantDigits.of(lambda(), 3) + ", N* = " + SignificantDigits.of(peakConcurrency(), 3)
                + ", R² = " + SignificantDigits.of(rSquared(), 3) + "]";
    }

    private static double checked(double concurrency) {
        if (!(concurrency >= 1) || Double.isInfinite(concurrency)) {
            throw new IllegalArgumentException(
                    "concurrency is " + concurrency + ", but it must be a finite number of at least 1");
        }
        return concurrency;
    }
}
