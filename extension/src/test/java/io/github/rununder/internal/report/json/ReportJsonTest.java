package io.github.rununder.internal.report.json;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.report.ClaimRecord;
import io.github.rununder.internal.report.Environment;
import io.github.rununder.internal.report.ModelRecord;
import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.Status;
import io.github.rununder.internal.report.Synthetic;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.VerdictRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    @Test
    void aPartReadsBackAsTheRecordsItWasWrittenFrom() {
        ModelResult processes = Synthetic.result(PROCESSES, 8, 2, 0.5, 10, 50, 52, 54);
        processes.startupNanos(610_000_000);
        processes.note(new Note(Note.Kind.CARRIERS, "2 workers"));
        processes.warn(new Warning(Warning.Kind.UNSTABLE, "rounds vary by 12%"));
        ModelRecord failed = ModelRecord.unmeasured(ASYNC, Status.FAILED, "ASYNC failed on task 3: boom", 8, 2, 1);
        ClaimRecord claim = new ClaimRecord("THREADS at least 2.0× faster than SEQUENTIAL", "FAILS", false,
                "Expected THREADS to be at least 2.0× faster than SEQUENTIAL, but it was 1.1×",
                Map.of("kind", "faster", "atLeast", 2.5, "lowerBound", 1.05, "rounds", 12L));
        TestRecord test = Synthetic.test("com.example.NapTest", "nap", "io.github.rununder.TaskInfo", "nap(TaskInfo)",
                Status.FAILED, null, List.of(Synthetic.record(processes), failed),
                new VerdictRecord(Status.FAILED, "Expected ...", "fail", List.of(claim), List.of("a warning")),
                Instant.parse("2026-11-27T09:00:00.123Z"), 2);

        for (String written : List.of(ReportJson.writePart("session-1", Environment.current(), List.of(test)),
                ReportJson.write(report(List.of(test))))) {
            assertReadsBack(ReportJson.readPart(written), test, processes, failed);
        }
    }

    @Test
    void theInvocationIsWrittenWhereThereIsOneAndReadsBack() {
        TestRecord plain = Synthetic.test("com.example.SizesTest", "read", 2,
                Synthetic.record(SEQUENTIAL, 8, 1, 0.01, 10, 80, 81, 82));
        TestRecord second = Synthetic.inInvocation(plain, "[2] size=65536");

        String written = ReportJson.writePart("session-1", Environment.current(), List.of(plain, second));

        assertThat(written).containsOnlyOnce("\"invocation\":\"[2] size=65536\"");
        assertThat(ReportJson.readPart(written).tests()).extracting(TestRecord::invocation).containsExactly("", "[2] size=65536");
        assertThat(ReportJson.readPart(written).tests()).extracting(TestRecord::key).containsExactly(
                "com.example.SizesTest#read(io.github.rununder.TaskInfo)",
                "com.example.SizesTest#read(io.github.rununder.TaskInfo) [2] size=65536");
    }

    private static void assertReadsBack(ReportJson.Part part, TestRecord test, ModelResult processes, ModelRecord failed) {
        assertThat(part.session()).isEqualTo("session-1");
        TestRecord read = part.tests().get(0);
        assertThat(read).usingRecursiveComparison().ignoringFields("models").isEqualTo(test);
        ModelRecord model = read.models().get(0);
        assertThat(model.wallNanos()).containsExactly(50_000_000, 52_000_000, 54_000_000);
        assertThat(model.cpuNanos()).containsExactly(25_000_000, 26_000_000, 27_000_000);
        assertThat(model.taskCpuNanos()).containsExactly(25_000_000, 26_000_000, 27_000_000);
        assertThat(model).usingRecursiveComparison().ignoringFields("latency").isEqualTo(Synthetic.record(processes));
        assertThat(model.latency().p50Nanos()).isEqualTo(processes.latencies().percentile(50));
        assertThat(model.latency().count()).isEqualTo(24);
        assertThat(read.models().get(1)).usingRecursiveComparison().isEqualTo(failed);
    }

    @Test
    void theReportHasTheNormativeShape() {
        TestRecord test = Synthetic.test("com.example.NapTest", "nap", 2,
                Synthetic.record(SEQUENTIAL, 8, 1, 0.01, 10, 80, 81, 82),
                Synthetic.record(THREADS, 8, 4, 0.01, 10, 20, 21, 22));

        JsonObject json = JsonReader.parseObject(ReportJson.write(report(List.of(test))));

        assertThat(json.whole("schema")).contains(1L);
        JsonObject first = json.objects("tests").get(0);
        assertThat(first.requiredText("className")).isEqualTo("com.example.NapTest");
        assertThat(first.requiredText("methodName")).isEqualTo("nap");
        assertThat(first.requiredText("classification")).isEqualTo("IO_BOUND");
        assertThat(first.requiredText("recommended")).isEqualTo("THREADS");
        JsonObject threads = first.objects("models").get(1);
        assertThat(threads.requiredText("model")).isEqualTo("THREADS");
        assertThat(threads.whole("tasks")).contains(8L);
        assertThat(threads.whole("concurrency")).contains(4L);
        assertThat(threads.whole("rounds")).contains(3L);
        assertThat(threads.whole("medianNanos")).contains(21_000_000L);
        assertThat(threads.whole("startupNanos")).contains(0L);
        assertThat(threads.decimal("speedup").orElseThrow()).isEqualTo(81.0 / 21.0);
        // ceil(8 / 4) tasks of 10 ms (the sequential median task) against a median of 21 ms
        // (HdrHistogram keeps three significant digits of the 10 ms)
        assertThat(threads.decimal("idealNanos").orElseThrow()).isCloseTo(20e6, offset(20e3));
        assertThat(threads.decimal("efficiency").orElseThrow()).isCloseTo(20.0 / 21.0, offset(0.001));
        assertThat(threads.decimal("throughputPerSecond").orElseThrow()).isCloseTo(8 / 0.021, offset(1e-9));
        assertThat(first.objects("verdicts")).isEmpty();
        assertThat(json.object("environment").orElseThrow().whole("cores")).isPresent();
    }

    @Test
    void aPartOfAnotherSchemaIsRefused() {
        assertThatThrownBy(() -> ReportJson.readPart("{\"schema\":2,\"tests\":[]}"))
                .isInstanceOf(MalformedJsonException.class).hasMessage("schema 2 where 1 was expected");
    }

    @Test
    void unknownMembersAreIgnoredAndUnknownModelsNamed() {
        String part = "{\"schema\":1,\"session\":\"s\",\"future\":{\"x\":1},\"tests\":[{\"className\":\"A\","
                + "\"methodName\":\"m\",\"extra\":[1],\"models\":[{\"model\":\"FIBERS\"}]}]}";

        assertThatThrownBy(() -> ReportJson.readPart(part)).hasMessage("unknown model 'FIBERS'");
        assertThat(ReportJson.readPart(part.replace("FIBERS", "THREADS")).tests().get(0).models().get(0).measured())
                .isFalse();
    }

    @Test
    void aSweepHasAModelEntryPerLevelAScalingArrayAndTheRecommendedConcurrency() {
        TestRecord sweep = Synthetic.sweep();

        JsonObject test = JsonReader.parseObject(ReportJson.write(report(List.of(sweep)))).objects("tests").get(0);

        assertThat(test.objects("models")).extracting(m -> m.requiredText("model") + " " + m.integer("concurrency", 0))
                .containsExactly("SEQUENTIAL 1", "THREADS 1", "THREADS 2", "THREADS 4", "THREADS 8", "THREADS 16",
                        "ASYNC 1", "ASYNC 2", "ASYNC 4", "ASYNC 8", "ASYNC 16");
        assertThat(test.text("recommended")).hasValue("THREADS");
        assertThat(test.whole("recommendedConcurrency")).hasValue(16L);
        List<JsonObject> scaling = test.objects("scaling");
        assertThat(scaling).extracting(s -> s.requiredText("model")).containsExactly("THREADS", "ASYNC");
        JsonObject threads = scaling.get(0);
        assertThat(threads.longs("levels")).containsExactly(1, 2, 4, 8, 16);
        assertThat(threads.decimal("sigma").orElseThrow()).isCloseTo(0.1, offset(0.005));
        assertThat(threads.decimal("kappa")).hasValue(0.0);
        assertThat(threads.decimal("lambda").orElseThrow()).isCloseTo(160, offset(2.0));
        assertThat(threads.has("peakConcurrency")).as("an unbounded peak is null").isFalse();
        assertThat(threads.raw("peakConcurrency")).isNull();
        assertThat(threads.names()).contains("peakConcurrency", "rSquared", "sigmaInterval", "description");
        assertThat(threads.whole("bestConcurrency")).hasValue(16L);
        JsonObject async = scaling.get(1);
        assertThat(async.decimal("peakConcurrency").orElseThrow()).isCloseTo(6.9, offset(0.3));
        assertThat(async.whole("bestConcurrency")).hasValue(8L);
    }

    @Test
    void aSweepReadsBackAsTheRecordsItWasWrittenFrom() {
        TestRecord sweep = Synthetic.sweep();

        for (String written : List.of(ReportJson.writePart("s", Environment.current(), List.of(sweep)),
                ReportJson.write(report(List.of(sweep))))) {
            TestRecord read = ReportJson.readPart(written).tests().get(0);
            assertThat(read.recommendation()).isEqualTo(sweep.recommendation());
            assertThat(read.scaling()).usingRecursiveComparison().isEqualTo(sweep.scaling());
            assertThat(read.models()).extracting(ModelRecord::concurrency).containsExactly(1, 1, 2, 4, 8, 16, 1, 2, 4, 8,
                    16);
        }
    }

    @Test
    void timeBudgetsPinningAndExplanationsReadBackAsTheyWereWritten() {
        TestRecord explained = Synthetic.explained();

        for (String written : List.of(ReportJson.writePart("s", Environment.current(), List.of(explained)),
                ReportJson.write(report(List.of(explained))))) {
            TestRecord read = ReportJson.readPart(written).tests().get(0);
            assertThat(read.explanations()).usingRecursiveComparison().isEqualTo(explained.explanations());
            assertThat(read.models()).extracting(ModelRecord::time)
                    .containsExactlyElementsOf(explained.models().stream().map(ModelRecord::time).toList());
            assertThat(read.models()).extracting(ModelRecord::pinning)
                    .containsExactlyElementsOf(explained.models().stream().map(ModelRecord::pinning).toList());
            assertThat(read.models().get(1).time()).isNotNull();
            assertThat(read.models().get(2).time().pinned()).isEqualTo(explained.models().get(2).pinning());
        }
    }

    @Test
    void theTimeBudgetPinningAndExplanationsHaveTheDocumentedShape() {
        JsonObject test = JsonReader.parseObject(ReportJson.write(report(List.of(Synthetic.explained()))))
                .objects("tests").get(0);

        JsonObject threads = test.objects("models").get(1).object("time").orElseThrow();
        assertThat(threads.names()).containsExactly("tasks", "CPU", "QUEUED", "MONITOR", "PARK", "SLEEP", "IO", "GC",
                "SAFEPOINT", "STARTUP", "OTHER", "allocatedBytes", "recordedNanos", "executionSamples", "sites",
                "hotMethods");
        assertThat(threads.whole("tasks")).hasValue(24L);
        assertThat(threads.whole("MONITOR")).hasValue(700_000_000L);
        assertThat(threads.whole("SLEEP")).hasValue(0L);
        JsonObject site = threads.objects("sites").get(0);
        assertThat(site.names()).containsExactly("part", "what", "waitedIn", "userFrame", "count", "nanos");
        assertThat(site.text("part")).hasValue("MONITOR");
        assertThat(site.text("userFrame")).hasValue("LedgerTest.post:41");
        assertThat(threads.objects("hotMethods").get(0).names()).containsExactly("method", "samples");
        assertThat(test.objects("models").get(1).objects("pinning")).isEmpty();
        assertThat(test.objects("models").get(1).names()).contains("pinning");
        JsonObject park = test.objects("models").get(2).objects("pinning").get(0);
        assertThat(park.names()).containsExactly("site", "reason", "count", "totalNanos");
        assertThat(park.text("site")).hasValue("com.example.Ledger.<clinit>(Ledger.java:12)");
        JsonObject failed = test.objects("models").get(3);
        assertThat(failed.names()).as("no budget: no member, not null").doesNotContain("time").contains("pinning");
        JsonObject explanation = test.objects("explanations").get(0);
        assertThat(explanation.names()).containsExactly("model", "concurrency", "than", "thanConcurrency", "cause",
                "share", "site", "text");
        assertThat(explanation.text("model")).hasValue("THREADS");
        assertThat(explanation.whole("concurrency")).hasValue(4L);
        assertThat(explanation.text("than")).hasValue("SEQUENTIAL");
        assertThat(explanation.text("cause")).hasValue("MONITOR");
        assertThat(explanation.decimal("share")).hasValue(0.71);
        assertThat(explanation.text("text")).hasValue(Synthetic.EXPLANATION);
    }

    @Test
    void aPartWrittenBeforeTimeBudgetsReadsWithoutThem() {
        String before = "{\"schema\":1,\"session\":\"s\",\"tests\":[{\"className\":\"com.example.NapTest\","
                + "\"methodName\":\"nap\",\"status\":\"PASSED\",\"models\":[{\"model\":\"THREADS\",\"tasks\":8,"
                + "\"concurrency\":4,\"roundWallNanos\":[20000000,21000000],\"roundCpuNanos\":[1,1]}],"
                + "\"verdict\":null,\"verdicts\":[]}]}";

        TestRecord read = ReportJson.readPart(before).tests().get(0);

        assertThat(read.explanations()).isEmpty();
        assertThat(read.models().get(0).time()).isNull();
        assertThat(read.models().get(0).pinning()).isEmpty();
        assertThat(read.models().get(0).measured()).isTrue();
    }

    @Test
    void anExplanationOfAnUnknownCauseIsNamed() {
        String written = ReportJson.writePart("s", Environment.current(), List.of(Synthetic.explained()));

        assertThatThrownBy(() -> ReportJson.readPart(written.replace("\"cause\":\"MONITOR\"", "\"cause\":\"LUCK\"")))
                .isInstanceOf(MalformedJsonException.class).hasMessage("unknown part of a time budget 'LUCK'");
    }

    static Report report(List<TestRecord> tests) {
        return new Report(Instant.parse("2026-11-27T10:00:00Z"), "session-1", Environment.current(),
                tests.stream().map(t -> TestAnalysis.of(t, null)).toList(), List.of(), null, 1);
    }
}
