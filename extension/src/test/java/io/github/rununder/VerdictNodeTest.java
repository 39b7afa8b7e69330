package io.github.rununder;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class VerdictNodeTest {

    @Test
    void trueExpectationsPassTheVerdict() {
        KitRun run = RunUnderKit.run(Naps.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.verdict.1")).startsWith("HOLDS: THREADS was ").contains("faster than SEQUENTIAL");
        assertThat(entries.get("rununder.verdict.2")).startsWith("HOLDS: THREADS was the fastest");
    }

    @Test
    void aFalseClaimFailsTheVerdictNamingBothModelsTheRequiredAndTheMeasuredFactor() {
        KitRun run = RunUnderKit.run(FalseClaim.class);

        run.node("[1] SEQUENTIAL").succeeded();
        run.node("[2] THREADS").succeeded();
        run.node("[3] verdict").failed()
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Expected SEQUENTIAL to be at least 2.0× faster than THREADS, but it was 0.")
                .hasMessageContaining("× (median ")
                .hasMessageContaining("rounds each)");
    }

    @Test
    void aFalseFastestClaimNamesTheModelThatWon() {
        KitRun run = RunUnderKit.run(FalseFastest.class);

        run.node("[3] verdict").failed()
                .hasMessageStartingWith("Expected SEQUENTIAL to be the fastest model, but THREADS was ");
    }

    @Test
    void warnModePassesTheVerdictAndReportsTheFailureAsAWarning() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdicts", "warn"), FalseClaim.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.verdict.1")).startsWith("FAILS: Expected SEQUENTIAL to be at least 2.0×");
        assertThat(entries.get("rununder.warning")).startsWith("Expected SEQUENTIAL").endsWith("(rununder.verdicts=warn)");
    }

    @Test
    void offModeChecksNothing() {
        KitRun run = RunUnderKit.run(Map.of("rununder.verdicts", "off"), FalseClaim.class);

        assertThat(run.node("[3] verdict").succeeded().entries())
                .containsEntry("rununder.verdicts", "1 expectations not checked: rununder.verdicts=off");
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

    static class Naps {
        static final AtomicInteger runs = new AtomicInteger();

        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 12, concurrency = 6, warmup = 0, rounds = 3)
        @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.0)
        @ExpectFastest(THREADS)
        void nap() throws InterruptedException {
            runs.incrementAndGet();
            Thread.sleep(10);
        }
    }

    static class FalseClaim {
        // 12 naps of 10 ms: at least 120 ms in sequence, 20 ms six at a time. The claim is off by more than 6×.
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 12, concurrency = 6, warmup = 0, rounds = 3)
        @ExpectFaster(model = SEQUENTIAL, than = THREADS, atLeast = 2.0)
        void nap() throws InterruptedException {
            Thread.sleep(10);
        }
    }

    static class FalseFastest {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 12, concurrency = 6, warmup = 0, rounds = 3)
        @ExpectFastest(SEQUENTIAL)
        void nap() throws InterruptedException {
            Thread.sleep(10);
        }
    }

    static class Unused {
        @RunUnder(model = ASYNC, tasks = 1)
        void nap() {}
    }
}
