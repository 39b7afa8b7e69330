package io.github.rununder.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MedianIntervalTest {

    @Test
    void fiveRoundsGiveTheRangeWhichCoversTheMedianWithoutReachingNinetyFivePercent() {
        MedianInterval interval = MedianInterval.of(new long[] {50, 10, 40, 20, 30});

        assertThat(interval.lowNanos()).isEqualTo(10);
        assertThat(interval.highNanos()).isEqualTo(50);
        assertThat(interval.coverage()).isEqualTo(1 - 2 / 32.0);
        assertThat(interval.kind()).isEqualTo("min–max");
    }

    @Test
    void nineRoundsGiveTheSecondAndEighthValue() {
        MedianInterval interval = MedianInterval.of(LongStream.rangeClosed(1, 9).toArray());

        assertThat(interval.lowNanos()).isEqualTo(2);
        assertThat(interval.highNanos()).isEqualTo(8);
        assertThat(interval.coverage()).isCloseTo(1 - 20 / 512.0, offset(1e-12));
        assertThat(interval.kind()).isEqualTo("95% CI");
    }

    @Test
    void thousandsOfRoundsNarrowTheIntervalWithoutUnderflow() {
        MedianInterval interval = MedianInterval.of(LongStream.rangeClosed(1, 5000).toArray());

        // The order statistics of a 95% interval lie about 1.96·√n/2 ≈ 69 ranks from the middle.
        assertThat(interval.lowNanos()).isBetween(2425.0, 2435.0);
        assertThat(interval.highNanos()).isBetween(2566.0, 2576.0);
        assertThat(interval.coverage()).isBetween(0.95, 0.96);
    }

    @Test
    void oneRoundIsItsOwnInterval() {
        MedianInterval interval = MedianInterval.of(new long[] {7});

        assertThat(interval.lowNanos()).isEqualTo(7);
        assertThat(interval.highNanos()).isEqualTo(7);
        assertThat(interval.confident()).isFalse();
    }
}
