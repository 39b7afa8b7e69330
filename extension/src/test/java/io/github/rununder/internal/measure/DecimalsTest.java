package io.github.rununder.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decimals must read exactly as {@code String.format} writes them, ties and signs included. */
class DecimalsTest {

    @Test
    void fixedDecimalsReadAsFormatterWritesThem() {
        Random random = new Random(42);
        for (int i = 0; i < 40_000; i++) {
            double value = Math.pow(10, random.nextDouble() * 8 - 3) * (random.nextInt(20) == 0 ? -1 : 1);
            int decimals = random.nextInt(4);
            assertThat(Decimals.fixed(value, decimals)).as("%s with %d decimals", value, decimals)
                    .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
        }
        for (double edge : new double[] {0, 0.5, 1.5, 2.5, 0.125, 2.675, 1.005, 999.5, 999.4999, 9.995, 99.95, -0.5,
                -0.004, 1e15, 1e17}) {
            for (int decimals = 0; decimals < 4; decimals++) {
                assertThat(Decimals.fixed(edge, decimals)).as("%s with %d decimals", edge, decimals)
                        .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", edge));
            }
        }
    }

    @Test
    void durationsKeepTheirUnitsAndThreeFigures() {
        assertThat(Durations.format(920)).isEqualTo("920 ns");
        assertThat(Durations.format(85_300)).isEqualTo("85.3 µs");
        assertThat(Durations.format(412_000_000)).isEqualTo("412 ms");
        assertThat(Durations.format(3_214_000_000L)).isEqualTo("3.21 s");
        assertThat(Durations.format(90e9)).isEqualTo("1.5 min");
        assertThat(Durations.format(Double.NaN)).isEqualTo("n/a");
    }
}
