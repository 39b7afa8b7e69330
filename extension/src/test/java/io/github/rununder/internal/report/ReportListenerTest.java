package io.github.rununder.internal.report;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.rununder.ExpectFaster;
import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import io.github.rununder.internal.report.json.JsonObject;
import io.github.rununder.internal.report.json.JsonReader;
import io.github.rununder.internal.report.render.HtmlReportTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The listener on real runs of fixture classes, through the Launcher API: EngineTestKit does not
 * call launcher listeners.
 */
class ReportListenerTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @Test
    void aRunWritesTheThreeFilesCoveringEveryRunUnderMethodPassedOrFailed() throws IOException {
        execute(listener(), Map.of(), Naps.class, Failing.class, Misconfigured.class, Off.class, Plain.class);

        JsonObject report = JsonReader.parseObject(Files.readString(dir.resolve("report.json")));
        assertThat(report.whole("schema")).contains(1L);
        List<JsonObject> tests = report.objects("tests");
        assertThat(tests).extracting(t -> t.requiredText("methodName")).containsExactly("boom", "zero", "nap", "off");

        JsonObject nap = test(tests, "nap");
        assertThat(nap.requiredText("className")).isEqualTo(Naps.class.getName());
        assertThat(nap.requiredText("classification")).isEqualTo("IO_BOUND");
        assertThat(nap.requiredText("recommended")).isEqualTo("THREADS");
        assertThat(nap.requiredText("status")).isEqualTo("FAILED");
        assertThat(nap.objects("models")).extracting(m -> m.requiredText("model")).containsExactly("SEQUENTIAL", "THREADS");
        // 3 rounds each cannot reach a 99% interval, so the verdict measured more: the report has them all.
        assertThat(nap.objects("models")).allSatisfy(m -> {
            assertThat(m.whole("rounds").orElseThrow()).isGreaterThan(3);
            assertThat(m.decimal("medianNanos").orElseThrow()).isGreaterThan(0);
            assertThat(m.longs("roundWallNanos")).hasSize(m.whole("rounds").orElseThrow().intValue());
        });
        List<JsonObject> verdicts = nap.objects("verdicts");
        assertThat(verdicts).extracting(v -> v.requiredText("claim")).containsExactly(
                "THREADS at least 2.0× faster than SEQUENTIAL", "SEQUENTIAL at least 2.0× faster than THREADS");
        assertThat(verdicts).extracting(v -> v.bool("holds").orElseThrow()).containsExactly(true, false);
        assertThat(verdicts.get(1).requiredText("message")).startsWith("Expected SEQUENTIAL to be at least 2.0×");
        assertThat(nap.object("verdict").orElseThrow().requiredText("status")).isEqualTo("FAILED");

        JsonObject boom = test(tests, "boom");
        JsonObject threads = boom.objects("models").get(1);
        assertThat(threads.requiredText("status")).isEqualTo("FAILED");
        assertThat(threads.requiredText("message")).contains("THREADS").contains("boom in");
        assertThat(threads.has("medianNanos")).isFalse();
        assertThat(threads.whole("tasks")).contains(2L);
        assertThat(boom.objects("models").get(0).requiredText("status")).isEqualTo("PASSED");
        assertThat(boom.requiredText("status")).isEqualTo("FAILED");

        JsonObject zero = test(tests, "zero");
        assertThat(zero.requiredText("status")).isEqualTo("FAILED");
        assertThat(zero.requiredText("message")).startsWith("Configuration error:").contains("'tasks'");
        assertThat(test(tests, "off").requiredText("status")).isEqualTo("SKIPPED");
        assertThat(test(tests, "off").requiredText("message")).isEqualTo("not today");

        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg").contains("Naps.nap").doesNotContain("http://");
        HtmlReportTest.assertWellFormed(html);
        assertThat(Files.readString(dir.resolve("report.md"))).contains("| ❌ | ReportListenerTest$Naps.nap | IO-bound |");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("RunUnder: 4 @RunUnder methods")
                .containsPattern("FAILED +ReportListenerTest\\$Naps\\.nap +IO-bound +fastest THREADS")
                .contains("report: " + dir.resolve("report.html").toUri());
        assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void tasksThatBlockTheAsyncLoopAreInTheJsonAndTheHtmlWithTheCallAndTheTaskCode() throws IOException {
        execute(listener(), Map.of(), BlocksLoop.class);

        JsonObject test = JsonReader.parseObject(Files.readString(dir.resolve("report.json"))).objects("tests").get(0);
        assertThat(test.requiredText("status")).isEqualTo("PASSED");
        JsonObject async = test.objects("models").get(0);
        JsonObject blocking = async.object("loopBlocking").orElseThrow();
        assertThat(blocking.whole("blockedNanos").orElseThrow()).isPositive();
        assertThat(blocking.requiredText("description")).startsWith("the event loop was blocked ");
        JsonObject site = blocking.objects("sites").get(0);
        assertThat(site.requiredText("call")).isEqualTo("Thread.sleep");
        assertThat(site.requiredText("userFrame")).startsWith("ReportListenerTest.BlocksLoop.task(ReportListenerTest.java:");
        assertThat(site.whole("count").orElseThrow()).isEqualTo(8);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("ASYNC: tasks blocked the event loop").contains("<td>Thread.sleep</td>")
                .contains("<code>ReportListenerTest.BlocksLoop.task(ReportListenerTest.java:");
        HtmlReportTest.assertWellFormed(html);
    }

    @Test
    void eachInvocationOfAParameterizedClassKeepsItsOwnEntryNamedByItsParameters() throws IOException {
        execute(listener(), Map.of(), Sizes.class);

        List<JsonObject> tests = JsonReader.parseObject(Files.readString(dir.resolve("report.json"))).objects("tests");
        assertThat(tests).extracting(t -> t.requiredText("invocation")).containsExactly("[1] size=2", "[2] size=6");
        assertThat(tests).allSatisfy(t -> {
            assertThat(t.requiredText("className")).isEqualTo(Sizes.class.getName());
            assertThat(t.requiredText("methodName")).isEqualTo("nap");
            assertThat(t.requiredText("status")).isEqualTo("PASSED");
        });
        // Each entry holds its own invocation's figures: 4 naps of 2 ms against 4 naps of 6 ms.
        double small = tests.get(0).objects("models").get(0).decimal("medianNanos").orElseThrow();
        double large = tests.get(1).objects("models").get(0).decimal("medianNanos").orElseThrow();
        assertThat(large).isGreaterThan(24e6).isGreaterThan(small);
        assertThat(Files.readString(dir.resolve("report.md")))
                .contains("| ✅ | ReportListenerTest$Sizes.nap \\[1\\] size=2 |")
                .contains("| ✅ | ReportListenerTest$Sizes.nap \\[2\\] size=6 |");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("ReportListenerTest$Sizes.nap [1] size=2").contains("ReportListenerTest$Sizes.nap [2] size=6");
        HtmlReportTest.assertWellFormed(html);
    }

    @Test
    void aBaselineIsMetInvocationToInvocation() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        // Only the second invocation has a baseline, where SEQUENTIAL took a microsecond: it alone got slower.
        Files.writeString(baseline, "{\"schema\":1,\"tests\":[{\"className\":\"" + Sizes.class.getName() + "\","
                + "\"methodName\":\"nap\",\"parameterTypes\":\"\",\"invocation\":\"[2] size=6\",\"models\":["
                + "{\"model\":\"SEQUENTIAL\",\"tasks\":4,\"concurrency\":1,\"medianNanos\":1000,"
                + "\"intervalLowNanos\":900,\"intervalHighNanos\":1100}]}]}");
        Path out = dir.resolve("out");

        execute(listener(), Map.of("rununder.baseline", baseline.toString(), "rununder.report.dir", out.toString()),
                Sizes.class);

        List<JsonObject> tests = JsonReader.parseObject(Files.readString(out.resolve("report.json"))).objects("tests");
        assertThat(tests.get(0).objects("models").get(0).has("baseline")).isFalse();
        assertThat(tests.get(1).objects("models").get(0).object("baseline").orElseThrow().requiredText("change"))
                .isEqualTo("SLOWER");
    }

    @Test
    void theServiceLoaderRegistersTheListener() throws IOException {
        Launcher launcher = LauncherFactory.create();

        launcher.execute(request(Map.of(), Naps.class));

        assertThat(JsonReader.parseObject(Files.readString(dir.resolve("report.json"))).objects("tests")).hasSize(1);
    }

    @Test
    void aForkedWorkerWritesNoReport() {
        execute(listener(), Map.of(RunUnderReportListener.WORKER_PROPERTY, "true"), Naps.class);

        assertThat(dir).isEmptyDirectory();
        assertThat(console.size()).isZero();
    }

    @Test
    void reportOffWritesNothingAndTheMethodsStillRun() {
        SummaryListener summary = new SummaryListener();

        execute(List.of(listener(), summary), Map.of(io.github.rununder.RunUnder.REPORT_PROPERTY_NAME, "off"),
                Naps.class);

        // Only the fixture's false claim fails, as without the switch: no configuration error.
        assertThat(summary.failures).singleElement().asString().startsWith("Expected SEQUENTIAL to be at least 2.0×");
        assertThat(dir).isEmptyDirectory();
        assertThat(console.size()).isZero();
    }

    @Test
    void aRunWithoutRunUnderMethodsWritesNothing() {
        execute(listener(), Map.of(), Plain.class);

        assertThat(dir).isEmptyDirectory();
        assertThat(console.size()).isZero();
    }

    @Test
    void aDirectoryThatCannotBeWrittenFailsTheMethodsAndTellsWhyOnTheErrorStream() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path below = file.resolve("rununder");
        Map<String, String> configuration = Map.of(io.github.rununder.RunUnder.REPORT_DIR_PROPERTY_NAME, below.toString());
        SummaryListener summary = new SummaryListener();

        execute(List.of(listener(), summary), configuration, Naps.class);

        assertThat(summary.failures).singleElement().asString()
                .startsWith("Configuration error: the report directory " + below + " ('rununder.report.dir' = '")
                .contains("cannot be written: " + file + " is a file. Point it to a directory that can be written");
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .startsWith("RunUnder: the report could not be written to " + below + " (rununder.report.dir): ");
    }

    @Test
    void aBaselineFlagsARegressionInAllThreeFiles() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        // A baseline where THREADS took a microsecond: this run's 8 naps of 10 ms are beyond any noise slower.
        Files.writeString(baseline, "{\"schema\":1,\"tests\":[{\"className\":\"" + Naps.class.getName() + "\","
                + "\"methodName\":\"nap\",\"models\":[{\"model\":\"THREADS\",\"tasks\":8,\"concurrency\":4,"
                + "\"medianNanos\":1000,\"intervalLowNanos\":900,\"intervalHighNanos\":1100}]}]}");
        Path out = dir.resolve("out");

        execute(listener(), Map.of("rununder.baseline", baseline.toString(), "rununder.report.dir", out.toString()),
                Naps.class);

        JsonObject threads = JsonReader.parseObject(Files.readString(out.resolve("report.json")))
                .objects("tests").get(0).objects("models").get(1);
        assertThat(threads.object("baseline").orElseThrow().requiredText("change")).isEqualTo("SLOWER");
        assertThat(Files.readString(out.resolve("report.html"))).contains("THREADS got slower than the baseline");
        assertThat(Files.readString(out.resolve("report.md"))).contains("**slower ").contains("1 model slower");
    }

    private static JsonObject test(List<JsonObject> tests, String method) {
        return tests.stream().filter(t -> t.requiredText("methodName").equals(method)).findFirst().orElseThrow();
    }

    private RunUnderReportListener listener() {
        return new RunUnderReportListener(new PrintStream(console, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8), () -> "test-session");
    }

    private void execute(TestExecutionListener listener, Map<String, String> configuration, Class<?>... classes) {
        execute(List.of(listener), configuration, classes);
    }

    private void execute(List<TestExecutionListener> listeners, Map<String, String> configuration, Class<?>... classes) {
        LauncherConfig config = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(listeners.toArray(TestExecutionListener[]::new)).build();
        LauncherFactory.create(config).execute(request(configuration, classes));
    }

    private LauncherDiscoveryRequest request(Map<String, String> configuration, Class<?>... classes) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("rununder.report.dir", dir.toString());
        parameters.putAll(configuration);
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toList())
                .configurationParameters(parameters)
                .build();
    }

    /** Collects the failure messages of a run. */
    static final class SummaryListener implements TestExecutionListener {
        final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void executionFinished(org.junit.platform.launcher.TestIdentifier id,
                org.junit.platform.engine.TestExecutionResult result) {
            result.getThrowable().ifPresent(t -> failures.add(t.getMessage()));
        }
    }

    static class BlocksLoop {
        @RunUnder(model = Model.ASYNC, tasks = 4, concurrency = 2, rounds = 2)
        void task(TaskInfo task) throws InterruptedException {
            Thread.sleep(5);
            task.completesWith(java.util.concurrent.CompletableFuture.runAsync(() -> {},
                    java.util.concurrent.CompletableFuture.delayedExecutor(5, java.util.concurrent.TimeUnit.MILLISECONDS)));
        }
    }

    static class Naps {
        // 8 naps of 10 ms: at least 80 ms in sequence, 20 ms four at a time.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = 4, warmup = 0, rounds = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.0)
        @ExpectFaster(model = SEQUENTIAL, than = THREADS, atLeast = 2.0)
        void nap() throws InterruptedException {
            Thread.sleep(10);
        }
    }

    static class Failing {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 2, concurrency = 2, warmup = 0, rounds = 1)
        void boom(TaskInfo task) {
            if (task.model() == THREADS) {
                throw new IllegalStateException("boom in " + task.index());
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedClass
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 6})
    static class Sizes {
        @org.junit.jupiter.params.Parameter
        int size;

        @RunUnder(model = SEQUENTIAL, tasks = 4, warmup = 0, rounds = 3)
        void nap() throws InterruptedException {
            Thread.sleep(size);
        }
    }

    static class Misconfigured {
        @RunUnder(model = SEQUENTIAL, tasks = 0)
        void zero() {}
    }

    static class Off {
        @Disabled("not today")
        @RunUnder(model = SEQUENTIAL, tasks = 1)
        void off() {}
    }

    static class Plain {
        @Test
        void notRunUnder() {}
    }
}
