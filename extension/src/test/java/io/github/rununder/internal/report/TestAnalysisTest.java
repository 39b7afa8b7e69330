package io.github.rununder.internal.report;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figures the report derives from a method's records. */
class TestAnalysisTest {

    @Test
    void efficiencyUsesTheSequentialMedianTaskAndTheCeilingOfTasksPerCarrier() {
        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 10, 1, 0.01, 10, 100, 100, 100),
                Synthetic.record(THREADS, 10, 4, 0.01, 12, 40, 40, 40));

        ModelAnalysis threads = test.models().get(1);
        assertThat(threads.taskBasis()).isEqualTo("SEQUENTIAL p50");
        assertThat(threads.idealNanos()).isCloseTo(30e6, org.assertj.core.data.Offset.offset(30e3));
        assertThat(threads.efficiency()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.001));
        assertThat(test.models().get(0).efficiency()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
    }

    private static TestAnalysis analyse(int cores, ModelRecord... models) {
        return TestAnalysis.of(Synthetic.test("com.example.WorkTest", "work", cores, models), null);
    }
}
