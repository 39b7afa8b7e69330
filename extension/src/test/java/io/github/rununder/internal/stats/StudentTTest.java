package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    /** Reference quantiles from the tables of Abramowitz and Stegun, 26.10 (R's qt gives the same). */
    @ParameterizedTest(name = "t({1}) at {0} is {2}")
    @CsvSource({"0.975, 1, 12.7062", "0.975, 2, 4.3027", "0.975, 3, 3.1824", "0.975, 5, 2.5706", "0.975, 10, 2.2281",
        "0.975, 30, 2.0423", "0.975, 31, 2.0395", "0.975, 60, 2.0003", "0.995, 3, 5.8409", "0.995, 4, 4.6041",
        "0.995, 20, 2.8453", "0.995, 40, 2.7045", "0.95, 7, 1.8946", "0.025, 10, -2.2281"})
    void matchesTheTables(double p, int degrees, double expected) {
        assertThat(StudentT.quantile(p, degrees)).isCloseTo(expected, within(1e-4));
    }

    @Test
    void theDistributionFunctionIsExactWhereItHasAClosedForm() {
        assertThat(StudentT.centralProbability(1, 1)).isCloseTo(0.5, within(1e-15)); // Cauchy: atan(1)·2/π
        assertThat(StudentT.centralProbability(Math.sqrt(2), 2)).isCloseTo(1 / Math.sqrt(2), within(1e-15));
    }

    @Test
    void approachesTheNormalQuantile() {
        assertThat(StudentT.quantile(0.975, 100_000)).isCloseTo(1.959964, within(1e-4));
    }

    @Test
    void needsADegreeOfFreedomAndAProbability() {
        assertThatThrownBy(() -> StudentT.quantile(0.975, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one degree of freedom is needed, not 0");
        assertThatThrownBy(() -> StudentT.quantile(1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a probability strictly between 0 and 1 is needed, not 1.0");
    }
}
