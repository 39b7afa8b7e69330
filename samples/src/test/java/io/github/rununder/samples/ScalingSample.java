package io.github.rununder.samples;

import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.assertj.RunUnderAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rununder.Compare;
import io.github.rununder.Comparison;
import io.github.rununder.Scalability;
import org.junit.jupiter.api.Test;

/** Scaling from code: a sweep through {@code Compare}, and the law fitted to a load test's own numbers. */
class ScalingSample {

    @Test
    void sweepFromCode() {
// tag::compare-sweep[]
Comparison sweep = Compare.workload(new CompareSample.Nap())     // 15 ms naps
        .model(THREADS, VIRTUAL_THREADS).tasks(24).concurrency(1, 2, 4, 8)
        .run();
assertThat(sweep).model(THREADS).bestConcurrency().isGreaterThanOrEqualTo(4);  // 8 here: naps scale
assertThat(sweep.scalability(THREADS)).isPresent();      // σ ≈ 0, κ = 0, N* = ∞
assertThat(sweep.recommendedConcurrency()).isPresent();  // the recommended model's best level
// end::compare-sweep[]
    }

    @Test
    void fitYourOwnNumbers() {
// tag::fit[]
double[] users   = {1,    18,    36,     72,     108,    144,    216};
double[] scripts = {64.9, 995.9, 1652.4, 1853.2, 1828.9, 1775.0, 1702.2}; // SPEC SDM91, per hour
Scalability usl = Scalability.fit(users, scripts);
assertThat(usl.sigma()).isCloseTo(0.0277, within(0.0001));
assertThat(usl.kappa()).isCloseTo(0.000104, within(0.000001));
assertThat(usl.lambda()).isCloseTo(90.0, within(0.1));
assertThat(usl.peakConcurrency()).isCloseTo(96.5, within(0.1));
assertThat(usl.peakThroughput()).isCloseTo(1884, within(1.0));
assertThat(usl.throughputAt(300)).isCloseTo(1447, within(1.0));
assertThat(usl.rSquared()).isCloseTo(0.990, within(0.001));
// end::fit[]
    }
}
