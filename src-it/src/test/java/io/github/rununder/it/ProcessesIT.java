package io.github.rununder.it;

import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rununder.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What issue 3 promises a new user of {@code PROCESSES}, checked on a project written from the
 * README ({@code src-it/projects/processes}), built by a real Maven with Surefire's defaults, on
 * JDK 17 with JUnit 5.14 and on JDK 25 with JUnit 6 where a JDK 25 is installed; then its compiled
 * tests run by the Console Launcher, whose JVM is killed with SIGKILL while its workers run tasks.
 * Its build-time report is checked too (issue 5): every method that ran, passed or failed.
 */
@ParameterizedClass(name = "on JDK {0} with {1}")
@MethodSource("io.github.rununder.it.ConsumerScenario#jdkAndJUnit")
class ProcessesIT extends ConsumerScenario {

    private static final String PRICES = "com.example.PriceListTest";
    private static final String ORDERS = "com.example.OrdersTest$WhenPaid";
    private static final String SLEEPS = "com.example.SleepsTest";
    private static final String FAULTS = "com.example.WorkerFaultsTest";
    private static final String KILLED = "com.example.KilledMidTaskTest";
    private static final String CONFIGURED = "com.example.ConfiguredByTheBuildTest";

    private static final List<Model> TWO_MODELS = List.of(SEQUENTIAL, PROCESSES);
    private static final List<Model> WORKERS_ONLY = List.of(PROCESSES);

    /** A line a PriceListTest task prints under PROCESSES, as the test JVM passes it on, labelled by worker. */
    private static final Pattern QUOTE_LINE =
            Pattern.compile("^\\[PROCESSES worker \\d+] quote (\\d) line (\\d+): (apple|pear|plum|fig) costs \\d .+$",
                    Pattern.MULTILINE);
    private static final Pattern QUOTED =
            Pattern.compile("^\\[PROCESSES worker \\d+] quoted \\w+ for task (\\d) of round (-?\\d+)$", Pattern.MULTILINE);


    @Override
    String project() {
        return "processes";
    }

    @Override
    ConsumerBuild configure(ConsumerBuild build) {
        return build.writingTestClassPath();
    }

    @Test
    void theBuildFailsOnTheFaultsAloneAndNoJvmSurvivesIt() {
        assertThat(build.exitCode()).as("exit code of %s", build).isNotZero();
        // A verdict left unchecked on a busy machine would be one more skipped.
        RunUnderNodes.of(reports, SLEEPS, "sleep", TWO_MODELS).verdictChecked();
        assertThat(build.log()).contains("BUILD FAILURE").contains("Tests run: 23, Failures: 0, Errors: 4, Skipped: 1");
        // No JVM survived the build: Command.run checked it (its marker is in every process the build
        // started, workers included) before this test ran. Failed are the four faults and nothing else.
        assertThat(reports.all()).filteredOn(node -> node.status() == TestNode.Status.FAILED
                        || node.status() == TestNode.Status.ERROR)
                .extracting(TestNode::className, TestNode::method)
                .containsOnly(tuple(FAULTS, "throwsInATask"),
                        tuple(FAULTS, "exitsTheJvm"),
                        tuple(FAULTS, "runsOutOfMemory"),
                        tuple(FAULTS, "hangs"));
        // Two model runs of 8 s at most, each fault's workers replaced, and once per JDK and class path the
        // start-up cache trained as the run ends: the build must not wait for more.
        assertThat(build.elapsed()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void beforeEachStateAndHeavyPrintingWorkInWorkers() {
        RunUnderNodes.of(reports, PRICES, "quote", TWO_MODELS).allPassedOn(jdk);
        // Every line of about 2 MB the tasks printed in the workers arrived whole, labelled by worker: each
        // task prints 1,000 lines, then one last line naming its round. PROCESSES runs 2 measured rounds of
        // 8 tasks in its node and 2 more, numbered 2 and 3, interleaved in the verdict node, each after one
        // or more warm-up rounds (numbered -1). Counted in the output of the class's nodes: RunUnder does
        // not wait for the workers' last lines before it ends a node, so up to a pipe's worth of them may
        // reach Surefire during the next one.
        String output = reports.of(PRICES).stream().map(TestNode::output).collect(Collectors.joining("\n"));
        Map<String, Long> lastLines = QUOTED.matcher(output).results()
                .collect(Collectors.groupingBy(last -> last.group(1) + "/" + last.group(2), Collectors.counting()));
        Map<String, Long> measured = lastLines.entrySet().stream().filter(task -> !task.getKey().contains("/-"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(measured).as("the last line of each task of a measured round, by task and round")
                .hasSize(4 * 8).allSatisfy((task, count) -> assertThat(count).isOne());
        long tasks = lastLines.values().stream().mapToLong(Long::longValue).sum();
        assertThat(tasks).as("tasks that ran, warm-up included").isGreaterThanOrEqualTo(6 * 8);
        long lines = QUOTE_LINE.matcher(output).results().count();
        assertThat(lines).as("labelled lines the PROCESSES tasks printed, in the class's output")
                .isEqualTo(tasks * 1_000);
    }

    @Test
    void aPropertyFromSystemPropertyVariablesReachesBeforeAllInEveryWorker() {
        // @BeforeAll throws "jdbcUrl is required" where Surefire's run-time property is missing.
        RunUnderNodes.of(reports, CONFIGURED, "query", TWO_MODELS).allPassedOn(jdk);
    }

    @Test
    void aNestedClassRunsInWorkersWithTheStateOfBothClasses() {
        RunUnderNodes.of(reports, ORDERS, "ship", TWO_MODELS).allPassedOn(jdk);
    }

    @Test
    void sixteenSleepsOfFiftyMillisecondsOverFourWorkersAreAtLeastTwiceAsFastAsSequential() {
        // The claim is @ExpectFaster(model = PROCESSES, than = SEQUENTIAL, atLeast = 2.0): the verdict passes only if it holds.
        RunUnderNodes sleeps = RunUnderNodes.of(reports, SLEEPS, "sleep", TWO_MODELS).allPassedOn(jdk);
        assertThat(sleeps.verdict().output()).contains("HOLDS: PROCESSES was").contains("faster than SEQUENTIAL")
                .contains("at least 2.0");
        // Surefire's own clock: 6 rounds (1 warm-up) of 16 sleeps of 50 ms one after another take 4.8 s at least.
        assertThat(sleeps.model(SEQUENTIAL).seconds()).isGreaterThanOrEqualTo(4.8);
    }

    @Test
    void eachFaultFailsItsNodeWithTheRightWordsAndTheWorkersWorkAgain() {
        TestNode thrown = failedModelNode("throwsInATask");
        assertThat(thrown.message()).startsWith("PROCESSES: task 2 ")
                .contains("java.lang.IllegalStateException: invoice 2 has no customer");
        // The worker's exception is the cause, its stack intact down to the user's line in the worker.
        assertThat(thrown.detail())
                .contains("Caused by: java.lang.IllegalStateException: invoice 2 has no customer")
                .contains("at com.example.WorkerFaultsTest.throwsInATask(WorkerFaultsTest.java:");

        assertThat(failedModelNode("exitsTheJvm").detail())
                .contains("exited with code 37 while running task 1")
                .contains("its last lines of output:")
                .contains("giving up on invoice 1");

        assertThat(failedModelNode("runsOutOfMemory").detail())
                .contains("ran out of memory (OutOfMemoryError) and exited with code");

        TestNode hung = failedModelNode("hangs");
        // RunUnder stops just before JUnit's own @Timeout would; when JUnit's still fires first, its
        // "timed out after 8 seconds" is the failure and RunUnder's, naming the model, is suppressed under it.
        assertThat(hung.detail()).containsPattern(
                "PROCESSES (timed out|was interrupted after [\\d.]+ s) \\(limit 8.00 s from @Timeout\\)");
        assertThat(hung.detail()).contains("its workers were destroyed");
        assertThat(hung.seconds()).as("time %s ran", hung).isBetween(6.0, 30.0);

        RunUnderNodes.of(reports, FAULTS, "worksAgain", WORKERS_ONLY).allPassedOn(jdk);
    }

    @Test
    void aSigkilledTestJvmLeavesNoWorkerThreeSecondsLater() throws IOException {
        Path directory = build.directory().resolve("sigkill");
        ConsumerBuild.deleteRecursively(directory);
        Path markers = Files.createDirectories(directory.resolve("markers"));
        List<String> command = List.of(jdk.java().toString(), "-Dmarkers=" + markers,
                "-jar", junit.consoleStandalone().toString(), "execute",
                "-cp", ConsoleLauncherIT.join(build.testClassPath()),
                "--disable-banner", "--disable-ansi-colors", "--details=tree", "--select-class=" + KILLED);
        Command.Running testJvm = Command.of("sigkill-jdk" + feature, directory, command)
                .start(directory.resolve("console.log"));
        try {
            // Both workers are inside a task, each having written its marker, before the test JVM dies.
            boolean inside = poll(Duration.ofSeconds(90), () -> markerCount(markers) == 2 || !testJvm.process().isAlive());
            assertThat(inside && testJvm.process().isAlive())
                    .as("both workers inside a task while the test JVM runs; its output: %s", directory.resolve("console.log"))
                    .isTrue();
            List<ProcessHandle> workers = workers(markers);
            assertThat(workers).as("the workers that wrote the markers, running").hasSize(2).allMatch(ProcessesIT::running);
            assertThat(testJvm.process().descendants().map(ProcessHandle::pid))
                    .as("the workers descend from the test JVM").containsAll(workers.stream().map(ProcessHandle::pid).toList());

            long killed = System.nanoTime();
            testJvm.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
            boolean gone = poll(Duration.ofSeconds(3), () -> workers.stream().noneMatch(ProcessesIT::running));
            long tookMillis = (System.nanoTime() - killed) / 1_000_000;
            assertThat(gone).as("every worker exited within 3 s of the SIGKILL; running: %s",
                    workers.stream().filter(ProcessesIT::running).map(MarkedProcesses::describe).toList()).isTrue();
            System.out.printf("[src-it] JDK %d: the workers of the test JVM had exited %d ms after its SIGKILL%n",
                    feature, tookMillis);
            assertThat(testJvm.started()).as("processes the killed test JVM started, still running").isEmpty();
        } finally {
            testJvm.kill();
        }
    }

    @Test
    void theReportCoversEveryMethodThatRanPassedOrFailed() {
        RunUnderNodes.of(reports, SLEEPS, "sleep", TWO_MODELS).verdictChecked();
        RunUnderReport report = build.runUnderReport("rununder").hasTheNormativeShape().htmlIsSelfContained()
                .coversExactly(List.of("PriceListTest.quote", "OrdersTest$WhenPaid.ship", "SleepsTest.sleep",
                        "ConfiguredByTheBuildTest.query",
                        "WorkerFaultsTest.throwsInATask", "WorkerFaultsTest.exitsTheJvm",
                        "WorkerFaultsTest.runsOutOfMemory", "WorkerFaultsTest.hangs", "WorkerFaultsTest.worksAgain"));
        // Not KilledMidTaskTest.longTask: its class, disabled here by its condition, never started.
        for (String failed : List.of("throwsInATask", "exitsTheJvm", "runsOutOfMemory", "hangs")) {
            JsonNode test = report.test(FAULTS, failed);
            assertThat(test.path("status").asText()).as("status of %s", failed).isEqualTo("FAILED");
            JsonNode model = RunUnderReport.model(test, PROCESSES);
            assertThat(model.path("status").asText()).as("status of PROCESSES of %s", failed).isEqualTo("FAILED");
            assertThat(model.path("message").asText()).as("message of PROCESSES of %s", failed).isNotBlank();
        }

        JsonNode sleeps = report.test(SLEEPS, "sleep");
        assertThat(sleeps.path("status").asText()).isEqualTo("PASSED");
        assertThat(sleeps.path("classification").asText()).as("classification of sleeps").isEqualTo("IO_BOUND");
        assertThat(RunUnderReport.model(sleeps, PROCESSES).path("startupNanos").asLong()).as("worker start-up").isPositive();
        assertThat(RunUnderReport.model(sleeps, SEQUENTIAL).path("startupNanos").asLong()).isZero();
        assertThat(RunUnderReport.elements(sleeps.path("verdicts"))).singleElement().satisfies(verdict -> {
            assertThat(verdict.path("claim").asText()).isEqualTo("PROCESSES at least 2.0× faster than SEQUENTIAL");
            assertThat(verdict.path("holds").asBoolean()).isTrue();
        });
    }

    private TestNode failedModelNode(String method) {
        TestNode node = RunUnderNodes.of(reports, FAULTS, method, WORKERS_ONLY).model(PROCESSES);
        assertThat(node.status()).as("%s", node).isIn(TestNode.Status.ERROR, TestNode.Status.FAILED);
        return node;
    }

    private static long markerCount(Path markers) {
        try (Stream<Path> files = Files.list(markers)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The processes that wrote a marker {@code worker-<pid>}, alive or not. */
    private static List<ProcessHandle> workers(Path markers) {
        Set<Long> pids = new HashSet<>();
        try (Stream<Path> files = Files.list(markers)) {
            files.forEach(file -> pids.add(Long.parseLong(file.getFileName().toString().substring("worker-".length()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pids.stream().map(ProcessHandle::of).flatMap(Optional::stream).toList();
    }

    /**
     * Whether {@code process} still runs. An orphan that exited stays a zombie until the system's
     * init reaps it, which may take a while in a container, and {@link ProcessHandle#isAlive()}
     * counts zombies as alive: {@code /proc/<pid>/stat} tells them apart.
     */
    private static boolean running(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    /** Checks {@code condition} every 50 ms until it holds (true) or {@code limit} has passed (false). */
    private static boolean poll(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        }
        return true;
    }
}
