package io.github.rununder.internal.report;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.internal.report.json.MalformedJsonException;
import io.github.rununder.internal.report.json.ReportJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final TestRecord BEFORE = Synthetic.test("com.example.NapTest", "nap", 2,
            Synthetic.record(SEQUENTIAL, 8, 1, 0.01, 10, 80, 81, 82, 83, 84),
            Synthetic.record(THREADS, 8, 4, 0.01, 10, 20, 21, 22, 23, 24),
            Synthetic.record(ASYNC, 8, 4, 0.01, 10, 20, 21, 22, 23, 24));

    @Test
    void aModelWhoseWholeIntervalLiesAboveTheBaselinesIsSlower() {
        Map<io.github.rununder.Model, BaselineChange> changes = compare(
                Synthetic.record(SEQUENTIAL, 8, 1, 0.01, 10, 70, 71, 72, 73, 74),
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 25, 26, 27, 28, 29),
                Synthetic.record(ASYNC, 8, 4, 0.01, 10, 23, 24, 25, 26, 27));

        assertThat(changes.get(SEQUENTIAL).kind()).isEqualTo(BaselineChange.Kind.FASTER);
        assertThat(changes.get(THREADS).kind()).isEqualTo(BaselineChange.Kind.SLOWER);
        assertThat(changes.get(THREADS).ratio()).isEqualTo(27.0 / 22.0);
        assertThat(changes.get(THREADS).describe()).isEqualTo("THREADS got slower than the baseline: median 22.0 ms"
                + " → 27.0 ms (1.2×), interval 25.0 ms–29.0 ms above the baseline's 20.0 ms–24.0 ms");
        assertThat(changes.get(THREADS).failureMessage("old/report.json")).isEqualTo("Expected THREADS not to be slower"
                + " than in the baseline old/report.json, but its median went from 22.0 ms to 27.0 ms (1.2× slower;"
                + " interval 25.0 ms–29.0 ms, baseline 20.0 ms–24.0 ms)");
        // 23–27 ms overlaps 20–24 ms: a slower median, but not beyond the noise.
        assertThat(changes.get(ASYNC).kind()).isEqualTo(BaselineChange.Kind.UNCHANGED);
    }

    @Test
    void aDifferentWorkloadIsNotCompared() {
        Map<io.github.rununder.Model, BaselineChange> changes = compare(
                Synthetic.record(SEQUENTIAL, 16, 1, 0.01, 10, 160, 161, 162),
                Synthetic.record(THREADS, 8, 8, 0.01, 10, 60, 61, 62));

        assertThat(changes.get(SEQUENTIAL).describe())
                .isEqualTo("SEQUENTIAL not compared with the baseline: it ran 8 tasks per round, this run 16");
        assertThat(changes.get(THREADS).describe())
                .isEqualTo("THREADS not compared with the baseline: its concurrency was 4, this run's 8");
        assertThat(changes.values()).noneMatch(BaselineChange::slower);
    }

    @Test
    void methodsAndModelsMissingFromTheBaselineAreNotCompared() {
        Baseline baseline = Baseline.parse(reportJson(BEFORE), "before.json");

        TestRecord other = Synthetic.test("com.example.OtherTest", "nap", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 90, 91, 92));
        assertThat(baseline.compare(other, figures(other))).isEmpty();
    }

    @Test
    void aHandWrittenBaselineWithoutParameterTypesOrIntervalsIsReadByNameAndMedian() {
        Baseline baseline = Baseline.parse("{\"schema\":1,\"tests\":[{\"className\":\"com.example.NapTest\","
                + "\"methodName\":\"nap\",\"models\":[{\"model\":\"THREADS\",\"medianNanos\":10000000}]}]}", "hand.json");
        TestRecord now = Synthetic.test("com.example.NapTest", "nap", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 20, 21, 22));

        List<BaselineChange> changes = baseline.compare(now, figures(now));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(BaselineChange.Kind.SLOWER);
            assertThat(c.baselineLowNanos()).isEqualTo(10e6);
        });
    }

    @Test
    void anInvocationMeetsTheSameInvocationOnly() {
        TestRecord small = Synthetic.inInvocation(Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 20, 21, 22, 23, 24)), "[1] size=1024");
        TestRecord large = Synthetic.inInvocation(Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 60, 61, 62, 63, 64)), "[2] size=65536");
        Baseline baseline = Baseline.parse(reportJson(small, large), "before.json");
        // The same figures as the large invocation's baseline: slower than the small one's, unchanged against its own.
        TestRecord now = Synthetic.inInvocation(Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 60, 61, 62, 63, 64)), "[2] size=65536");

        assertThat(baseline.compare(now, figures(now))).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(BaselineChange.Kind.UNCHANGED));
        assertThat(baseline.compare(Synthetic.inInvocation(now, "[1] size=1024"), figures(now))).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(BaselineChange.Kind.SLOWER));
        assertThat(baseline.compare(now.className(), now.methodName(), now.parameterTypes(), "[3] size=1048576",
                List.of(Synthetic.outcome(Synthetic.result(THREADS, 8, 4, 0.01, 10, 60, 61, 62))))).isEmpty();
    }

    @Test
    void aBaselineFromBeforeInvocationsWereKeptMeetsNoInvocation() {
        // Reports of earlier versions kept one entry per method, the last invocation's: it is no baseline for any.
        Baseline old = Baseline.parse(reportJson(Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 1, 1, 1, 1, 1))), "old.json");
        TestRecord now = Synthetic.inInvocation(Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 60, 61, 62, 63, 64)), "[1] size=1024");

        assertThat(old.compare(now, figures(now))).isEmpty();
        TestRecord plain = Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 60, 61, 62, 63, 64));
        assertThat(old.compare(plain, figures(plain))).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(BaselineChange.Kind.SLOWER));
    }

    @Test
    void aSweepIsComparedLevelByLevel() {
        TestRecord before = Synthetic.test("com.example.NapTest", "sweep", 2,
                Synthetic.record(THREADS, 8, 1, 0.01, 10, 80, 81, 82, 83, 84),
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 20, 21, 22, 23, 24));
        Baseline baseline = Baseline.parse(reportJson(before), "before.json");
        TestRecord now = Synthetic.test("com.example.NapTest", "sweep", 2,
                Synthetic.record(THREADS, 8, 1, 0.01, 10, 80, 81, 82, 83, 84),
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 25, 26, 27, 28, 29),
                Synthetic.record(THREADS, 8, 8, 0.01, 10, 12, 13, 14, 15, 16));

        TestAnalysis analysis = TestAnalysis.of(now, baseline);

        assertThat(analysis.baseline().values()).extracting(c -> c.arm().label() + " " + c.kind())
                .containsExactlyInAnyOrder("THREADS ×1 UNCHANGED", "THREADS ×4 SLOWER");
        assertThat(analysis.regressions()).singleElement().satisfies(c -> assertThat(c.describe())
                .startsWith("THREADS ×4 got slower than the baseline: median 22.0 ms → 27.0 ms"));
    }

    @Test
    void somethingElseThanAReportIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Baseline.parse("{\"tests\":[]}", "x"))
                .isInstanceOf(MalformedJsonException.class).hasMessage("not a RunUnder report: 'schema' is missing");
        assertThatThrownBy(() -> Baseline.parse("{\"schema\":7}", "x"))
                .hasMessage("it has schema 7, this version of RunUnder reads schema 1");
        assertThatThrownBy(() -> Baseline.parse("<html>", "x")).hasMessageStartingWith("Malformed JSON at offset 0");
    }

    @Test
    void theReportFlagsRegressionsInItsWarnings() {
        Baseline baseline = Baseline.parse(reportJson(BEFORE), "before.json");
        TestRecord now = Synthetic.test("com.example.NapTest", "nap", 2,
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 25, 26, 27, 28, 29));

        TestAnalysis analysis = TestAnalysis.of(now, baseline);

        assertThat(analysis.regressions()).extracting(BaselineChange::model).containsExactly(THREADS);
        assertThat(analysis.warnings()).anyMatch(w -> w.startsWith("THREADS got slower than the baseline"));
    }

    /** The changes of a comparison of one concurrency, by model. */
    private static Map<io.github.rununder.Model, BaselineChange> compare(ModelRecord... now) {
        Baseline baseline = Baseline.parse(reportJson(BEFORE), "before.json");
        TestRecord current = Synthetic.test("com.example.NapTest", "nap", 2, now);
        Map<io.github.rununder.Model, BaselineChange> byModel = new java.util.EnumMap<>(io.github.rununder.Model.class);
        TestAnalysis.of(current, baseline).baseline().values().forEach(change -> byModel.put(change.model(), change));
        return byModel;
    }

    private static List<ModelAnalysis> figures(TestRecord test) {
        return TestAnalysis.of(test, null).models();
    }

    static String reportJson(TestRecord... tests) {
        return ReportJson.write(new Report(Instant.now(), "s", Environment.current(),
                java.util.Arrays.stream(tests).map(t -> TestAnalysis.of(t, null)).toList(), List.of(), null, 1));
    }
}
