package io.github.rununder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One process an integration test starts (a Maven build, a launcher), run to its end with its
 * output in a log file. It carries a {@link MarkedProcesses marker}: when it ends, whatever it
 * started and left running is killed and fails the test, loudly.
 */
final class Command {

    private final String label;
    private final List<String> arguments;
    private final Path directory;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Duration timeout = Duration.ofMinutes(5);
    private Path errorLog;

    private Command(String label, List<String> arguments, Path directory) {
        this.label = label;
        this.arguments = List.copyOf(arguments);
        this.directory = directory;
    }

    /** A command named {@code label} in reports, run in {@code directory}. */
    static Command of(String label, Path directory, List<String> arguments) {
        return new Command(label, arguments, directory);
    }

    Command environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Command timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Keeps the error output apart, in {@code errorLog}, instead of interleaving it with the output. */
    Command errorsTo(Path errorLog) {
        this.errorLog = errorLog;
        return this;
    }

    /**
     * Runs the command, its output going to {@code log}.
     *
     * @throws AssertionError when it does not end within its timeout, or leaves a process running
     */
    Finished run(Path log) {
        MarkedProcesses marked = MarkedProcesses.newMarker(label);
        ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile()).redirectOutput(log.toFile());
        if (errorLog == null) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(errorLog.toFile());
        }
        Map<String, String> env = builder.environment();
        // The outer Maven's own variables would point the inner one at this build.
        env.keySet().removeIf(name -> name.startsWith("MAVEN_") && !name.equals("MAVEN_OPTS"));
        env.putAll(environment);
        env.put(marked.variable(), marked.value());
        long start = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + arguments, e);
        }
        boolean ended = waitFor(process);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!ended) {
            MarkedProcesses.killTree(process.toHandle());
            List<String> killed = marked.killLeftovers();
            throw new AssertionError(label + " did not end within " + timeout.toSeconds() + " s and was killed, with "
                    + killed.size() + " more processes it started; its output: " + log);
        }
        List<String> leftovers = marked.killLeftovers();
        if (!leftovers.isEmpty()) {
            throw new AssertionError(label + " ended but left " + leftovers.size() + " processes running (now killed):"
                    + System.lineSeparator() + String.join(System.lineSeparator(), leftovers)
                    + System.lineSeparator() + "its output: " + log);
        }
        Finished finished = new Finished(process.exitValue(), elapsed, log);
        System.out.printf(Locale.ROOT, "[src-it] %-40s exit %d after %5.1f s, no process left running; log %s%n",
                label, finished.exitCode(), elapsed.toMillis() / 1000.0, log);
        return finished;
    }

    private boolean waitFor(Process process) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            MarkedProcesses.killTree(process.toHandle());
            throw new IllegalStateException("interrupted while waiting for " + label, e);
        }
    }

    /**
     * A command that ended.
     *
     * @param exitCode its exit code
     * @param elapsed  from start to end
     * @param log      its output, and its error output unless kept apart
     */
    record Finished(int exitCode, Duration elapsed, Path log) {

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
