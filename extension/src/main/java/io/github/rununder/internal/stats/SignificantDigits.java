package io.github.rununder.internal.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Fitted parameters as people read them: a few significant digits, in exponent form only below
 * 10⁻⁶ or from 10⁹ on, so that κ = 0.000104 and λ = 1884 sit side by side in one sentence.
 */
public final class SignificantDigits {

    private SignificantDigits() {}

    /**
     * {@code value} rounded half up to {@code digits} significant digits, without trailing zeros:
     * {@code 0.000104}, {@code 1884}, {@code 4.7E-7}; {@code ∞} for infinity.
     */
    public static String of(double value, int digits) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).round(new MathContext(digits, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-6 && magnitude < 1e9 ? rounded.toPlainString() : rounded.toString();
    }
}
