package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * A sweep through the annotation on naps, whose throughput grows with the threads whatever the load
 * of the machine: claims keep a 3× margin against the ideal, so that a busy 2-core machine cannot
 * change a verdict, and ten rounds a level, so that one round a busy machine slowed eightfold
 * cannot bring the best concurrency down (with five, it can).
 */
class SweepNodesTest {

    private static final String CI = "\\(99% CI \\d+\\.\\d+×–\\d+\\.\\d+×, \\d+ rounds each\\)";

    @Test
    void oneNodePerModelAndLevelSequentialOnce() {
        KitRun run = RunUnderKit.run(Naps.class);

        assertThat(run.nodeNames()).hasSize(5);
        assertThat(run.nodeNames().subList(0, 4)).containsExactly("[1] SEQUENTIAL          8 tasks",
                "[2] THREADS ×1          8 tasks", "[3] THREADS ×2          8 tasks", "[4] THREADS ×8          8 tasks");
        Map<String, String> eight = run.node("[4] THREADS ×8").succeeded().entries();
        assertThat(eight).containsEntry("rununder.model", "THREADS").containsEntry("rununder.concurrency", "8")
                .containsKey("rununder.tasksPerSecond");
        assertThat(eight.get("rununder.summary")).matches(".* median of 10 rounds .* · [\\d.]+ tasks/s · .*× vs SEQUENTIAL.*");
    }

    @Test
    void theVerdictFitsTheLawGivesTheBestConcurrencyAndDecidesScalingClaims() {
        KitRun run = RunUnderKit.run(Naps.class);

        Map<String, String> entries = run.node("[5] verdict").entries();
        // Eight naps of 20 ms: 50 per second on one thread, up to eight times that on eight.
        assertThat(entries.get("rununder.scaling.THREADS")).startsWith("THREADS: ")
                .contains("; best at 8 threads, the highest throughput of the sweep");
        assertThat(entries.get("rununder.scaling.THREADS.fit")).matches("σ = .*, κ = .*, λ = [1-5]\\d(\\.\\d+)? .*,"
                + " N\\* = .*, R² = .*; 95% intervals from 1000 bootstrap resamples");
        assertThat(entries.get("rununder.recommended")).startsWith("THREADS ×8: IO-bound: THREADS ×8 is the fastest");
        assertThat(entries.get("rununder.summary")).endsWith("fastest: THREADS · recommended: THREADS ×8 · 2 of 3"
                + " expectations hold");
        // The claims in the order @ExpectFaster, @ExpectFastest, @ExpectScaling.
        assertThat(entries.get("rununder.verdict.1")).matches("HOLDS: THREADS ×8 was \\d+\\.\\d+× faster than SEQUENTIAL "
                + CI + ", at least 2\\.5× expected");
        assertThat(entries.get("rununder.verdict.2")).matches("HOLDS: THREADS ×8 gave \\d+\\.\\d+× the throughput of"
                + " THREADS ×1 " + CI + ", at least 2\\.5× expected");
        run.node("[5] verdict").failed().isInstanceOf(AssertionFailedError.class).message()
                .startsWith("Expected THREADS ×2 to give at least 6.0× the throughput of THREADS ×1, but ");
    }

    /** Two levels of THREADS give a best concurrency, but no law. */
    @Test
    void twoLevelsGiveTheBestConcurrencyOnly() {
        KitRun run = RunUnderKit.run(TwoLevels.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.scaling.THREADS")).startsWith("THREADS: best at 4 threads");
        assertThat(entries).doesNotContainKey("rununder.scaling.THREADS.fit");
    }

    static class Naps {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 8, concurrency = {1, 2, 8}, rounds = 10)
        @ExpectScaling(model = THREADS, from = 1, to = 8, atLeast = 2.5)   // 8× at best
        @ExpectScaling(model = THREADS, from = 1, to = 2, atLeast = 6.0)   // 2× at best: fails
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.5)   // compared at 8 threads
        void nap() throws InterruptedException {
            Thread.sleep(20);
        }
    }

    static class TwoLevels {
        @RunUnder(model = THREADS, tasks = 8, concurrency = {1, 4}, rounds = 10)
        void nap() throws InterruptedException {
            Thread.sleep(20);
        }
    }
}
