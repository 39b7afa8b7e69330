package io.github.rununder.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.stats.Classification;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void durationsReadAsDurationsFormatWritesThem() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double nanos = Math.pow(10, random.nextDouble() * 13) * (random.nextInt(20) == 0 ? -1 : 1);
            assertThat(Numbers.duration(nanos)).as("%s ns", nanos).isEqualTo(Durations.format(nanos));
        }
        for (double edge : new double[] {0, 999.5, 999.4999, 1e3, 9.995e3, 99.95e6, 999.5e6, 59.9999e9, 60e9, 2.675e6,
                1.005e9, Double.NaN}) {
            assertThat(Numbers.duration(edge)).as("%s ns", edge).isEqualTo(Durations.format(edge));
        }
    }

    @Test
    void classificationsReadAsDescribeWritesThem() {
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            double queued = random.nextInt(3) == 0 ? Double.NaN : random.nextDouble() * 0.2;
            Classification classification = new Classification(WorkloadKind.values()[random.nextInt(3)],
                    random.nextDouble(), queued, Model.values()[random.nextInt(5)]);
            assertThat(Cells.classification(classification)).isEqualTo(classification.describe());
        }
    }

    @Test
    void factorsReadAsFactorsFormatWritesThem() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double factor = Math.pow(10, random.nextDouble() * 5 - 2);
            assertThat(Numbers.factor(factor)).as("%s", factor).isEqualTo(Factors.format(factor));
        }
        for (double edge : new double[] {0.995, 0.9949, 9.95, 99.95, 100, 1.05, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(Numbers.factor(edge)).as("%s", edge).isEqualTo(Factors.format(edge));
        }
    }
}
