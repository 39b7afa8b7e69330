package io.github.rununder.internal.stats;

import static io.github.rununder.Model.THREADS;
import static io.github.rununder.internal.stats.Samples.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Warning;
import org.junit.jupiter.api.Test;

class InstabilityTest {

    private final Instability check = new Instability(30);

    @Test
    void steadyLongRoundsRaiseNoWarning() {
        ModelResult result = result(THREADS, 20, 20.5, 21, 19.5, 20);

        check.check(result);

        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void roundsThatVaryByMoreThanTenPercentAreUnstable() {
        ModelResult result = result(THREADS, 20, 30, 20, 20, 20);

        check.check(result);

        assertThat(result.warnings()).extracting(Warning::text).containsExactly("unstable: its 5 rounds vary by 20.3% (coefficient of variation,"
                + " above 10%); another program may compete for the machine. Verdicts need more rounds to decide");
    }

    @Test
    void roundsUnderAMillisecondAreTooShort() {
        ModelResult result = result(THREADS, 0.4, 0.4, 0.4);

        check.check(result);

        assertThat(result.warnings()).extracting(Warning::text).containsExactly("rounds too short: the median round took 400 µs, under 1.00 ms"
                + " (the timer ticks every 30 ns); raise 'tasks' so that a round lasts longer");
    }

    @Test
    void aCoarseTimerRaisesTheShortestRound() {
        ModelResult result = result(THREADS, 5, 5, 5);

        new Instability(10_000).check(result);

        assertThat(result.warnings()).extracting(Warning::text).singleElement().asString()
                .startsWith("rounds too short: the median round took 5.00 ms, under 10.0 ms (the timer ticks every 10.0 µs)");
    }

    @Test
    void eachCheckJudgesTheRoundsAsTheyStandThen() {
        ModelResult result = result(THREADS, 0.2, 0.4, 0.2);

        check.check(result);
        result.rounds().add(900_000, -1);
        check.check(result);

        assertThat(result.warnings()).extracting(Warning::kind)
                .containsExactly(Warning.Kind.UNSTABLE, Warning.Kind.TOO_SHORT);
        assertThat(result.warnings().get(0).text()).startsWith("unstable: its 4 rounds");

        for (int i = 0; i < 20; i++) {
            result.rounds().add(2_000_000, -1);
        }
        check.check(result);

        assertThat(result.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.UNSTABLE);
    }

    @Test
    void thisJvmsTimerTicksInUnderAMillisecond() {
        assertThat(Instability.TimerGranularity.measure()).isBetween(1L, 1_000_000L);
    }
}
