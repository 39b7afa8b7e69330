package io.github.rununder.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A consumer build that ended: its exit code, its output, and the test reports it wrote.
 *
 * @param label     the build's name, also its directory under {@code src-it/target/it}
 * @param directory the project copy it built
 * @param jdk       the JDK it ran on
 * @param finished  the Maven process that ended
 */
record BuildResult(String label, Path directory, Jdk jdk, Command.Finished finished) {

    /** Where {@link ConsumerBuild#writingTestClassPath()} has the dependency plugin write the class path. */
    static final String TEST_CLASS_PATH = "target/test-class-path.txt";

    int exitCode() {
        return finished.exitCode();
    }

    Duration elapsed() {
        return finished.elapsed();
    }

    /** Everything Maven printed. */
    String log() {
        return finished.output();
    }

    /** The reports Surefire wrote to {@code target/<directoryName>}. */
    TestReports reports(String directoryName) {
        return TestReports.read(directory.resolve("target").resolve(directoryName));
    }

    /** The reports of Surefire's {@code default-test} execution. */
    TestReports surefireReports() {
        return reports("surefire-reports");
    }

    /** The test class path of a build {@link ConsumerBuild#writingTestClassPath() writing it}: test classes first. */
    List<Path> testClassPath() {
        List<Path> classPath = new ArrayList<>(List.of(directory.resolve("target/test-classes")));
        try {
            String dependencies = Files.readString(directory.resolve(TEST_CLASS_PATH)).strip();
            for (String entry : dependencies.split(File.pathSeparator)) {
                classPath.add(Path.of(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no test class path from " + label + ": was it built writingTestClassPath()?", e);
        }
        return classPath;
    }

    /** The build-time report RunUnder wrote to {@code target/<directoryName>}. */
    RunUnderReport runUnderReport(String directoryName) {
        return RunUnderReport.read(directory.resolve("target").resolve(directoryName));
    }

    @Override
    public String toString() {
        return label;
    }
}
