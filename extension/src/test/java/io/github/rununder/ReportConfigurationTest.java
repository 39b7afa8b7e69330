package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** Bad report settings fail every @RunUnder method before anything runs: the report listener cannot fail a test. */
class ReportConfigurationTest {

    static final AtomicInteger tasksRun = new AtomicInteger();

    @TempDir
    Path dir;

    @Test
    void failsWhenTheReportDirectoryCannotBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path below = file.resolve("reports");

        assertConfigurationError(Map.of("rununder.report.dir", below.toString()),
                "Configuration error: the report directory " + below + " ('rununder.report.dir' = '" + below
                        + "') cannot be written: " + file + " is a file. Point it to a directory that can be written,"
                        + " or remove it to use target/rununder.");
    }

    @Test
    void failsWhenTheReportDirectoryIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "x");

        assertConfigurationError(Map.of("rununder.report.dir", file.toString()),
                "Configuration error: the report directory " + file + " ('rununder.report.dir' = '" + file
                        + "') cannot be written: it is a file.");
    }

    @Test
    void failsWhenTheBaselineIsMissing() {
        Path missing = dir.resolve("nowhere.json");

        assertConfigurationError(Map.of("rununder.baseline", missing.toString()),
                "Configuration error: 'rununder.baseline' is '" + missing + "', which cannot be read:"
                        + " java.nio.file.NoSuchFileException: " + missing
                        + ". Point it to the report.json of an earlier run, or remove it.");
    }

    @Test
    void failsWhenTheBaselineIsNotAReport() throws IOException {
        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\":\"x\"}");

        assertConfigurationError(Map.of("rununder.baseline", other.toString()),
                "Configuration error: 'rununder.baseline' is '" + other + "', which is not a RunUnder report:"
                        + " not a RunUnder report: 'schema' is missing. Point it to the report.json of an earlier run,"
                        + " or remove it.");
    }

    @Test
    void failsWhenBaselineFailIsNeitherTrueNorFalse() {
        assertConfigurationError(Map.of("rununder.baseline.fail", "sometimes"),
                "Configuration error: 'rununder.baseline.fail' must be 'true' or 'false', but was 'sometimes'.");
    }

    private void assertConfigurationError(Map<String, String> configuration, String message) {
        tasksRun.set(0);
        KitRun run = RunUnderKit.run(configuration, Valid.class);

        run.method("task").failed().isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining(message);
        assertThat(run.nodeNames()).isEmpty();
        assertThat(tasksRun).hasValue(0);
    }

    static class Valid {
        @RunUnder(model = SEQUENTIAL, tasks = 2, rounds = 1, warmup = 0)
        void task() {
            tasksRun.incrementAndGet();
        }
    }
}
