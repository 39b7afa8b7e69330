package io.github.rununder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * {@link Scalability#fit} gives the fits the R package {@code usl} publishes, to three significant
 * digits.
 *
 * <p>Source: {@code usl} 3.0.3 by Stefan Möding and Neil J. Gunther (CRAN, 2022), repository
 * github.com/smoeding/usl: the data sets {@code data/specsdm91.rda} and {@code data/raytracer.rda}
 * (from Gunther, <i>Guerrilla Capacity Planning</i>, 2007), and the outputs its checks compare
 * against, {@code tests/*.Rout.save} — {@code summary}, {@code fitted}, {@code confint},
 * {@code warn-accuracy}, {@code peak-scalability}, {@code coef} — and the {@code summary} in its
 * README.
 *
 * <p>Like with like: {@code usl} 2.0 and later fit {@code X(N) = γN / (1 + α(N−1) + βN(N−1))} to
 * the raw throughputs by least squares ({@code nlxb}, bounds 0 ≤ α, β ≤ 1, γ ≥ 0), so α, β, γ are
 * σ, κ, λ here. Releases before 2.0 normalised the throughputs by a reference throughput X(1)
 * first; their default method took the measured X(1) and fitted a quadratic to the deviation from
 * linearity, which gives other σ and κ (for {@code raytracer}, σ = 0.0500 and κ = 4.71·10⁻⁶, a
 * different estimator) and is not compared here. Their {@code nlxb} method fitted the reference
 * throughput too, which is the three-parameter fit again: its R² is compared below.
 */
class ScalabilityAgainstRTest {

    /** {@code data(specsdm91)}: SPEC SDM91 on a 16-CPU Sun SPARCcenter 2000, load against scripts per hour. */
    private static final double[] SPECSDM91_LOAD = {1, 18, 36, 72, 108, 144, 216};
    private static final double[] SPECSDM91_THROUGHPUT = {64.9, 995.9, 1652.4, 1853.2, 1828.9, 1775.0, 1702.2};

    /** {@code data(raytracer)}: a ray tracer on an SGI Origin 2000, processors against throughput. */
    private static final double[] RAYTRACER_PROCESSORS = {1, 4, 8, 12, 16, 20, 24, 28, 32, 48, 64};
    private static final double[] RAYTRACER_THROUGHPUT = {20, 78, 130, 170, 190, 200, 210, 230, 260, 280, 310};

    @Test
    void specsdm91MatchesTheSummaryInTheReadme() {
        Scalability usl = Scalability.fit(SPECSDM91_LOAD, SPECSDM91_THROUGHPUT);

        // README: alpha 0.0277285, beta 0.0001044, gamma 89.9952330
        assertSameToThreeDigits(usl.sigma(), 0.0277285);
        assertSameToThreeDigits(usl.kappa(), 0.0001044);
        assertSameToThreeDigits(usl.lambda(), 89.9952330);
        // tests/peak-scalability.R: all.equal(peak.scalability(u), 96.51956, 0.0001)
        assertThat(usl.peakConcurrency()).isCloseTo(96.51956, within(96.51956 * 1e-4));
        // README: "peak: throughput 1884 at load 96.52"; tests/limit-scalability.R: 3245.589 = gamma / alpha
        assertSameToThreeDigits(usl.peakThroughput(), 1884);
        assertSameToThreeDigits(usl.lambda() / usl.sigma(), 3245.589);
    }

    @Test
    void specsdm91FittedValuesAndResidualErrorMatch() {
        Scalability usl = Scalability.fit(SPECSDM91_LOAD, SPECSDM91_THROUGHPUT);
        double[] published = {90, 1078, 1541, 1850, 1879, 1822, 1646}; // tests/fitted.Rout.save, digits = 3

        double squares = 0;
        for (int i = 0; i < SPECSDM91_LOAD.length; i++) {
            assertSameToThreeDigits(usl.throughputAt(SPECSDM91_LOAD[i]), published[i]);
            squares += Math.pow(SPECSDM91_THROUGHPUT[i] - usl.throughputAt(SPECSDM91_LOAD[i]), 2);
        }
        // tests/sigma.Rout.save: residual standard error 82.8 on 7 - 3 = 4 degrees of freedom
        assertSameToThreeDigits(Math.sqrt(squares / 4), 82.8);
        // tests/summary.Rout.save before 2.0 (commit 215936c, nlxb fit of the same curve): "Multiple R-squared: 0.9896"
        assertSameToThreeDigits(usl.rSquared(), 0.9896);
    }

    @Test
    void raytracerFirstSixRowsMatchConfint() {
        Scalability usl = Scalability.fit(head(RAYTRACER_PROCESSORS, 6), head(RAYTRACER_THROUGHPUT, 6));

        // tests/confint.Rout.save: coef(u) of raytracer[1:6, ] is 0.02444 0.00163 20.85605
        assertSameToThreeDigits(usl.sigma(), 0.02444);
        assertSameToThreeDigits(usl.kappa(), 0.00163);
        assertSameToThreeDigits(usl.lambda(), 20.85605);
    }

    @Test
    void raytracerFirstFiveRowsMatchWarnAccuracy() {
        Scalability usl = Scalability.fit(head(RAYTRACER_PROCESSORS, 5), head(RAYTRACER_THROUGHPUT, 5));

        // tests/warn-accuracy.Rout.save prints coef(u) of raytracer[1:5, ] with three decimals: 0.028 0.001 21.059
        assertThat(usl.sigma()).isCloseTo(0.028, within(0.0005));
        assertThat(usl.kappa()).isCloseTo(0.001, within(0.0005));
        assertThat(usl.lambda()).isCloseTo(21.059, within(0.0005));
    }

    @Test
    void theSyntheticCurveOfTheCoefTestIsRecovered() {
        // tests/coef.R: a curve made with alpha = beta = 0.02 and gamma = 1, rounded to four decimals
        Scalability usl = Scalability.fit(new double[] {1, 2, 4, 6, 8, 10},
                new double[] {1, 1.8868, 3.0769, 3.5294, 3.5398, 3.3557});

        assertSameToThreeDigits(usl.sigma(), 0.02);
        assertSameToThreeDigits(usl.kappa(), 0.02);
        assertSameToThreeDigits(usl.lambda(), 1.00);
    }

    /** Rounded to three significant digits, the two numbers are the same. */
    private static void assertSameToThreeDigits(double actual, double published) {
        assertThat(threeDigits(actual)).as("%s against the published %s", actual, published)
                .isEqualByComparingTo(threeDigits(published));
    }

    private static BigDecimal threeDigits(double value) {
        return new BigDecimal(value).round(new MathContext(3));
    }

    private static double[] head(double[] values, int count) {
        double[] head = new double[count];
        System.arraycopy(values, 0, head, 0, count);
        return head;
    }
}
