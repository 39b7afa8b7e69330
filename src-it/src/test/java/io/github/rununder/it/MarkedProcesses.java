package io.github.rununder.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Finds every process an integration build started, however deep and however detached: each build
 * runs with a marker in its environment, which every process it starts inherits (Maven, Surefire's
 * forks, RunUnder's workers, anything a test starts). After the build, a process that still carries
 * the marker was left running. Reads {@code /proc/<pid>/environ}, so it needs Linux.
 */
final class MarkedProcesses {

    /** The environment variable that marks the processes of one integration build. */
    static final String VARIABLE = "RUNUNDER_IT_BUILD";

    /** How long processes on their way out get before they count as left running. */
    static final Duration GRACE = Duration.ofSeconds(3);

    private final String marker;

    private MarkedProcesses(String marker) {
        this.marker = marker;
    }

    /** A new, unique marker for the build named {@code label}. */
    static MarkedProcesses newMarker(String label) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            throw new IllegalStateException("The integration tests find leftover processes through /proc: run them on Linux");
        }
        return new MarkedProcesses(label + "-" + UUID.randomUUID());
    }

    String variable() {
        return VARIABLE;
    }

    String value() {
        return marker;
    }

    /** The live processes that carry this marker, other than this JVM. */
    List<ProcessHandle> alive() {
        String entry = VARIABLE + "=" + marker;
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> environment(p.pid()).contains(entry))
                .toList();
    }

    /**
     * Waits up to {@link #GRACE} for the marked processes to end, then kills those left (their
     * descendants first) and describes them; an empty list means nothing was left running.
     */
    List<String> killLeftovers() {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<ProcessHandle> alive = alive();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            alive = alive();
        }
        List<String> described = alive.stream().map(MarkedProcesses::describe).toList();
        alive.forEach(MarkedProcesses::killTree);
        return described;
    }

    /** Kills {@code process} and every descendant of it, then waits briefly for them to go. */
    static void killTree(ProcessHandle process) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // described already; the next check would find it again
        }
    }

    static String describe(ProcessHandle process) {
        return "pid " + process.pid() + ": " + process.info().commandLine().orElse("(command line unknown)");
    }

    private static List<String> environment(long pid) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
            return List.of(new String(bytes, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of(); // gone, or not ours to read: not started by the build
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for processes to end", e);
        }
    }
}
