package io.github.rununder.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's results table and the sweep's table are written from a full run only, and only when asked. */
class ResultsTableTest {

    private static final String README = "# Title\n\n<!-- results:start -->\nold table\n<!-- results:end -->\n\n"
            + "After.\n";
    private static final String SCALABILITY = "# Sweeps\n\n<!-- sweep:start -->\nold sweep\n<!-- sweep:end -->\n\n"
            + "After.\n";
    private static final Instant STARTED = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    private Path report;
    private Path readme;
    private Path scalability;
    private Path samplesPage;

    @BeforeEach
    void files() throws IOException {
        report = dir.resolve("report.md");
        readme = Files.writeString(dir.resolve("README.md"), README);
        scalability = Files.writeString(dir.resolve("scalability.md"), SCALABILITY);
        samplesPage = Files.writeString(dir.resolve("samples.md"), "# Samples\n\n<!-- advice:start -->\nold advice\n"
                + "<!-- advice:end -->\n");
    }

    @Test
    void aFullRunWritesTheTableWithEveryMethodAndParameterSetAsAColumn() throws IOException {
        write(header() + summary("✅", "NapSample.nap", "IO-bound") + summary("✅", "PayloadSample.fetch \\[3\\] size=4194304",
                "CPU-bound") + section("✅", "NapSample.nap", "VIRTUAL_THREADS", "48.8 ms")
                + section("✅", "PayloadSample.fetch \\[3\\] size=4194304", "THREADS", "50.0 ms"));

        String said = ResultsTable.run(arguments("update"));

        assertThat(said).startsWith("README results table, scalability.md's sweep table and samples.md's advice written"
                + " from ");
        String text = Files.readString(readme);
        assertThat(text).startsWith("# Title\n\n<!-- results:start -->\nMeasured by `mvn -B -Psamples verify"
                        + " -Dsamples.readme=update` on 2026-12-01: 2 methods · Java 25 · Linux · 2 cores.")
                .endsWith("<!-- results:end -->\n\nAfter.\n")
                .contains("| Model | Python's rule of thumb | NapSample.nap | PayloadSample.fetch [3] size=4194304 |")
                .contains("| *workload* | | IO-bound | CPU-bound |")
                .contains("| VIRTUAL_THREADS | no equivalent: blocking code at the scale of `asyncio` | 48.8 ms (7.5×) |"
                        + " 50.0 ms (7.5×) |")
                .contains("| SEQUENTIAL | the baseline: one task at a time | 366 ms | 366 ms |")
                .contains("| *recommended* | | **VIRTUAL_THREADS** | **THREADS** |")
                .contains("Why each model is recommended, workload by workload: [docs/samples.md](docs/samples.md"
                        + "#which-model-should-i-use).")
                .doesNotContain("old table");
        assertThat(Files.readString(samplesPage)).contains("<!-- advice:start -->\nMeasured by `mvn -B -Psamples"
                        + " verify -Dsamples.readme=update` on 2026-12-01")
                .contains("- **PayloadSample.fetch [3] size=4194304** (CPU-bound): **THREADS**. because")
                .doesNotContain("old advice");
    }

    @Test
    void aSweepHasATableOfItsOwnAndNeedsNoBaselineModel() throws IOException {
        write(header() + summary("✅", "ManyInFlightSample.call", "IO-bound") + summary("✅", "NapSample.nap", "IO-bound")
                + "\n### ✅ ManyInFlightSample.call\n\n**VIRTUAL\\_THREADS ×1000** — because\n\n"
                + "| Model | Median | Interval | Speed-up | Efficiency | CPU | Start-up |\n|---|--:|--:|--:|--:|--:|--:|\n"
                + "| THREADS ×1 | 1.10 s | 1.0 s–1.2 s | — | 90% | 1% | — |\n"
                + "| THREADS ×1000 | 80.0 ms | 70 ms–90 ms | — | 10% | 1% | — |\n"
                + "| Scaling | σ | κ | λ | N* | Best | R² |\n|---|--:|--:|--:|--:|--:|--:|\n"
                + "| THREADS | 0.01 | 0.0001 | 900 | 99 | 1000 | 0.99 |\n\n"
                + section("✅", "NapSample.nap", "THREADS", "48.8 ms"));

        ResultsTable.run(arguments("update"));

        assertThat(Files.readString(readme)).contains("| Model | Python's rule of thumb | NapSample.nap |")
                .doesNotContain("ManyInFlightSample");
        String text = Files.readString(scalability);
        assertThat(text).contains("**ManyInFlightSample.call**: median time of a round of all tasks")
                .contains("| THREADS | 1.10 s | 80.0 ms | 1000 | 0.01 | 99 |")
                .doesNotContain("old sweep");
        assertThat(text.substring(text.indexOf("<!-- sweep:start -->"))).startsWith("<!-- sweep:start -->\nMeasured by"
                + " `mvn -B -Psamples verify -Dsamples.readme=update` on 2026-12-01: 2 methods · Java 25 · Linux · 2 cores;"
                + " written from `samples/target/rununder/report.md`.");
        assertThat(text).startsWith("# Sweeps\n\n").endsWith("<!-- sweep:end -->\n\nAfter.\n");
    }

    @Test
    void aPageWithoutItsMarkersIsRefusedAndNeitherFileWritten() throws IOException {
        writeFullReport();
        Files.writeString(scalability, "# Sweeps\n");

        assertThatThrownBy(() -> ResultsTable.run(arguments("update"))).isInstanceOf(IllegalStateException.class)
                .hasMessage(scalability + " has no <!-- sweep:start --> ... <!-- sweep:end --> markers");
        assertThat(readme).hasContent(README);
    }

    @Test
    void byDefaultTheReadmeIsLeftAsItIsAndTheReportNamed() throws IOException {
        String said = ResultsTable.run(arguments("keep"));

        assertThat(said).isEqualTo("RunUnder report: " + report.toAbsolutePath() + " (and report.html beside it)."
                + " README.md is left as it is; to write its results table from a full run: mvn -B -Psamples verify"
                + " -Dsamples.readme=update");
        assertThat(Files.readString(readme)).isEqualTo(README);
        assertThat(Files.readString(scalability)).isEqualTo(SCALABILITY);
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThatThrownBy(() -> ResultsTable.run(arguments("yes"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("samples.readme must be 'keep' (the default: leave README.md as it is) or 'update' (write its"
                        + " results table from this run), but was 'yes'");
    }

    @Test
    void testsNarrowedWithDashDTestAreRefused() throws IOException {
        writeFullReport();
        Map<String, String> arguments = arguments("update");
        arguments.put("test", "NapSample");

        assertRefused(arguments, "-Dtest=NapSample narrowed the tests: the table shows every sample. Run without -Dtest.");
    }

    @Test
    void modelsNarrowedWithRununderModelsAreRefused() throws IOException {
        writeFullReport();
        Map<String, String> arguments = arguments("update");
        arguments.put("models", "THREADS");

        assertRefused(arguments, "-Drununder.models=THREADS narrowed the models: the table shows all five. Run without"
                + " rununder.models.");
    }

    @Test
    void aModelThatWasNotMeasuredIsRefusedWithItsReason() throws IOException {
        write(header() + summary("✅", "NapSample.nap", "IO-bound")
                + section("✅", "NapSample.nap", "THREADS", "ABORTED"));

        assertRefused(arguments("update"), "VIRTUAL_THREADS was not measured in NapSample.nap (ABORTED): run on Java 21"
                + " or newer, for example JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64.");
    }

    @Test
    void aFailedMethodIsRefused() throws IOException {
        write(header() + summary("❌", "NapSample.nap", "IO-bound") + section("❌", "NapSample.nap", "THREADS", "48.3 ms"));

        assertRefused(arguments("update"), "NapSample.nap did not pass: the table shows passing samples only.");
    }

    @Test
    void ignoredTestFailuresAreRefused() throws IOException {
        writeFullReport();
        Map<String, String> arguments = arguments("update");
        arguments.put("failuresIgnored", "true");

        assertRefused(arguments, "-Dmaven.test.failure.ignore=true lets a run with failing tests reach this step."
                + " Run without it.");
    }

    @Test
    void aReportOlderThanTheRunIsRefused() throws IOException {
        writeFullReport();
        Files.setLastModifiedTime(report, FileTime.from(STARTED.minusSeconds(60)));

        assertRefused(arguments("update"), report + " was written at 2026-12-01T09:59:00Z, before this build started"
                + " (2026-12-01T10:00:00Z): the samples did not run in it (-DskipTests?). Run them.");
    }

    @Test
    void noReportAtAllIsRefused() {
        assertThatThrownBy(() -> ResultsTable.run(arguments("update"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("The README's results table was not written: there is no report at " + report
                        + ": the samples did not run. Run mvn -B -Psamples verify -Dsamples.readme=update");
        assertThat(readme).hasContent(README);
    }

    private void assertRefused(Map<String, String> arguments, String reason) {
        assertThatThrownBy(() -> ResultsTable.run(arguments)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The README's results table was not written, because this run is partial:")
                .hasMessageContaining(System.lineSeparator() + "- " + reason);
        assertThat(readme).hasContent(README);
        assertThat(scalability).hasContent(SCALABILITY);
    }

    private void writeFullReport() throws IOException {
        write(header() + summary("✅", "NapSample.nap", "IO-bound") + section("✅", "NapSample.nap", "THREADS", "48.3 ms"));
    }

    private void write(String markdown) throws IOException {
        Files.writeString(report, markdown);
        Files.setLastModifiedTime(report, FileTime.from(STARTED.plusSeconds(90)));
    }

    private Map<String, String> arguments(String mode) {
        Map<String, String> arguments = new HashMap<>();
        arguments.put("report", report.toString());
        arguments.put("readme", readme.toString());
        arguments.put("sweep", scalability.toString());
        arguments.put("advice", samplesPage.toString());
        arguments.put("mode", mode);
        arguments.put("test", "");
        arguments.put("models", "");
        arguments.put("failuresIgnored", "false");
        arguments.put("runStarted", STARTED.toString());
        return arguments;
    }

    private static String header() {
        return "## RunUnder report\n\n2 methods · Java 25 · Linux · 2 cores\n\n"
                + "| | Method | Workload | Recommended | Fastest | Verdicts |\n|---|---|---|---|---|---|\n";
    }

    private static String summary(String icon, String method, String kind) {
        return "| " + icon + " | " + method + " | " + kind + " | THREADS | THREADS | — |\n";
    }

    /** A method's section as report.md writes it, every model measured. */
    private static String section(String icon, String method, String recommended, String virtualThreads) {
        return "\n### " + icon + " " + method + "\n\n**" + recommended + "** — because\n\n"
                + "| Model | Median | Interval | Speed-up | Efficiency | CPU | Start-up |\n"
                + "|---|--:|--:|--:|--:|--:|--:|\n"
                + "| SEQUENTIAL | 366 ms | 360 ms–370 ms | — | 98% | 2% | — |\n"
                + "| THREADS ×8 | 48.3 ms | 47 ms–49 ms | 7.6× | 90% | 11% | — |\n"
                + "| VIRTUAL\\_THREADS ≤8 | " + virtualThreads + " | 47 ms–49 ms | 7.5× | 90% | 11% | — |\n"
                + "| PROCESSES ×8 | 52.4 ms | 50 ms–54 ms | 7.0× | 80% | 11% | 796 ms |\n"
                + "| ASYNC ≤8 | 48.3 ms | 47 ms–49 ms | 7.6× | 90% | 11% | — |\n\n"
                + "- ✅ THREADS at least 2.5× faster than SEQUENTIAL\n";
    }
}
