package io.github.rununder.bench.noise;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another program keeping one core busy: a shell busy loop pinned to CPU 0 with {@code taskset}
 * (unpinned where there is no {@code taskset}). It never outlives the benchmark: {@link #close()}
 * and a shutdown hook stop the whole process tree ({@code timeout}, {@code taskset} and the busy
 * shell under them, which killing {@code timeout} alone leaves running); the loop itself checks
 * that the benchmark's JVM is alive on every turn, so it ends within moments of a SIGKILL, when no
 * hook runs; and {@code timeout} ends it after {@value #MAX_SECONDS} seconds whatever happens.
 */
final class CpuHog implements AutoCloseable {

    static final int MAX_SECONDS = 900;

    private final Process process;
    private final Thread hook;
    private final String description;

    private CpuHog(Process process, String description) {
        this.process = process;
        this.description = description;
        this.hook = new Thread(this::stop, "cpu-hog-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static CpuHog start() throws IOException {
        // kill -0 is the shell's builtin: a system call per turn, still a busy loop, and it ends with the JVM.
        String loop = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do :; done";
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

    /** Kills the busy shell and what stands above it, children first so none is left to its own. */
    private void stop() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        tree.forEach(child -> child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join());
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        process.waitFor(10, TimeUnit.SECONDS);
        Runtime.getRuntime().removeShutdownHook(hook);
    }
}
