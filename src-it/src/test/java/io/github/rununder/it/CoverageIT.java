package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * JaCoCo's coverage of code that only {@code PROCESSES} workers ran reaches {@code jacoco.exec}
 * ({@code projects/coverage}: the JaCoCo Maven plugin's agent in Surefire's argLine, which the
 * workers inherit; they exit through {@code System.exit}, so the agent's shutdown hook writes).
 */
class CoverageIT {

    @Nested
    @DisplayName("on JDK 17 with JUnit 5.14")
    class OnJdk17WithJUnit5 extends Scenario {
        OnJdk17WithJUnit5() {
            super(17, JUnit.FIVE);
        }
    }

    @Nested
    @DisplayName("on JDK 25 with JUnit 6")
    class OnJdk25WithJUnit6 extends Scenario {
        OnJdk25WithJUnit6() {
            super(25, JUnit.SIX);
        }
    }

    abstract static class Scenario extends ConsumerScenario {

        Scenario(int feature, JUnit junit) {
            super(feature, junit);
        }

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
