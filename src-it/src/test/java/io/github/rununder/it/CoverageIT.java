package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JaCoCo's coverage of code that only {@code PROCESSES} workers ran reaches {@code jacoco.exec}
 * ({@code projects/coverage}: the JaCoCo Maven plugin's agent in Surefire's argLine, which the
 * workers inherit; they exit through {@code System.exit}, so the agent's shutdown hook writes).
 */
@ParameterizedClass(name = "on JDK {0} with {1}")
@MethodSource("io.github.rununder.it.ConsumerScenario#jdkAndJUnit")
class CoverageIT extends ConsumerScenario {

    @Override
    String project() {
        return "coverage";
    }

    @Test
    void codeThatRanOnlyInWorkersIsCovered() {
        assertThat(build.exitCode()).as("exit code of %s", build).isZero();
        Path exec = build.directory().resolve("target/jacoco.exec");
        assertThat(exec).as("JaCoCo's data file").isRegularFile();
        // GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,...
        String[] pricing = csvLine(build.directory().resolve("target/site/jacoco/jacoco.csv"), "Pricing");
        assertThat(Integer.parseInt(pricing[4])).as("instructions of Pricing covered").isPositive();
        assertThat(Integer.parseInt(pricing[6])).as("branches of Pricing.total covered (both ways)").isEqualTo(2);
        assertThat(Integer.parseInt(pricing[5])).as("branches of Pricing.total missed").isZero();
    }

    private static String[] csvLine(Path csv, String className) {
        try {
            List<String> lines = Files.readAllLines(csv);
            return lines.stream().map(line -> line.split(",")).filter(cells -> cells.length > 6 && cells[2].equals(className))
                    .findFirst().orElseThrow(() -> new AssertionError("no line for " + className + " in " + csv + ": " + lines));
        } catch (IOException e) {
            throw new UncheckedIOException("no JaCoCo report at " + csv, e);
        }
    }
}
