package io.github.rununder.internal.stats;

import java.util.Arrays;

/**
 * The Universal Scalability Law fitted to the rounds of a sweep, the way RunUnder reports it. Two
 * choices differ from a plain least-squares fit ({@link UslFit#of}), both because the points are
 * repeated rounds of one machine:
 *
 * <ul>
 *   <li><b>Relative residuals.</b> Round-to-round noise is proportional to the throughput (a round
 *       that loses 5% to another program loses 5% at any concurrency), so each round is weighted
 *       by 1/m² with m the median throughput of its level: the fit minimises squared relative
 *       errors, as maximum likelihood does for such noise, and the rounds at high throughput do not
 *       drown the levels below them.
 *   <li><b>Coherency only where the rounds show it.</b> κ &gt; 0 puts a peak somewhere, and with
 *       noisy rounds a curve that only flattens can fit a peak inside the sweep by chance, a false
 *       "retrograde" claim. κ is kept only when it lowers the residuals significantly: the F test
 *       of the nested fit with κ = 0, at the {@value #COHERENCY_LEVEL} level, on {@code n − 3}
 *       degrees of freedom. Since κ ≥ 0 is tested on its boundary, a sweep without coherency cost
 *       gets a spurious κ in about half that share of runs (Self and Liang, JASA 82, 1987).
 * </ul>
 */
final class SweepFit {

    /** The significance level at which coherency is kept. */
    static final double COHERENCY_LEVEL = 0.01;

    private SweepFit() {}

    /** The law fitted to {@code rounds[i]}, the throughputs of the rounds at {@code levels[i]}. */
    static UslFit of(double[] levels, double[][] rounds) {
        int count = Arrays.stream(rounds).mapToInt(r -> r.length).sum();
        double[] concurrency = new double[count];
        double[] throughput = new double[count];
        double[] weight = new double[count];
        double[] levelWeight = levelWeights(rounds);
        int next = 0;
        for (int i = 0; i < levels.length; i++) {
            for (double x : rounds[i]) {
                concurrency[next] = levels[i];
                weight[next] = levelWeight[i];
                throughput[next++] = x;
            }
        }
        UslFit amdahl = UslFit.fitted(concurrency, throughput, weight, false);
        if (levels.length < 3) {
            return amdahl;
        }
        UslFit full = UslFit.fitted(concurrency, throughput, weight, true);
        int degrees = count - 3;
        if (degrees < 1 || full.residualSquares() == 0) {
            return full; // no replication to test against: keep what the points say, as UslFit.of does
        }
        double f = (amdahl.residualSquares() - full.residualSquares()) / (full.residualSquares() / degrees);
        double critical = Math.pow(StudentT.quantile(1 - COHERENCY_LEVEL / 2, degrees), 2);
        return f > critical ? full : amdahl;
    }

    /**
     * (M/m)² per level, m its median and M the largest median (only the ratios of weights matter,
     * and these neither overflow nor underflow); a level with median 0 takes the weight of the
     * smallest positive median.
     */
    private static double[] levelWeights(double[][] rounds) {
        double[] medians = Arrays.stream(rounds).mapToDouble(ScalingRounds::median).toArray();
        double largest = Arrays.stream(medians).max().orElseThrow();
        double smallest = Arrays.stream(medians).filter(m -> m > 0).min().orElse(1);
        return Arrays.stream(medians).map(m -> Math.pow((largest > 0 ? largest : 1) / (m > 0 ? m : smallest), 2)).toArray();
    }
}
