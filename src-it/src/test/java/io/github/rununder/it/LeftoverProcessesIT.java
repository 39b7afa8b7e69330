package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check that runs after every integration build can fail: a command that leaves a JVM
 * running behind it (detached, its parent gone) fails loudly, and the JVM is killed.
 */
class LeftoverProcessesIT {

    @Test
    void aJvmLeftRunningByACommandFailsItAndIsKilled() throws IOException {
        Path directory = ItSetup.workDirectory().resolve("leftover-self-check");
        ConsumerBuild.deleteRecursively(directory);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("Linger.java"), """
                class Linger {
                    public static void main(String[] args) throws InterruptedException {
                        Thread.sleep(120_000);
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The shell starts the JVM in the background and ends at once: the JVM outlives its parent.
        Command leaver = Command.of("leaves-a-jvm", directory,
                List.of("bash", "-c", "'" + java + "' Linger.java > linger.out 2>&1 &"));

        assertThatThrownBy(() -> leaver.run(directory.resolve("leaver.log")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("leaves-a-jvm ended but left 1 processes running (now killed)")
                .hasMessageContaining("Linger.java");
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(directory.resolve("Linger.java").toString())
                        || p.info().commandLine().orElse("").endsWith(" Linger.java")))
                .as("JVMs still running Linger.java")
                .isEmpty();
    }
}
