package io.github.rununder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/** Finds worker JVMs this test JVM started, to check that none outlives its run. */
public final class Workers {

    private Workers() {}

    /** Live processes descending from this JVM that run RunUnder's worker main class. */
    public static List<ProcessHandle> running() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("io.github.rununder.internal.fork.WorkerMain")).orElse(false))
                .toList();
    }

    /**
     * Whether {@code process} still runs. An orphan that exited stays a zombie until the system's
     * init reaps it, which takes a second or two in some containers, and
     * {@link ProcessHandle#isAlive()} counts zombies as alive; on Linux {@code /proc/<pid>/stat}
     * tells them apart.
     */
    public static boolean running(ProcessHandle process) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException | RuntimeException notLinuxOrGone) {
            return process.isAlive();
        }
    }

    /** Waits briefly for workers to exit, then fails naming those still alive (and kills them). */
    public static void assertNoneLeft() {
        try {
            Awaitility.await("workers to exit").atMost(Duration.ofSeconds(5)).until(() -> running().isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            List<ProcessHandle> left = running();
            left.forEach(ProcessHandle::destroyForcibly);
            assertThat(left).as("worker JVMs left running").isEmpty();
        }
    }
}
