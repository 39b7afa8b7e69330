package io.github.rununder;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.testing.Workers;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that would start idle or countless JVMs or threads, overflow a clock, or hand a worker
 * arguments it cannot take fails with a clear error before anything starts.
 */
class BadWorkloadInputTest {

    static final AtomicInteger tasksRun = new AtomicInteger();

    @TempDir
    Path directory;

    @AfterEach
    void nothingStarted() {
        Workers.assertNoneLeft();
    }

    @Test
    void failsWhenProcessesWouldStartMoreWorkersThanTasks() {
        assertConfigurationError(Map.of(), IdleWorkers.class, "Configuration error: @RunUnder on method"
                + " [IdleWorkers.task()] runs PROCESSES with a 'concurrency' of 8 but only 2 'tasks': 6 worker JVMs would"
                + " start and never get a task. Set 'concurrency' to at most 'tasks', or raise 'tasks'.");
    }

    @Test
    void failsWhenProcessesAsksFor100000Jvms() {
        assertConfigurationError(Map.of(), CountlessWorkers.class, "runs PROCESSES with a 'concurrency' of 100000:"
                + " every worker is a JVM of tens of megabytes that takes most of a second of CPU to start, and at most"
                + " 128 are allowed. Lower 'concurrency'.");
    }

    @Test
    void failsWhenThreadsAsksFor100000PlatformThreads() {
        assertConfigurationError(Map.of(), CountlessThreads.class, "runs THREADS with a 'concurrency' of 100000"
                + " platform threads: each has a stack of its own and the system caps how many a process may have, so at"
                + " most 10000 are allowed. Lower 'concurrency', or use VIRTUAL_THREADS or ASYNC for that many tasks in"
                + " flight.");
    }

    @Test
    void failsWhenAJvmArgumentCarriesQuotesOrTwoArguments() {
        assertConfigurationError(Map.of(), QuotedJvmArgs.class, "has '-Dgreeting=\"hello world\"' in 'jvmArgs': quotes"
                + " reach the JVM as they are, since each element is already one argument. Leave the quotes out:"
                + " \"-Dname=two words\".");
        assertConfigurationError(Map.of(), TwoArgumentsInOne.class, "has '-Xmx64m -ea' in 'jvmArgs', which looks like"
                + " two arguments in one element. Give each argument as an element of its own.");
    }

    @Test
    void failsWhenTheConfiguredJvmArgumentsHaveQuotes() {
        assertConfigurationError(Map.of("rununder.fork.jvmArgs", "-Dgreeting=\"hello world\""), Valid.class,
                "Configuration error: 'rununder.fork.jvmArgs' is '-Dgreeting=\"hello world\"', with quotes: it is split"
                        + " at spaces and its quotes are not parsed, so they would reach the JVM as they are. Give an"
                        + " argument with spaces in @RunUnder(jvmArgs = {...}), one argument per element, without quotes.");
    }

    @Test
    void failsWhenATimeoutOverflowsTheClock() {
        assertConfigurationError(Map.of("rununder.timeout.default", "200000 d"), Valid.class,
                "Configuration error: 'rununder.timeout.default' is '200000 d', longer than RunUnder can time (a clock"
                        + " of nanoseconds reaches about 292 years). Give a shorter duration, such as '2 h'.");
        assertConfigurationError(Map.of("rununder.verdict.budget", "99999999999999999999 s"), Valid.class,
                "Configuration error: 'rununder.verdict.budget' is '99999999999999999999 s', longer than RunUnder can time");
    }

    @Test
    void failsWhenTheBaselineIsHuge() throws IOException {
        Path huge = directory.resolve("report.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024); // sparse: no disk is used
        }
        assertConfigurationError(Map.of("rununder.baseline", huge.toString()), Valid.class,
                "Configuration error: 'rununder.baseline' is '" + huge + "', which cannot be read: java.io.IOException: "
                        + huge + " has 68157440 bytes, more than a report of RunUnder's has (at most 64 MiB are read).");
    }

    @Test
    void failsWhenTheBaselineIsADirectory() {
        assertConfigurationError(Map.of("rununder.baseline", directory.toString()), Valid.class,
                "Configuration error: 'rununder.baseline' is '" + directory + "', which cannot be read:"
                        + " java.io.IOException: " + directory + " is not a regular file but a directory.");
    }

    @Test
    void failsWhenTheBaselineHoldsANegativeMedian() throws IOException {
        Path baseline = Files.writeString(directory.resolve("report.json"), "{\"schema\": 1, \"tests\": [{\"className\":"
                + " \"A\", \"methodName\": \"m\", \"models\": [{\"model\": \"THREADS\", \"medianNanos\": -5}]}]}");
        assertConfigurationError(Map.of("rununder.baseline", baseline.toString()), Valid.class,
                "which is not a RunUnder report: a model's median or interval is -5.0 ns, where times are finite and"
                        + " not negative (THREADS).");
    }

    @Test
    void compareRefusesMoreWorkersThanTasksBeforeStartingAny() {
        Compare compare = Compare.workload(new CompareTest.Nap()).model(SEQUENTIAL, PROCESSES).tasks(2).concurrency(4);

        assertThatThrownBy(compare::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Compare runs PROCESSES with a concurrency(...) of 4 but only 2 tasks(...): 2 worker JVMs would"
                        + " start and never get a task. Set concurrency(...) to at most tasks(...), or raise tasks(...).");
    }

    @Test
    void compareRefusesAJvmArgumentThatWouldBeTheMainClass() {
        assertThatThrownBy(() -> Compare.workload(new CompareTest.Nap()).jvmArgs("Xmx64m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jvmArgs(Xmx64m) has 'Xmx64m' in 'jvmArgs', which is no JVM option (they start with '-'):"
                        + " the worker would take it for its main class. Give JVM options only.");
    }

    private static void assertConfigurationError(Map<String, String> configuration, Class<?> fixture, String message) {
        tasksRun.set(0);
        KitRun run = RunUnderKit.run(configuration, fixture);

        run.method("task").failed().isInstanceOf(ExtensionConfigurationException.class).hasMessageContaining(message);
        assertThat(run.nodeNames()).as("no node of an invalid method may exist").isEmpty();
        assertThat(tasksRun).as("no task may run before the configuration is valid").hasValue(0);
    }

    static class Valid {
        @RunUnder(model = SEQUENTIAL, tasks = 1, rounds = 1)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class IdleWorkers {
        @RunUnder(model = {SEQUENTIAL, PROCESSES}, tasks = 2, concurrency = 8)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class CountlessWorkers {
        @RunUnder(model = PROCESSES, tasks = 1_000_000, concurrency = 100_000)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class CountlessThreads {
        @RunUnder(model = THREADS, tasks = 1_000_000, concurrency = 100_000)
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class QuotedJvmArgs {
        @RunUnder(model = PROCESSES, tasks = 1, concurrency = 1, jvmArgs = "-Dgreeting=\"hello world\"")
        void task() {
            tasksRun.incrementAndGet();
        }
    }

    static class TwoArgumentsInOne {
        @RunUnder(model = PROCESSES, tasks = 1, concurrency = 1, jvmArgs = "-Xmx64m -ea")
        void task() {
            tasksRun.incrementAndGet();
        }
    }
}
