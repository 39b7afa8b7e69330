package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import io.github.rununder.seeded.SeededProblems.FreshCopies;
import io.github.rununder.seeded.SeededProblems.SleepsWhileInitialised;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Virtual threads pinned to their carriers while they park are reported with the reason and the
 * task's frame ({@code rununder.pinning}). Each task initialises a fresh copy of a class whose
 * initialiser sleeps: a virtual thread cannot unmount inside a class initialiser, on JDK 25 too.
 */
class PinningTest {

    private static final String FRAME = "SeededProblems\\.SleepsWhileInitialised\\.<clinit>\\(SeededProblems\\.java:\\d+\\)";

    @Test
    void aPinnedParkIsReportedWithItsReasonAndTheTaskFrame() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads arrived in Java 21");

        KitRun run = RunUnderKit.run(PinsInInitialiser.class);

        Map<String, String> entries = run.node("[2] VIRTUAL_THREADS").succeeded().entries();
        assertThat(entries.get("rununder.pinning"))
                .startsWith("virtual threads were pinned to their carriers ")
                .containsPattern("\\d+ times? in " + FRAME + ", by a class initialiser, ");
        assertThat(run.node("[1] SEQUENTIAL").succeeded().entries()).doesNotContainKey("rununder.pinning");
    }

    @Test
    void failModeFailsTheVirtualThreadsNode() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads arrived in Java 21");

        KitRun run = RunUnderKit.run(Map.of("rununder.pinning", "fail"), PinsInInitialiser.class);

        run.node("[2] VIRTUAL_THREADS").failed()
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Expected no virtual thread to be pinned to its carrier, but virtual threads"
                        + " were pinned to their carriers ")
                .hasMessageContaining("by a class initialiser")
                .hasMessageEndingWith("(rununder.pinning=fail)");
    }

    @Test
    void offModeDoesNotWatch() {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads arrived in Java 21");

        KitRun run = RunUnderKit.run(Map.of("rununder.pinning", "off"), PinsInInitialiser.class);

        assertThat(run.node("[2] VIRTUAL_THREADS").succeeded().entries()).doesNotContainKey("rununder.pinning");
    }

    @Test
    void anUnknownPinningModeIsAConfigurationError() {
        KitRun run = RunUnderKit.run(Map.of("rununder.pinning", "loud"), PinsInInitialiser.class);

        run.method("task").failed().hasMessage("Configuration error: 'rununder.pinning' must be one of 'report',"
                + " 'fail' or 'off', but was 'loud'.");
    }

    @Test
    void anUnknownExplainModeIsAConfigurationError() {
        KitRun run = RunUnderKit.run(Map.of("rununder.explain", "always"), PinsInInitialiser.class);

        run.method("task").failed().hasMessage("Configuration error: 'rununder.explain' must be one of 'auto',"
                + " 'on' or 'off', but was 'always'.");
    }

    static class PinsInInitialiser {
        @RunUnder(model = {SEQUENTIAL, VIRTUAL_THREADS}, tasks = 4, concurrency = 2, warmup = 0, rounds = 2)
        void task() throws ClassNotFoundException {
            Class.forName(SleepsWhileInitialised.class.getName(), true, new FreshCopies());
        }
    }
}
