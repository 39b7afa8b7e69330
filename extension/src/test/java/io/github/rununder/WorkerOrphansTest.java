package io.github.rununder;

import static io.github.rununder.Model.PROCESSES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.LaunchFixture;
import io.github.rununder.testing.Workers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * No worker outlives its test JVM, even one killed with SIGKILL, which runs no shutdown hook. The
 * child test JVM is started here; its workers are killed here too if the check fails.
 */
class WorkerOrphansTest {

    private static final String MARKERS = "rununder.test.markers";

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "destroyForcibly is SIGKILL on POSIX only")
    void workersExitWhenTheirTestJvmIsKilled(@TempDir Path directory) throws Exception {
        Path markers = Files.createDirectory(directory.resolve("markers"));
        Process testJvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-D" + MARKERS + "=" + markers,
                        "-cp", System.getProperty("java.class.path"),
                        LaunchFixture.class.getName(), LongTasks.class.getName())
                .redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile())
                .start();
        List<ProcessHandle> workers = List.of();
        try {
            // Both workers are inside a task (each wrote its marker) before the test JVM dies.
            Awaitility.await("both workers of the child test JVM inside a task")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> count(markers) == 2);
            workers = workersOf(testJvm);
            assertThat(workers).hasSize(2).allMatch(Workers::running);

            testJvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            List<ProcessHandle> orphans = workers;
            Awaitility.await("workers to exit after their test JVM was killed")
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> orphans.stream().noneMatch(Workers::running));
        } finally {
            testJvm.destroyForcibly();
            workers.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static long count(Path markers) throws IOException {
        try (Stream<Path> files = Files.list(markers)) {
            return files.count();
        }
    }

    private static List<ProcessHandle> workersOf(Process testJvm) {
        return testJvm.descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("WorkerMain")).orElse(false))
                .toList();
    }

    static class LongTasks {
        @RunUnder(model = PROCESSES, tasks = 2, concurrency = 2, rounds = 1, warmup = 0)
        void task() throws Exception {
            Files.writeString(Path.of(System.getProperty(MARKERS), Long.toString(ProcessHandle.current().pid())), "in a task");
            Thread.sleep(120_000);
        }
    }
}
