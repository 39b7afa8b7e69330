package com.example;

import static io.github.rununder.Model.PROCESSES;

import io.github.rununder.RunUnder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Long tasks in two workers, each writing a marker file once it runs, so that a check can kill the
 * test JVM while both workers are inside a task. Runs only where {@code markers} names a directory.
 */
@EnabledIfSystemProperty(named = "markers", matches = ".+")
class KilledMidTaskTest {

    @RunUnder(model = PROCESSES, tasks = 2, concurrency = 2, warmup = 0, rounds = 1)
    @Timeout(90)
    void longTask() throws Exception {
        long pid = ProcessHandle.current().pid();
        Files.writeString(Path.of(System.getProperty("markers"), "worker-" + pid), "inside a task in JVM " + pid);
        Thread.sleep(60_000);
    }
}
