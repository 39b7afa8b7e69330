package io.github.rununder.internal.engine;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.plan.Levels;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.WorkloadClassifier;
import io.github.rununder.testing.SyntheticResults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classification, fastest model and recommendation from synthetic results with exact figures. */
class FindingsTest {

    @Test
    void ioBoundPrefersVirtualThreadsWithinNoiseOfAsyncAndNamesTheStartUpOfProcesses() {
        ModelResult processes = result(PROCESSES, 64, 8, 0.05, 50, 530, 535, 540);
        processes.startupNanos(610_000_000);

        Findings test = analyse(2,
                measured(SEQUENTIAL, 64, 1, 0.03, 50, 3200, 3210, 3220),
                measured(THREADS, 64, 8, 0.03, 50, 430, 440, 450),
                measured(VIRTUAL_THREADS, 64, 8, 0.03, 50, 404, 406, 412),
                measured(processes),
                measured(ASYNC, 64, 8, 0.03, 50, 400, 405, 409));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.IO_BOUND);
        assertThat(test.fastest()).isEqualTo(ASYNC);
        assertThat(test.recommendation().model()).isEqualTo(VIRTUAL_THREADS);
        assertThat(test.recommendation().reason()).isEqualTo("IO-bound: ASYNC and VIRTUAL_THREADS are within noise of"
                + " each other; VIRTUAL_THREADS keeps the code blocking and simple, and a waiting task costs little,"
                + " 7.9× SEQUENTIAL; PROCESSES pays 610 ms start-up");
    }

    @Test
    void cpuBoundRecommendsThreadsUsingBothCores() {
        Findings test = analyse(2,
                measured(SEQUENTIAL, 8, 1, 0.98, 100, 800, 801, 802),
                measured(THREADS, 8, 2, 1.9, 200, 420, 421, 422),
                measured(VIRTUAL_THREADS, 8, 2, 1.9, 400, 440, 445, 450));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(test.recommendation().model()).isEqualTo(THREADS);
        assertThat(test.recommendation().reason())
                .isEqualTo("CPU-bound: THREADS is the fastest, 1.9× SEQUENTIAL, keeping 1.9 of 2 cores busy");
    }

    @Test
    void cpuBoundPrefersThreadsOverVirtualThreadsWithinNoise() {
        Findings test = analyse(2,
                measured(SEQUENTIAL, 8, 1, 0.98, 100, 800, 801, 802),
                measured(VIRTUAL_THREADS, 8, 2, 1.9, 200, 418, 419, 430),
                measured(THREADS, 8, 2, 1.9, 200, 420, 421, 422));

        assertThat(test.fastest()).isEqualTo(VIRTUAL_THREADS);
        assertThat(test.recommendation().model()).isEqualTo(THREADS);
        assertThat(test.recommendation().reason()).startsWith("CPU-bound: VIRTUAL_THREADS and THREADS are within noise"
                + " of each other; THREADS runs on every core without start-up, 1.9× SEQUENTIAL");
    }

    @Test
    void processesClearlyFastestAreRecommendedWithTheirStartUp() {
        ModelResult processes = result(PROCESSES, 8, 2, 1.9, 200, 300, 301, 302);
        processes.startupNanos(400_000_000);

        Findings test = analyse(2,
                measured(SEQUENTIAL, 8, 1, 0.98, 100, 800, 801, 802),
                measured(THREADS, 8, 2, 1.9, 200, 420, 421, 422),
                measured(processes));

        assertThat(test.recommendation().model()).isEqualTo(PROCESSES);
        assertThat(test.recommendation().reason()).isEqualTo("CPU-bound: PROCESSES is the fastest, 2.7× SEQUENTIAL,"
                + " keeping 1.9 of 2 cores busy, plus 400 ms worker start-up");
    }

    @Test
    void sequentialWithinNoiseOfTheFastestMeansConcurrencyDoesNotPay() {
        Findings test = analyse(2,
                measured(SEQUENTIAL, 4, 1, 0.5, 1, 4.1, 4.3, 4.6),
                measured(THREADS, 4, 4, 0.5, 1, 4.0, 4.2, 4.4));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.MIXED);
        assertThat(test.recommendation().model()).isEqualTo(SEQUENTIAL);
        assertThat(test.recommendation().reason())
                .isEqualTo("Mixed: concurrency does not pay, SEQUENTIAL is within noise of THREADS");
    }

    @Test
    void mediansWithinTwoPercentAreEqualEvenWithoutOverlappingIntervals() {
        Findings test = analyse(2,
                measured(SEQUENTIAL, 4, 1, 0.01, 10, 400, 400, 400),
                measured(ASYNC, 4, 4, 0.01, 10, 100, 100, 100),
                measured(VIRTUAL_THREADS, 4, 4, 0.01, 10, 101.5, 101.5, 101.5));

        assertThat(test.recommendation().model()).isEqualTo(VIRTUAL_THREADS);
    }

    @Test
    void aSingleMeasuredModelIsRecommendedSayingSo() {
        Findings test = analyse(2, measured(THREADS, 4, 4, 0.01, 10, 10, 11, 12),
                failed(ASYNC));

        assertThat(test.fastest()).isNull();
        assertThat(test.recommendation().reason()).isEqualTo("IO-bound: only THREADS was measured");
    }

    @Test
    void nothingMeasuredRecommendsNothing() {
        Findings test = analyse(2, failed(ASYNC));

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

        Findings test = analyse(2, measured(sequential));

        Classification node = new WorkloadClassifier(2).classify(Map.of(sequential.arm(), sequential)).orElseThrow();
        assertThat(test.classification()).isEqualTo(node);
        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(test.classification().describe())
                .isEqualTo("CPU-bound (CPU 89% of running time, 55% queued for a core)");
    }

    @Test
    void withoutSequentialTheFastestInProcessModelIsJudgedPerBusyCore() {
        Findings test = analyse(2, measured(THREADS, 8, 4, 1.8, 100, 400, 401, 402));

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.CPU_BOUND);
        assertThat(test.classification().basis()).isEqualTo(THREADS);
        assertThat(test.classification().cpuShare()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void withoutSequentialASweepIsJudgedAtItsLevelOneWhichRunsOneTaskAtATime() {
        // 1,000 naps: one at a time they barely compute; at 1,000 in flight the carriers are busy scheduling.
        ModelOutcome one = measured(THREADS, 1000, 1, 0.03, 1, 1200, 1210, 1220);
        ModelOutcome thousand = measured(THREADS, 1000, 1000, 1.6, 1, 50, 51, 52);

        Findings test = Findings.of(List.of(one, thousand), Levels.of(1, 1000), List.of(), 2);

        assertThat(test.classification().kind()).isEqualTo(WorkloadKind.IO_BOUND);
        assertThat(test.classification().cpuShare()).isCloseTo(0.03, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static WorkloadKind kind(double share) {
        return analyse(1, measured(SEQUENTIAL, 4, 1, share, 10, 40, 40, 40)).classification().kind();
    }

    private static Findings analyse(int cores, ModelOutcome... models) {
        return Findings.of(List.of(models), levels(List.of(models)), List.of(), cores);
    }

    /** The one level of a comparison of these arms: that of its concurrent models. */
    static Levels levels(List<ModelOutcome> models) {
        return Levels.of(models.stream().mapToInt(ModelOutcome::concurrency).max().orElse(1));
    }

    static ModelResult result(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        return SyntheticResults.result(model, tasks, concurrency, cpuShare, taskMillis, roundMillis);
    }

    static ModelOutcome measured(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        return measured(result(model, tasks, concurrency, cpuShare, taskMillis, roundMillis));
    }

    static ModelOutcome measured(ModelResult result) {
        return new ModelOutcome(result.arm(), ModelOutcome.Status.MEASURED, null, result, null, null);
    }

    static ModelOutcome failed(Model model) {
        return new ModelOutcome(Arm.of(model, 4), ModelOutcome.Status.FAILED, model + " failed: boom", null, null, null);
    }
}
