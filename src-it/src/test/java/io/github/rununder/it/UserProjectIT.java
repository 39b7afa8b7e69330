package io.github.rununder.it;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rununder.Model;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What issues 4 (the code-driven API and AssertJ), 8 (ASYNC tasks that block the event loop) and 5
 * (the build-time report) promise a new user, checked on one project written from the README
 * ({@code src-it/projects/user-project}) and built once by a real Maven, on the JDK running these
 * tests with JUnit 6, Surefire running each class in a JVM of its own, two at once
 * ({@code forkCount=2}, {@code reuseForks=false}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserProjectIT {

    private static final String NAP = "com.example.NapTest";
    private static final String LOOP = "com.example.LoopBlockingTest";
    private static final String MISTAKES = "com.example.MistakesTest";

    private Jdk jdk;
    private BuildResult build;
    private TestReports reports;
    private RunUnderReport report;

    @BeforeAll
    void buildTheProject() {
        build = ConsumerBuild.of("user-project", "user-project-" + JUnit.SIX.version()).with(JUnit.SIX).run();
        jdk = build.jdk();
        reports = build.surefireReports();
    }

    @Test
    void theBuildFailsOnTheFourIntendedFailuresAlone() {
        assertThat(build.exitCode()).as("exit code of %s", build).isNotZero();
        // A verdict left unchecked on a busy machine would be one more skipped.
        napVerdict().verdictChecked();
        falseClaimVerdict().verdictChecked();
        assertThat(build.log()).contains("BUILD FAILURE").contains("Tests run: 19, Failures: 2, Errors: 2, Skipped: 0");
        assertThat(reports.all()).filteredOn(node -> node.status() == TestNode.Status.FAILED
                        || node.status() == TestNode.Status.ERROR)
                .extracting(TestNode::className, TestNode::method)
                .containsOnly(tuple(NAP, "threadsAreTwentyTimesFasterThanSequential"), tuple(NAP, "aLambdaCannotRunInWorkerJvms"),
                        tuple(MISTAKES, "napsOneAfterAnother"), tuple(MISTAKES, "noTasks"));
    }

    @Nested
    @DisplayName("issue 4: Compare and AssertJ")
    class CodeDriven {

        @Test
        void theTrueClaimsOnACompareOfSequentialThreadsAndProcessesHold() {
            // In NapTest: model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(3.0), fastestModel().isIn(THREADS,
            // PROCESSES), classification().isEqualTo(IO_BOUND), on 32 naps of 15 ms at concurrency 8.
            for (String test : List.of("threadsAreAtLeastThreeTimesFasterThanSequential",
                    "theFastestModelRunsTheNapsSideBySide", "napsAreIoBound")) {
                TestNode node = reports.test(NAP, test);
                assertThat(node.status()).as("%s%n%s", node, node.detail()).isEqualTo(TestNode.Status.PASSED);
            }
        }

        @Test
        void aFalseClaimThrowsAnAssertionErrorNamingBothModels() {
            // assertThat(naps).model(THREADS).isFasterThan(SEQUENTIAL).byAtLeast(20.0), where 8x is the most possible.
            TestNode node = reports.test(NAP, "threadsAreTwentyTimesFasterThanSequential");
            assertThat(node.status()).as("%s", node).isEqualTo(TestNode.Status.FAILED);
            assertThat(node.detail()).startsWith("java.lang.AssertionError");
            // "20.0×": the sign is left out, as a console without UTF-8 prints it as "?".
            assertThat(node.message()).startsWith("Expected THREADS to be at least 20.0")
                    .contains("faster than SEQUENTIAL, but it was");
        }

        @Test
        void aLambdaUnderProcessesIsRefusedNamingProcesses() {
            TestNode node = reports.test(NAP, "aLambdaCannotRunInWorkerJvms");
            assertThat(node.status()).as("%s", node).isIn(TestNode.Status.ERROR, TestNode.Status.FAILED);
            assertThat(node.detail()).startsWith("java.lang.IllegalArgumentException");
            assertThat(node.message()).contains("PROCESSES").contains("a lambda")
                    .contains("public no-argument constructor");
        }

        @Test
        void configuringACopyOfABuilderLeavesTheOriginalUnchanged() {
            TestNode node = reports.test(NAP, "configuringACopyLeavesTheOriginalUnchanged");
            assertThat(node.status()).as("%s%n%s", node, node.detail()).isEqualTo(TestNode.Status.PASSED);
        }

        @Test
        void expectFastestThreadsHoldsOnSleeps() {
            RunUnderNodes nap = napVerdict().allPassedOn(jdk);
            assertThat(nap.verdict().output()).contains("HOLDS: THREADS was the fastest model");
        }
    }

    @Nested
    @DisplayName("issue 8: ASYNC tasks that block the event loop")
    class AsyncBlocking {

        @Test
        void everyAsyncNodePassesInTheDefaultMode() {
            for (String method : List.of("sleepsOnTheLoop", "waitsOnADelayedExecutor", "sleepsPlainly")) {
                RunUnderNodes.of(reports, LOOP, method, List.of(ASYNC)).allPassedOn(jdk);
            }
        }

        @Test
        void aTaskSleepingOnTheLoopIsReportedAsBlockingItWithTheCallAndTheUsersCode() {
            JsonNode async = RunUnderReport.model(report().test(LOOP, "sleepsOnTheLoop"), ASYNC);
            assertThat(RunUnderReport.texts(async.path("warnings")))
                    .as("warnings of ASYNC of sleepsOnTheLoop in report.json")
                    .anySatisfy(warning -> assertThat(warning).contains("the event loop was blocked")
                            .contains("Thread.sleep")
                            .contains("LoopBlockingTest.sleepsOnTheLoop(LoopBlockingTest.java:"));
        }

        @Test
        void aTaskCompletingThroughADelayedExecutorIsNotReportedAsBlocking() {
            JsonNode async = RunUnderReport.model(report().test(LOOP, "waitsOnADelayedExecutor"), ASYNC);
            assertThat(RunUnderReport.texts(async.path("warnings"))).as("warnings of ASYNC of waitsOnADelayedExecutor")
                    .noneMatch(warning -> warning.contains("event loop was blocked"));
            assertThat(RunUnderReport.texts(async.path("notes"))).as("notes of ASYNC of waitsOnADelayedExecutor")
                    .anySatisfy(note -> assertThat(note).contains("completesWith").contains("event-loop thread"));
        }

        @Test
        void aPlainSleepingTaskIsReportedAsOffloadedToAnExecutor() {
            JsonNode async = RunUnderReport.model(report().test(LOOP, "sleepsPlainly"), ASYNC);
            assertThat(RunUnderReport.texts(async.path("notes"))).as("notes of ASYNC of sleepsPlainly")
                    .anySatisfy(note -> assertThat(note).contains("offloaded to an executor of 4 threads"));
            assertThat(RunUnderReport.texts(async.path("warnings"))).as("warnings of ASYNC of sleepsPlainly")
                    .noneMatch(warning -> warning.contains("event loop was blocked"));
        }
    }

    @Nested
    @DisplayName("issue 5: the build-time report of two test JVMs")
    class BuildTimeReport {

        @Test
        void holdsTheThreeFilesInTheNormativeShapeAndTheHtmlLoadsNothing() {
            report().hasTheNormativeShape().htmlIsSelfContained();
            assertThat(report().markdown()).as("report.md").contains("|")
                    .contains("napsOneAfterAnother").contains("sleepsOnTheLoop");
        }

        @Test
        void coversEveryRunUnderMethodOfBothJvmsOncePassedOrFailed() {
            report().coversExactly(List.of("NapTest.nap", "LoopBlockingTest.sleepsOnTheLoop",
                    "LoopBlockingTest.waitsOnADelayedExecutor", "LoopBlockingTest.sleepsPlainly",
                    "MistakesTest.napsOneAfterAnother", "MistakesTest.noTasks"));
            // Each class ran in a test JVM of its own, which wrote its part; the report merged the three.
            Set<String> jvms = Set.of(NAP, LOOP, MISTAKES).stream()
                    .map(suite -> reports.properties(suite).get("sun.java.command"))
                    .collect(Collectors.toSet());
            assertThat(jvms).as("the test JVMs of the three classes").hasSize(3);
            assertThat(report().json().path("parts").asInt()).as("parts merged").isEqualTo(3);
            assertThat(report().test(MISTAKES, "noTasks").path("status").asText()).isEqualTo("FAILED");
            assertThat(report().test(MISTAKES, "noTasks").path("message").asText()).startsWith("Configuration error:");
        }

        @Test
        void recordsAFailedClaimAsNotHolding() {
            falseClaimVerdict().verdictChecked();
            JsonNode test = report().test(MISTAKES, "napsOneAfterAnother");
            assertThat(test.path("status").asText()).isEqualTo("FAILED");
            assertThat(RunUnderReport.elements(test.path("verdicts"))).singleElement().satisfies(verdict -> {
                assertThat(verdict.path("claim").asText()).isEqualTo("SEQUENTIAL at least 2.0× faster than THREADS");
                assertThat(verdict.path("holds").isBoolean()).isTrue();
                assertThat(verdict.path("holds").asBoolean()).isFalse();
            });
        }

        @Test
        void classifiesASleepingWorkloadIoBound() {
            napVerdict().verdictChecked();
            JsonNode nap = report().test(NAP, "nap");
            assertThat(nap.path("classification").asText()).isEqualTo("IO_BOUND");
            assertThat(nap.path("recommended").asText()).isEqualTo(THREADS.name());
            assertThat(RunUnderReport.elements(nap.path("verdicts"))).singleElement().satisfies(verdict -> {
                assertThat(verdict.path("claim").asText()).isEqualTo("THREADS fastest");
                assertThat(verdict.path("holds").asBoolean()).isTrue();
            });
            for (Model model : List.of(SEQUENTIAL, THREADS)) {
                JsonNode figures = RunUnderReport.model(nap, model);
                assertThat(figures.path("tasks").asInt()).isEqualTo(16);
                assertThat(figures.path("concurrency").asInt()).isEqualTo(model == SEQUENTIAL ? 1 : 8);
                assertThat(figures.path("rounds").asInt()).isGreaterThanOrEqualTo(5);
                assertThat(figures.path("startupNanos").asLong()).isZero();
            }
        }
    }

    /** The nodes of {@code NapTest.nap}: {@code @ExpectFastest(THREADS)} on naps. */
    private RunUnderNodes napVerdict() {
        return RunUnderNodes.of(reports, NAP, "nap", List.of(SEQUENTIAL, THREADS));
    }

    /** The nodes of {@code MistakesTest.napsOneAfterAnother}: a false {@code @ExpectFaster}. */
    private RunUnderNodes falseClaimVerdict() {
        return RunUnderNodes.of(reports, MISTAKES, "napsOneAfterAnother", List.of(SEQUENTIAL, THREADS));
    }

    private RunUnderReport report() {
        if (report == null) {
            report = build.runUnderReport("rununder");
        }
        return report;
    }
}
