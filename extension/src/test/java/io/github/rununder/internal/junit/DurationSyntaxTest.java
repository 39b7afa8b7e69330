package io.github.rununder.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationSyntaxTest {

    @ParameterizedTest
    @CsvSource({"90, PT1M30S", "90 s, PT1M30S", "2 m, PT2M", "2m, PT2M", "500 ms, PT0.5S", "500ms, PT0.5S",
            "3 h, PT3H", "1 d, PT24H", "7 μs, PT0.000007S", "7 us, PT0.000007S", "12 ns, PT0.000000012S", "' 5 S ', PT5S"})
    void readsJUnitsTimeoutSyntax(String text, Duration expected) {
        assertThat(DurationSyntax.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "0", "0 s", "-1 s", "1.5 s", "5 weeks", "s"})
    void rejectsAnythingElse(String text) {
        assertThat(DurationSyntax.parse(text)).isEmpty();
        assertThat(DurationSyntax.tooLong(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"200000 d", "99999999999999999999 s", "9223372036854775807 us", "2562048 h"})
    void rejectsWhatANanosecondClockCannotTimeAndSaysSo(String text) {
        assertThat(DurationSyntax.parse(text)).isEmpty();
        assertThat(DurationSyntax.tooLong(text)).isTrue();
    }
}
