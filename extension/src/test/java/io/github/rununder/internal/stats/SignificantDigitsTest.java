package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignificantDigitsTest {

    @ParameterizedTest(name = "{0} to {1} digits is {2}")
    @CsvSource({"0.0277285, 3, 0.0277", "1.044e-4, 3, 0.000104", "89.995, 3, 90", "1883.9, 3, 1880", "1883.9, 4, 1884",
        "96.51956, 3, 96.5", "0.125, 2, 0.13", "-0.125, 2, -0.13", "0, 3, 0", "16, 6, 16", "4.71e-7, 3, 4.71E-7",
        "2.5e12, 2, 2.5E+12", "Infinity, 3, ∞", "NaN, 3, n/a"})
    void roundsHalfUpAndDropsTrailingZeros(double value, int digits, String expected) {
        assertThat(SignificantDigits.of(value, digits)).isEqualTo(expected);
    }
}
