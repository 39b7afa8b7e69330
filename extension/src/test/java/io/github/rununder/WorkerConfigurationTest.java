package io.github.rununder;

import static io.github.rununder.Model.PROCESSES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.testing.Workers;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A worker sees what the test JVM sees: system properties set at run time (as Surefire's
 * {@code systemPropertyVariables} are), the working directory, the environment and the run's JUnit
 * configuration parameters, its own name among them; only what belongs to one JVM is its own.
 */
class WorkerConfigurationTest {

    @AfterEach
    void noWorkerIsLeft() {
        System.clearProperty("it.jdbcUrl");
        System.clearProperty("it.expected.directory");
        System.clearProperty("it.expected.path");
        Workers.assertNoneLeft();
    }

    @Test
    void aPropertySetAtRunTimeReachesBeforeAllInEveryWorker() {
        System.setProperty("it.jdbcUrl", "jdbc:h2:mem:orders");
        System.setProperty("it.expected.directory", Path.of("").toAbsolutePath().toString());
        System.setProperty("it.expected.path", Objects.requireNonNullElse(System.getenv("PATH"), "none"));

        KitRun run = RunUnderKit.run(Map.of("it.custom.parameter", "from the launcher"), ReadsTheConfiguration.class);

        run.node("[1] PROCESSES").succeeded();
    }

    static class RecordsAParameter implements BeforeAllCallback {
        static volatile String seen;

        @Override
        public void beforeAll(ExtensionContext context) {
            seen = context.getConfigurationParameter("it.custom.parameter").orElse("missing");
        }
    }

    @ExtendWith(RecordsAParameter.class)
    static class ReadsTheConfiguration {
        static String jdbcUrl;

        @BeforeAll
        static void connect() {
            jdbcUrl = System.getProperty("it.jdbcUrl");
            if (jdbcUrl == null) {
                throw new IllegalStateException("jdbcUrl is required");
            }
        }

        @RunUnder(model = PROCESSES, tasks = 4, concurrency = 2, rounds = 1)
        void task() {
            check("the JDBC URL", jdbcUrl, "jdbc:h2:mem:orders");
            check("the configuration parameter", RecordsAParameter.seen, "from the launcher");
            check("the working directory", Path.of("").toAbsolutePath().toString(), System.getProperty("it.expected.directory"));
            check("PATH", Objects.requireNonNullElse(System.getenv("PATH"), "none"), System.getProperty("it.expected.path"));
            check("the worker marker", System.getProperty("rununder.worker"), "true");
        }

        private static void check(String what, String seen, String expected) {
            if (!Objects.equals(seen, expected)) {
                throw new IllegalStateException(what + " in the worker is '" + seen + "', not '" + expected + "'");
            }
        }
    }
}
