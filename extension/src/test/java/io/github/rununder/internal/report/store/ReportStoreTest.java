package io.github.rununder.internal.report.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.Synthetic;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.json.JsonObject;
import io.github.rununder.internal.report.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStoreTest {

    @TempDir
    Path dir;

    @Test
    void partsOfOneBuildMergeIntoOneReportWithEachMethodOnceAtItsNewest() throws IOException {
        ReportStore store = new ReportStore(dir);
        store.publish("build-1", List.of(test("A", "m1", 1), test("A", "m2", 1)), null, List.of());
        store.publish("build-1", List.of(test("B", "m1", 2)), null, List.of());
        // A rerun of A.m1 in the same build (rerunFailingTestsCount) replaces the first run.
        Report report = store.publish("build-1", List.of(test("A", "m1", 3)), null, List.of());

        assertThat(report.parts()).isEqualTo(3);
        assertThat(report.tests()).extracting(t -> t.test().shortName()).containsExactly("ATest.m1", "ATest.m2", "BTest.m1");
        assertThat(report.tests().get(0).test().finished()).isEqualTo(Instant.ofEpochSecond(3));
        JsonObject json = JsonReader.parseObject(Files.readString(dir.resolve("report.json")));
        assertThat(json.objects("tests")).hasSize(3);
        assertThat(Files.readString(dir.resolve("report.html"))).contains("ATest.m2");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("BTest.m1");
    }

    @Test
    void eachInvocationOfAMethodKeepsItsOwnEntryInTheOrderOfItsNumbers() throws IOException {
        ReportStore store = new ReportStore(dir);
        store.publish("build-1", List.of(invocation("[10] size=1", 1), invocation("[2] size=8", 1)), null, List.of());
        store.publish("build-1", List.of(invocation("[1] size=64", 2), test("A", "m", 2)), null, List.of());
        // A rerun of the second invocation replaces that invocation alone.
        Report report = store.publish("build-1", List.of(invocation("[2] size=8", 3)), null, List.of());

        assertThat(report.tests()).extracting(t -> t.test().shortName()).containsExactly(
                "ATest.m", "ATest.m [1] size=64", "ATest.m [2] size=8", "ATest.m [10] size=1");
        assertThat(report.tests().get(2).test().finished()).isEqualTo(Instant.ofEpochSecond(3));
        assertThat(report.tests()).extracting(t -> t.test().key()).doesNotHaveDuplicates()
                .contains("com.example.ATest#m(io.github.rununder.TaskInfo) [2] size=8");
        JsonObject json = JsonReader.parseObject(Files.readString(dir.resolve("report.json")));
        assertThat(json.objects("tests")).extracting(t -> t.text("invocation").orElse("none"))
                .containsExactly("none", "[1] size=64", "[2] size=8", "[10] size=1");
    }

    @Test
    void numbersInNamesCompareAsNumbers() {
        assertThat(ReportStore.byNumbers("[2] size=8", "[10] size=1")).isNegative();
        assertThat(ReportStore.byNumbers("[1] size=10 / [2] b", "[1] size=9 / [2] b")).isPositive();
        assertThat(ReportStore.byNumbers("[1] a", "[1] a")).isZero();
        assertThat(ReportStore.byNumbers("[1]", "[1] a")).isNegative();
        assertThat(ReportStore.byNumbers("", "[1]")).isNegative();
    }

    @Test
    void partsOfAnEarlierBuildAreDroppedAndDeleted() throws IOException {
        ReportStore store = new ReportStore(dir);
        store.publish("build-1", List.of(test("Old", "m", 1)), null, List.of());
        store.publish("build-1", List.of(test("Gone", "m", 1)), null, List.of());

        Report report = store.publish("build-2", List.of(test("New", "m", 2)), null, List.of());

        assertThat(report.tests()).extracting(t -> t.test().shortName()).containsExactly("NewTest.m");
        assertThat(parts()).hasSize(1);
    }

    @Test
    void anUnreadablePartIsLeftAloneAndNamedInTheWarnings() throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/part-broken.json"), "{\"schema\":1,\"tests\":[{\"className\":");

        Report report = new ReportStore(dir).publish("build-1", List.of(test("A", "m", 1)), null, List.of());

        assertThat(report.tests()).hasSize(1);
        assertThat(report.warnings()).containsExactly("Left out part-broken.json, which cannot be read: "
                + "Malformed JSON at offset 34: unexpected end of text");
        assertThat(parts()).contains("part-broken.json");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Left out part-broken.json");
    }

    @Test
    void threadsPublishingAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Report>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String prefix = "Writer" + w;
                done.add(pool.submit(() -> {
                    start.await();
                    List<TestRecord> tests = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        tests.add(test(prefix, "m" + i, 1));
                    }
                    return new ReportStore(dir).publish("build-1", tests, null, List.of());
                }));
            }
            start.countDown();
            for (Future<Report> report : done) {
                report.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertComplete(writers * 20, writers);
    }

    @Test
    void jvmsPublishingAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        List<Process> writers = new ArrayList<>();
        try {
            for (String prefix : List.of("First", "Second")) {
                writers.add(ForkedWriter.start("publish", dir.toString(), "build-1", prefix, "40"));
            }
            for (Process writer : writers) {
                assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(writer.exitValue()).as(new String(writer.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8)).isZero();
            }
        } finally {
            writers.forEach(Process::destroyForcibly);
        }

        assertComplete(2 * 40, 2);
    }

    private void assertComplete(int methods, int partCount) throws IOException {
        JsonObject json = JsonReader.parseObject(Files.readString(dir.resolve("report.json")));
        List<String> keys = json.objects("tests").stream()
                .map(t -> t.requiredText("className") + "#" + t.requiredText("methodName")).toList();
        assertThat(keys).hasSize(methods).doesNotHaveDuplicates();
        assertThat(json.whole("parts")).contains((long) partCount);
        assertThat(parts()).hasSize(partCount);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".lock", "parts", "report.json", "report.html", "report.md");
        }
    }

    private List<String> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("parts"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static TestRecord invocation(String invocation, long finishedSecond) {
        return Synthetic.inInvocation(test("A", "m", finishedSecond), invocation);
    }

    private static TestRecord test(String prefix, String method, long finishedSecond) {
        return Synthetic.test("com.example." + prefix + "Test", method, Instant.ofEpochSecond(finishedSecond));
    }
}
