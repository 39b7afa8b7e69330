package io.github.rununder.it;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A consumer build that ended: its exit code, its output, and the test reports it wrote.
 *
 * @param label     the build's name, also its directory under {@code src-it/target/it}
 * @param directory the project copy it built
 * @param jdk       the JDK it ran on
 * @param finished  the Maven process that ended
 */
record BuildResult(String label, Path directory, Jdk jdk, Command.Finished finished) {

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

    @Override
    public String toString() {
        return label;
    }
}
