package io.github.rununder.internal.report;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classification and recommendation from synthetic results with exact figures. */
class RecommenderTest {

    @Test
    void ioBoundPrefersVirtualThreadsWithinNoiseOfAsyncAndNamesTheStartUpOfProcesses() {
        ModelResult processes = Synthetic.result(PROCESSES, 64, 8, 0.05, 50, 530, 535, 540);
        processes.startupNanos(610_000_000);

        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 64, 1, 0.03, 50, 3200, 3210, 3220),
                Synthetic.record(THREADS, 64, 8, 0.03, 50, 430, 440, 450),
                Synthetic.record(VIRTUAL_THREADS, 64, 8, 0.03, 50, 404, 406, 412),
                ModelRecord.of(processes),
                Synthetic.record(ASYNC, 64, 8, 0.03, 50, 400, 405, 409));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.IO_BOUND);
        assertThat(test.fastest()).isEqualTo(ASYNC);
        assertThat(test.recommendation().model()).isEqualTo(VIRTUAL_THREADS);
        assertThat(test.recommendation().reason()).isEqualTo("IO-bound: ASYNC and VIRTUAL_THREADS are within noise of"
                + " each other; VIRTUAL_THREADS keeps the code blocking and simple, and a waiting task costs little,"
                + " 7.9× SEQUENTIAL; PROCESSES pays 610 ms start-up");
    }

    @Test
    void cpuBoundRecommendsThreadsUsingBothCores() {
        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 8, 1, 0.98, 100, 800, 801, 802),
                Synthetic.record(THREADS, 8, 2, 1.9, 200, 420, 421, 422),
                Synthetic.record(VIRTUAL_THREADS, 8, 8, 1.9, 400, 440, 445, 450));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(test.recommendation().model()).isEqualTo(THREADS);
        assertThat(test.recommendation().reason())
                .isEqualTo("CPU-bound: THREADS is the fastest, 1.9× SEQUENTIAL, keeping 1.9 of 2 cores busy");
    }

    @Test
    void cpuBoundPrefersThreadsOverVirtualThreadsWithinNoise() {
        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 8, 1, 0.98, 100, 800, 801, 802),
                Synthetic.record(VIRTUAL_THREADS, 8, 2, 1.9, 200, 418, 419, 430),
                Synthetic.record(THREADS, 8, 2, 1.9, 200, 420, 421, 422));

        assertThat(test.fastest()).isEqualTo(VIRTUAL_THREADS);
        assertThat(test.recommendation().model()).isEqualTo(THREADS);
        assertThat(test.recommendation().reason()).startsWith("CPU-bound: VIRTUAL_THREADS and THREADS are within noise"
                + " of each other; THREADS runs on every core without start-up, 1.9× SEQUENTIAL");
    }

    @Test
    void processesClearlyFastestAreRecommendedWithTheirStartUp() {
        ModelResult processes = Synthetic.result(PROCESSES, 8, 2, 1.9, 200, 300, 301, 302);
        processes.startupNanos(400_000_000);

        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 8, 1, 0.98, 100, 800, 801, 802),
                Synthetic.record(THREADS, 8, 2, 1.9, 200, 420, 421, 422),
                ModelRecord.of(processes));

        assertThat(test.recommendation().model()).isEqualTo(PROCESSES);
        assertThat(test.recommendation().reason()).isEqualTo("CPU-bound: PROCESSES is the fastest, 2.7× SEQUENTIAL,"
                + " keeping 1.9 of 2 cores busy, plus 400 ms worker start-up");
    }

    @Test
    void sequentialWithinNoiseOfTheFastestMeansConcurrencyDoesNotPay() {
        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 4, 1, 0.5, 1, 4.1, 4.3, 4.6),
                Synthetic.record(THREADS, 4, 4, 0.5, 1, 4.0, 4.2, 4.4));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.MIXED);
        assertThat(test.recommendation().model()).isEqualTo(SEQUENTIAL);
        assertThat(test.recommendation().reason())
                .isEqualTo("Mixed: concurrency does not pay, SEQUENTIAL is within noise of THREADS");
    }

    @Test
    void mediansWithinTwoPercentAreEqualEvenWithoutOverlappingIntervals() {
        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 4, 1, 0.01, 10, 400, 400, 400),
                Synthetic.record(ASYNC, 4, 4, 0.01, 10, 100, 100, 100),
                Synthetic.record(VIRTUAL_THREADS, 4, 4, 0.01, 10, 101.5, 101.5, 101.5));

        assertThat(test.recommendation().model()).isEqualTo(VIRTUAL_THREADS);
    }

    @Test
    void aSingleMeasuredModelIsRecommendedSayingSo() {
        TestAnalysis test = analyse(2, Synthetic.record(THREADS, 4, 4, 0.01, 10, 10, 11, 12),
                ModelRecord.unmeasured(ASYNC, Status.FAILED, "boom", 4, 4, 1));

        assertThat(test.fastest()).isNull();
        assertThat(test.recommendation().reason()).isEqualTo("IO-bound: only THREADS was measured");
    }

    @Test
    void nothingMeasuredRecommendsNothing() {
        TestAnalysis test = analyse(2, ModelRecord.unmeasured(ASYNC, Status.FAILED, "boom", 4, 4, 1));

        assertThat(test.recommendation()).isNull();
        assertThat(test.classification()).isNull();
    }

    @Test
    void classificationThresholdsAreThreeQuartersAndOneQuarterOfTheSequentialBaseline() {
        assertThat(kind(0.75)).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(kind(0.74)).isEqualTo(WorkloadKind.MIXED);
        assertThat(kind(0.25)).isEqualTo(WorkloadKind.MIXED);
        assertThat(kind(0.24)).isEqualTo(WorkloadKind.IO_BOUND);
    }

    @Test
    void aComputingWorkloadOnAnOversubscribedMachineIsClassifiedAsTheNodeClassifiesIt() {
        // 100 ms rounds: the carrier computed 40 ms and waited 55 ms for a core.
        ModelResult sequential = new ModelResult(SEQUENTIAL, 4, 1, 0);
        for (int i = 0; i < 3; i++) {
            sequential.rounds().add(new RoundTiming(100_000_000, 45_000_000, 40_000_000, 100_000_000, 55_000_000));
        }

        TestAnalysis test = analyse(2, ModelRecord.of(sequential));

        Classification node = new WorkloadClassifier(2).classify(Map.of(SEQUENTIAL, sequential)).orElseThrow();
        assertThat(test.classification()).isEqualTo(node);
        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(Cells.classification(test.classification()))
                .isEqualTo("CPU-bound (CPU 89% of running time, 55% queued for a core)");
    }

    @Test
    void withoutSequentialTheFastestInProcessModelIsJudgedPerBusyCore() {
        TestAnalysis test = analyse(2, Synthetic.record(THREADS, 8, 4, 1.8, 100, 400, 401, 402));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(test.classification().basis()).isEqualTo(THREADS);
        assertThat(test.classification().cpuShare()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void efficiencyUsesTheSequentialMedianTaskAndTheCeilingOfTasksPerCarrier() {
        TestAnalysis test = analyse(2,
                Synthetic.record(SEQUENTIAL, 10, 1, 0.01, 10, 100, 100, 100),
                Synthetic.record(THREADS, 10, 4, 0.01, 12, 40, 40, 40));

        ModelFigures threads = test.models().get(1);
        assertThat(threads.taskBasis()).isEqualTo("SEQUENTIAL p50");
        assertThat(threads.idealNanos()).isCloseTo(30e6, org.assertj.core.data.Offset.offset(30e3));
        assertThat(threads.efficiency()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.001));
        assertThat(test.models().get(0).efficiency()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
    }

    private static WorkloadKind kind(double share) {
        return analyse(1, Synthetic.record(SEQUENTIAL, 4, 1, share, 10, 40, 40, 40)).classification().kind();
    }

    private static TestAnalysis analyse(int cores, ModelRecord... models) {
        return TestAnalysis.of(Synthetic.test("com.example.WorkTest", "work", cores, models), null);
    }
}
