package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The verdict node on real workloads. Claims are off by 3× or more, or their timing is made
 * deterministic by sleeps chosen per round, so that a busy 2-core machine cannot change a verdict.
 */
class VerdictNodeTest {

    private static final String CI = "\\(99% CI \\d+\\.\\d+×–\\d+\\.\\d+×, \\d+ rounds each\\)";

    @Test
    void trueExpectationsPassTheVerdict() {
        KitRun run = RunUnderKit.run(Naps.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.verdict.1"))
                .matches("HOLDS: THREADS was \\d+\\.\\d+× faster than SEQUENTIAL " + CI + ", at least 2\\.0× expected");
        assertThat(entries.get("rununder.verdict.2"))
                .matches("HOLDS: THREADS was the fastest model, \\d+\\.\\d+× faster than the runner-up SEQUENTIAL " + CI);
        assertThat(entries).containsEntry("rununder.verdict.confidence", "99.0%");
    }

    @Test
    void aFalseClaimFailsTheVerdictNamingBothModelsWithTheInterval() {
        KitRun run = RunUnderKit.run(FalseClaim.class);

        run.node("[1] SEQUENTIAL").succeeded();
        run.node("[2] THREADS").succeeded();
        run.node("[3] verdict").failed()
                .isInstanceOf(AssertionFailedError.class)
                .message().matches("Expected SEQUENTIAL to be at least 2\\.0× faster than THREADS, but it was 0\\.\\d+× "
                        + "\\(99% CI 0\\.\\d+×–0\\.\\d+×, \\d+ rounds each\\)");
    }

    @Test
    void aFalseFastestClaimNamesTheModelThatWon() {
        KitRun run = RunUnderKit.run(FalseFastest.class);

        run.node("[3] verdict").failed()
                .message().matches("Expected SEQUENTIAL to be the fastest model, but THREADS was \\d+\\.\\d+× faster " + CI);
    }

    @Test
    void anUndecidedClaimFailsWithItsIntervalAndWhyNoMoreRoundsWereMeasured() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdict.budget", "0"), Straddling.class);

        run.node("[3] verdict").failed()
                .isInstanceOf(AssertionFailedError.class)
                .message().matches("Expected THREADS to be at least 1\\.0× faster than SEQUENTIAL, but could not tell: it was"
                        + " \\d\\.\\d+× \\(99% CI 0\\.\\d+×–\\d+\\.\\d+×, 5 rounds each\\), which straddles 1\\.0×;"
                        + " rununder\\.verdict\\.budget=0 allows no more rounds");
    }

    @Test
    void anUndecidedClaimMeasuresMoreRoundsUntilTheBudgetIsSpent() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdict.budget", "1 s"), Straddling.class);

        run.node("[3] verdict").failed()
                .hasMessageContaining("which straddles 1.0×; more rounds would exceed the verdict budget"
                        + " (rununder.verdict.budget=1.00 s)");
        assertThat(run.node("[3] verdict").entries().get("rununder.verdict.rounds"))
                .matches("5 interleaved rounds each; SEQUENTIAL \\+(\\d+), THREADS \\+\\1 while a claim was undecided"
                        + " \\(\\d looks?, .*\\)");
    }

    @Test
    void anUndecidedClaimStopsAtTheTimeLimitWhenThatComesBeforeTheBudget() {
        KitRun run = RunUnderKit.run(StraddlingWithTimeout.class);

        run.node("[3] verdict").failed()
                .hasMessageEndingWith("which straddles 1.0×; more rounds would exceed the time limit (3.00 s from @Timeout)");
    }

    @Test
    void anUndecidedClaimStopsAfterFiveLooks() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdict.budget", "10 m"), QuickStraddling.class);

        run.node("[3] verdict").failed()
                .hasMessageContaining("80 rounds each), which straddles 1.0×; 5 looks, the most allowed, did not decide it");
        assertThat(run.node("[3] verdict").entries().get("rununder.verdict.rounds"))
                .startsWith("5 interleaved rounds each; SEQUENTIAL +75, THREADS +75 while a claim was undecided (5 looks, ");
    }

    @Test
    void theVerdictRestsOnInterleavedRoundsAndAnOutlierAmongThemIsOutvotedByExtraRounds() {
        Outlier.interleaved.clear();
        KitRun run = RunUnderKit.run(Outlier.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        // Ten rounds each outvote the one outlier; on a very busy machine more outliers may ask for 20 or 40.
        assertThat(entries.get("rununder.verdict.1")).startsWith("HOLDS: THREADS was ").containsPattern("(10|20|40) rounds each");
        assertThat(entries.get("rununder.verdict.rounds")).matches("5 interleaved rounds each; SEQUENTIAL \\+(5|15|35),"
                + " THREADS \\+\\1 while a claim was undecided \\([234] looks, .*\\)");
        // Every interleaved round, the first five and the extra ones: one of each model per cycle, numbered after
        // the five rounds of their own nodes.
        List<String> order = Outlier.interleaved;
        assertThat(order.size()).isIn(20, 40, 80);
        for (int cycle = 0; cycle < order.size() / 2; cycle++) {
            assertThat(order.subList(2 * cycle, 2 * cycle + 2)).as("cycle %d of %s", cycle, order)
                    .containsExactlyInAnyOrder("SEQUENTIAL " + (5 + cycle), "THREADS " + (5 + cycle));
        }
    }

    @Test
    void anOutlierAmongAModelsOwnRoundsNeverReachesTheVerdict() {
        KitRun run = RunUnderKit.run(OwnOutlier.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        // THREADS' own first round took 300 ms: decided on the interleaved rounds alone (at the first look, or a
        // later one where a busy machine slowed one of them).
        assertThat(entries.get("rununder.verdict.1")).startsWith("HOLDS: THREADS was ")
                .containsPattern("\\((99% CI [^,]+), (5|10|20|40) rounds each\\)");
        assertThat(entries.get("rununder.verdict.rounds")).startsWith("5 interleaved rounds each");
    }

    @Test
    void extraRoundsOfProcessesRunInFreshWorkers() {
        KitRun run = RunUnderKit.run(ForkedOutlier.class);

        run.node("[2] PROCESSES").succeeded();
        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.verdict.1")).startsWith("HOLDS: PROCESSES was ").containsPattern("(10|20|40) rounds each");
        assertThat(entries.get("rununder.verdict.rounds")).matches("5 interleaved rounds each; SEQUENTIAL \\+(5|15|35),"
                + " PROCESSES \\+\\1 while a claim was undecided \\(.*\\)");
    }

    @Test
    void warnModePassesTheVerdictAndReportsTheFailureAsAWarning() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdicts", "warn"), FalseClaim.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.verdict.1")).startsWith("FAILS: Expected SEQUENTIAL to be at least 2.0×");
        assertThat(entries.get("rununder.warning")).startsWith("Expected SEQUENTIAL").endsWith("(rununder.verdicts=warn)");
    }

    @Test
    void warnModeAlsoTurnsAnUndecidedClaimIntoAWarning() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdicts", "warn", "rununder.verdict.budget", "0"),
                Straddling.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.verdict.1")).startsWith("UNDECIDED: Expected THREADS to be at least 1.0×");
        assertThat(entries.get("rununder.warning")).contains("could not tell").endsWith("(rununder.verdicts=warn)");
    }

    @Test
    void offModeChecksNothingAndMeasuresNoExtraRound() {
        Outlier.interleaved.clear();
        KitRun run = RunUnderKit.run(Map.of("rununder.verdicts", "off"), Outlier.class);

        // The models are still compared, interleaved, for the fastest model and the recommendation.
        assertThat(run.node("[3] verdict").succeeded().entries())
                .containsEntry("rununder.verdicts", "1 expectations not checked: rununder.verdicts=off")
                .containsEntry("rununder.verdict.rounds", "5 interleaved rounds each")
                .doesNotContainKey("rununder.verdict.1");
        assertThat(Outlier.interleaved).hasSize(10);
    }

    @Test
    void configuredModelsNarrowTheRunAndLeaveOtherClaimsUnchecked() {
        Naps.runs.set(0);
        KitRun run = RunUnderKit.run(Map.of("rununder.models", "threads, ASYNC"), Naps.class);

        assertThat(run.nodeNames()).hasSize(2);
        assertThat(run.nodeNames().get(0)).startsWith("[1] THREADS ×6");
        run.node("[2] verdict").aborted()
                .hasMessageContaining("THREADS at least 2.0× faster than SEQUENTIAL: not checked, SEQUENTIAL was left"
                        + " out by rununder.models=threads, ASYNC")
                .hasMessageContaining("THREADS fastest: not checked, no other model has measurements");
    }

    @Test
    void aMethodLeftWithoutModelsIsAbortedWithTheReason() {
        KitRun run = RunUnderKit.run(Map.of("rununder.models", "ASYNC"), Naps.class);

        assertThat(run.nodeNames()).hasSize(1);
        run.node("[1] verdict").aborted()
                .hasMessage("No model ran: rununder.models=ASYNC leaves none of [SEQUENTIAL, THREADS]");
    }

    @Test
    void modelNodesWarnAboutUnstableAndTooShortRounds() {
        KitRun run = RunUnderKit.run(Unsteady.class);

        assertThat(run.node("[1] SEQUENTIAL").succeeded().entries().get("rununder.warnings"))
                .startsWith("unstable: its 5 rounds vary by ");
        assertThat(run.node("[2] THREADS").succeeded().entries().get("rununder.warnings"))
                .contains("rounds too short: the median round took ");
    }

    static class Naps {
        static final AtomicInteger runs = new AtomicInteger();

        // 12 naps of 10 ms: at least 120 ms in sequence, 20 ms six at a time; 6× in theory, 2× claimed.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 12, concurrency = 6, warmup = 0, rounds = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.0)
        @ExpectFastest(THREADS)
        void nap() throws InterruptedException {
            runs.incrementAndGet();
            Thread.sleep(10);
        }
    }

    static class FalseClaim {
        // The same naps, with a claim off by more than 6×.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 12, concurrency = 6, warmup = 0)
        @ExpectFaster(model = SEQUENTIAL, than = THREADS, atLeast = 2.0)
        void nap() throws InterruptedException {
            Thread.sleep(10);
        }
    }

    static class FalseFastest {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 12, concurrency = 6, warmup = 0)
        @ExpectFastest(SEQUENTIAL)
        void nap() throws InterruptedException {
            Thread.sleep(10);
        }
    }

    static class Straddling {
        // Both models alternate 10 ms and 40 ms rounds: every interval spans 0.25× to 4×, whatever the noise.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.0)
        void nap(TaskInfo task) throws InterruptedException {
            Thread.sleep(task.round() % 2 == 0 ? 10 : 40);
        }
    }

    static class StraddlingWithTimeout {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.0)
        @org.junit.jupiter.api.Timeout(3)
        void nap(TaskInfo task) throws InterruptedException {
            Thread.sleep(task.round() % 2 == 0 ? 10 : 40);
        }
    }

    static class QuickStraddling {
        // As Straddling, with rounds of 2 ms and 8 ms, so that 80 rounds each take under a second.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 1.0)
        void nap(TaskInfo task) throws InterruptedException {
            Thread.sleep(task.round() % 2 == 0 ? 2 : 8);
        }
    }

    static class Outlier {
        static final List<String> interleaved = new CopyOnWriteArrayList<>();

        // SEQUENTIAL takes 100 ms, THREADS 10 ms, except its first interleaved round (after 5 of its own): 300 ms.
        // Claimed: 3×.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 3.0)
        void nap(TaskInfo task) throws InterruptedException {
            if (task.round() >= 5) {
                interleaved.add(task.model() + " " + task.round());
            }
            if (task.model() == SEQUENTIAL) {
                Thread.sleep(100);
            } else {
                Thread.sleep(task.round() == 5 ? 300 : 10);
            }
        }
    }

    static class OwnOutlier {
        // As Outlier, but the 300 ms round is THREADS' first own round, in its node.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 3.0)
        void nap(TaskInfo task) throws InterruptedException {
            if (task.model() == SEQUENTIAL) {
                Thread.sleep(100);
            } else {
                Thread.sleep(task.round() == 0 ? 300 : 10);
            }
        }
    }

    static class ForkedOutlier {
        // As Outlier, with the fast model in a worker JVM.
        @RunUnder(model = {SEQUENTIAL, Model.PROCESSES}, tasks = 1, concurrency = 1, warmup = 0)
        @ExpectFaster(model = Model.PROCESSES, than = SEQUENTIAL, atLeast = 3.0)
        void nap(TaskInfo task) throws InterruptedException {
            if (task.model() == SEQUENTIAL) {
                Thread.sleep(100);
            } else {
                Thread.sleep(task.round() == 5 ? 300 : 10);
            }
        }
    }

    static class Unsteady {
        // SEQUENTIAL's last round takes four times as long; THREADS' rounds take next to nothing.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 1, concurrency = 1, warmup = 0)
        void task(TaskInfo task) throws InterruptedException {
            if (task.model() == SEQUENTIAL) {
                Thread.sleep(task.round() == 4 ? 40 : 10);
            }
        }
    }

    static class Unused {
        @RunUnder(model = ASYNC, tasks = 1)
        void nap() {}
    }
}
