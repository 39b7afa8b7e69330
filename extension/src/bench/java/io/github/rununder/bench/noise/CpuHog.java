package io.github.rununder.bench.noise;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another program keeping one core busy: a shell busy loop pinned to CPU 0 with {@code taskset}
 * (unpinned where there is no {@code taskset}). It is stopped on {@link #close()} and by a
 * shutdown hook, and in any case ends by itself after {@value #MAX_SECONDS} seconds, so that a
 * benchmark killed outright cannot leave it spinning on a shared machine.
 */
final class CpuHog implements AutoCloseable {

    static final int MAX_SECONDS = 900;

    private final Process process;
    private final Thread hook;
    private final String description;

    private CpuHog(Process process, String description) {
        this.process = process;
        this.description = description;
        this.hook = new Thread(process::destroyForcibly, "cpu-hog-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static CpuHog start() throws IOException {
        String loop = "while :; do :; done";
        boolean pinned = new ProcessBuilder("taskset", "-c", "0", "true").start().onExit().join().exitValue() == 0;
        List<String> command = pinned
                ? List.of("timeout", Integer.toString(MAX_SECONDS), "taskset", "-c", "0", "sh", "-c", loop)
                : List.of("timeout", Integer.toString(MAX_SECONDS), "sh", "-c", loop);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new CpuHog(process, pinned ? "a shell busy loop pinned to core 0 (taskset -c 0)" : "a shell busy loop (unpinned: no taskset)");
    }

    String description() {
        return description;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        Runtime.getRuntime().removeShutdownHook(hook);
    }
}
