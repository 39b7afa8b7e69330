package io.github.rununder.internal.report.store;

import io.github.rununder.internal.report.Synthetic;
import io.github.rununder.internal.report.TestRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of the test JVMs that {@link ReportStoreTest} and {@link AtomicFilesTest} start,
 * to write the report from another process as Surefire's forks do.
 *
 * <ul>
 *   <li>{@code publish <dir> <session> <prefix> <count>}: publishes {@code count} methods as one part.
 *   <li>{@code stall <file>}: starts writing {@code file}, prints {@code HALF} and waits to be killed.
 * </ul>
 */
public final class ForkedWriter {

    private ForkedWriter() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args[0].equals("publish")) {
            List<TestRecord> tests = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(args[4]); i++) {
                tests.add(Synthetic.test("com.example." + args[3] + "Test", "m" + i, Instant.now()));
            }
            new ReportStore(Path.of(args[1])).publish(args[2], tests, null, List.of());
        } else if (args[0].equals("stall")) {
            AtomicFiles.write(Path.of(args[1]), out -> {
                out.write("{\"schema\":1,\"tests\":[".getBytes(StandardCharsets.UTF_8));
                out.flush();
                System.out.println("HALF");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    /** Starts this class in a new JVM with the test class path. */
    static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ForkedWriter.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
