package io.github.rununder.internal.stats;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static io.github.rununder.internal.measure.TimePart.CPU;
import static io.github.rununder.internal.measure.TimePart.GC;
import static io.github.rununder.internal.measure.TimePart.IO;
import static io.github.rununder.internal.measure.TimePart.MONITOR;
import static io.github.rununder.internal.measure.TimePart.OTHER;
import static io.github.rununder.internal.measure.TimePart.PARK;
import static io.github.rununder.internal.measure.TimePart.QUEUED;
import static io.github.rununder.internal.measure.TimePart.SAFEPOINT;
import static io.github.rununder.internal.measure.TimePart.SLEEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Bytes;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The explanation of a comparison from two synthetic time budgets, word for word. */
class ExplainerTest {

    private static final Arm SEQ = Arm.of(SEQUENTIAL, 1);
    private static final Arm THR = Arm.of(THREADS, 2);
    private static final String CACHE = "org.h2.value.Value.cache";

    /** The five seeded problems of the issue: the seeded cause comes first and takes at least half. */
    @Nested
    class SeededProblems {

        @Test
        void hotSynchronizedSectionUnderThreadsIsTheMonitorAndItsSite() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(OTHER, 5_000_000).build();
            TimeBudget threads = budget().part(CPU, 120_000_000).part(OTHER, 14_000_000)
                    .part(MONITOR, 71_000_000).site(MONITOR, new TimeSite("the monitor of com.example.Ledger",
                            "com.example.Ledger.post", "LedgerTest.post:41", 500, 71_000_000))
                    .build();

            Explanation explanation = explain(THR, threads, SEQ, sequential, 0.9).orElseThrow();

            assertThat(explanation.text()).isEqualTo("THREADS was 0.90× SEQUENTIAL: 71% of its extra time is waiting"
                    + " to enter the monitor of com.example.Ledger (Ledger.post ← LedgerTest.post:41)");
            assertThat(explanation.cause()).isEqualTo(MONITOR);
            assertThat(explanation.share()).isCloseTo(0.71, within()).isGreaterThanOrEqualTo(0.5);
            assertThat(explanation.site()).isEqualTo("Ledger.post ← LedgerTest.post:41");
            assertThat(explanation.model()).isEqualTo(THR);
            assertThat(explanation.than()).isEqualTo(SEQ);
        }

        @Test
        void allocationStormIsGcPausesWithTheAllocationRate() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(GC, 2_000_000).build();
            TimeBudget threads = budget().part(CPU, 110_000_000).part(GC, 90_000_000)
                    .allocated(2_400_000_000L, 2_000_000_000L).build();

            Explanation explanation = explain(THR, threads, SEQ, sequential, 0.6).orElseThrow();

            assertThat(explanation.text()).isEqualTo("THREADS was 0.60× SEQUENTIAL: 90% of its extra time is stopped"
                    + " by GC pauses (the tasks allocated 1.2 GB/s)");
            assertThat(explanation.cause()).isEqualTo(GC);
            assertThat(explanation.share()).isCloseTo(0.88 / 0.98, within()).isGreaterThanOrEqualTo(0.5);
            assertThat(explanation.site()).isEmpty();
        }

        @Test
        void blockingAsyncTasksOnTheExecutorBlockNoLoop() {
            TimeSite sleep = new TimeSite("Thread.sleep", "com.example.AsyncTest.task", "AsyncTest.task:12", 100,
                    1_920_000_000L);
            TimeBudget sequential = budget().part(CPU, 40_000_000).part(SLEEP, 1_920_000_000L).site(SLEEP, sleep)
                    .build();
            TimeBudget async = budget().part(CPU, 40_000_000).part(SLEEP, 1_920_000_000L).part(OTHER, 400_000_000)
                    .site(SLEEP, sleep).build();

            Explanation explanation = Explainer.explain(Arm.of(ASYNC, 8), async, SEQ, sequential, 1.0,
                    new Explainer.Machine(2, false)).orElseThrow();

            assertThat(explanation.cause()).isEqualTo(OTHER);
            assertThat(explanation.text()).doesNotContain("blocks the loop");
        }

        @Test
        void sleepOnTheAsyncLoopBlocksTheLoop() {
            TimeSite sleep = new TimeSite("Thread.sleep", "com.example.AsyncTest.task", "AsyncTest.task:12", 100,
                    1_920_000_000L);
            TimeBudget sequential = budget().part(CPU, 40_000_000).part(SLEEP, 1_920_000_000L).site(SLEEP, sleep)
                    .build();
            TimeBudget async = budget().part(CPU, 40_000_000).part(SLEEP, 1_920_000_000L).part(OTHER, 40_000_000)
                    .site(SLEEP, sleep).build();

            Explanation explanation = explain(Arm.of(ASYNC, 8), async, SEQ, sequential, 1.0).orElseThrow();

            assertThat(explanation.text()).isEqualTo("ASYNC was 1.00× SEQUENTIAL: 96% of its time on the event loop"
                    + " is sleeping in Thread.sleep, which blocks the loop (AsyncTest.task:12)");
            assertThat(explanation.cause()).isEqualTo(SLEEP);
            assertThat(explanation.share()).isCloseTo(0.96, within());
            assertThat(explanation.site()).isEqualTo("AsyncTest.task:12");
        }

        @Test
        void pinnedVirtualThreadIsTheParkPinnedToItsCarrier() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(OTHER, 10_000_000).build();
            TimeBudget virtual = budget().part(CPU, 100_000_000).part(OTHER, 60_000_000).part(PARK, 900_000_000)
                    .site(PARK, new TimeSite("LockSupport.park in java.util.concurrent.CountDownLatch$Sync",
                            "com.example.PinTest$Holder.<clinit>", "PinTest.task:30", 40, 900_000_000))
                    .pinned(new PinnedPark("com.example.PinTest$Holder.<clinit>(PinTest.java:22)",
                            "a class initialiser", 40, 880_000_000))
                    .build();

            Explanation explanation = explain(Arm.of(VIRTUAL_THREADS, 100), virtual, SEQ, sequential, 0.3)
                    .orElseThrow();

            assertThat(explanation.text()).isEqualTo("VIRTUAL_THREADS was 0.30× SEQUENTIAL: 83% of its time is"
                    + " parked in java.util.concurrent.CountDownLatch$Sync pinned to a carrier by a class"
                    + " initialiser, which keeps the other virtual threads from running (PinTest.Holder.<clinit> ←"
                    + " PinTest.task:30)");
            assertThat(explanation.cause()).isEqualTo(PARK);
            assertThat(explanation.share()).isCloseTo(880.0 / 1060, within()).isGreaterThanOrEqualTo(0.5);
        }

        @Test
        void virtualThreadsWaitingForCarriersThatPinnedOnesHoldAreExplainedByThePin() {
            TimeBudget sequential = budget().part(SLEEP, 1_000_000_000).part(CPU, 10_000_000).build();
            TimeBudget virtual = budget().part(SLEEP, 1_000_000_000).part(CPU, 10_000_000)
                    .pinned(new PinnedPark("PinTest.task(PinTest.java:30)", "a class initialiser", 100, 1_000_000_000))
                    .build();

            Explanation explanation = explain(Arm.of(VIRTUAL_THREADS, 8), virtual, SEQ, sequential, 2.0)
                    .orElseThrow();

            assertThat(explanation.text()).isEqualTo("VIRTUAL_THREADS was 2.0× SEQUENTIAL: 99% of its time is"
                    + " sleeping in Thread.sleep pinned to a carrier by a class initialiser, which keeps the other virtual"
                    + " threads from running (PinTest.task(PinTest.java:30))");
            assertThat(explanation.cause()).isEqualTo(SLEEP);
            assertThat(explanation.share()).isCloseTo(1000.0 / 1010, within());
        }

        @Test
        void timeQueuedThatTheModelsThreadsDoNotExplainIsToldApart() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(GC, 50_000_000).build();
            TimeBudget threads = budget().part(CPU, 100_000_000).part(GC, 150_000_000).part(QUEUED, 200_000_000).build();

            Explanation explanation = explain(THR, threads, SEQ, sequential, 1.0).orElseThrow();

            assertThat(explanation.cause()).isEqualTo(GC);
            assertThat(explanation.share()).isEqualTo(1.0);
            assertThat(explanation.text()).isEqualTo("THREADS was 1.00× SEQUENTIAL: 100% of its extra time is stopped by"
                    + " GC pauses; besides, it waited 2.00 ms more per task for a core, which other work on the machine"
                    + " caused: THREADS runs no more threads than the 2 cores");
        }

        @Test
        void oversubscribedCpuIsTimeQueuedForACore() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(QUEUED, 1_000_000).build();
            TimeBudget threads = budget().part(CPU, 105_000_000).part(QUEUED, 301_000_000).build();

            Explanation explanation = explain(new Arm(THREADS, 8, true), threads, new Arm(SEQUENTIAL, 1, true),
                    sequential, 1.9).orElseThrow();

            assertThat(explanation.text())
                    .isEqualTo("THREADS ×8 was 1.90× SEQUENTIAL: 98% of its extra time is queued for a core");
            assertThat(explanation.cause()).isEqualTo(QUEUED);
            assertThat(explanation.share()).isCloseTo(3.0 / 3.05, within()).isGreaterThanOrEqualTo(0.5);
            assertThat(explanation.site()).isEmpty();
        }
    }

    @Nested
    class CpuGrowth {

        private final TimeBudget sequential = budget().part(CPU, 100_000_000)
                .hot(new HotMethod(CACHE, 100), new HotMethod("org.h2.Other.run", 85),
                        new HotMethod("org.h2.Rare.spin", 2))
                .build();

        @Test
        void namesTheMethodWhoseSamplesPerTaskGrewMost() {
            TimeBudget threads = budget().part(CPU, 310_000_000)
                    .hot(new HotMethod(CACHE, 340), new HotMethod("org.h2.Other.run", 90),
                            new HotMethod("org.h2.Rare.spin", 25))
                    .build();

            Explanation explanation = explain(THR, threads, SEQ, sequential, 0.55).orElseThrow();

            assertThat(explanation.text()).isEqualTo("THREADS was 0.55× SEQUENTIAL: it spent 3.1× the CPU per task;"
                    + " org.h2.value.Value.cache took 3.4× the execution samples for the same work");
            assertThat(explanation.cause()).isEqualTo(CPU);
            assertThat(explanation.share()).isEqualTo(1.0);
            assertThat(explanation.site()).isEqualTo(CACHE);
        }

        @Test
        void leavesOutAMethodWithFewerThanTwentySamples() {
            TimeBudget threads = budget().part(CPU, 310_000_000)
                    .hot(new HotMethod("org.h2.Tiny.call", 19), new HotMethod(CACHE, 100)).build();

            assertThat(explain(THR, threads, SEQ, sequential, 0.55).orElseThrow().text())
                    .isEqualTo("THREADS was 0.55× SEQUENTIAL: it spent 3.1× the CPU per task");
        }

        @Test
        void leavesOutTheMethodWhereTheOtherRecordingTookNoSamples() {
            TimeBudget unsampled = budget().part(CPU, 100_000_000).build();
            TimeBudget threads = budget().part(CPU, 310_000_000).hot(new HotMethod(CACHE, 340)).build();

            Explanation explanation = explain(THR, threads, SEQ, unsampled, 0.55).orElseThrow();

            assertThat(explanation.text()).isEqualTo("THREADS was 0.55× SEQUENTIAL: it spent 3.1× the CPU per task");
            assertThat(explanation.site()).isEmpty();
        }

        @Test
        void saysAMethodWasSampledOnlyUnderTheSlowerModel() {
            TimeBudget threads = budget().part(CPU, 310_000_000)
                    .hot(new HotMethod("org.h2.Latch.spin", 200), new HotMethod(CACHE, 100)).build();

            assertThat(explain(THR, threads, SEQ, sequential, 0.55).orElseThrow().text())
                    .isEqualTo("THREADS was 0.55× SEQUENTIAL: it spent 3.1× the CPU per task;"
                            + " org.h2.Latch.spin was sampled only under THREADS");
        }

        @Test
        void saysTheExtraCpuWhereTheOtherModelHadNone() {
            TimeBudget noCpu = budget().part(OTHER, 100_000_000).build();
            TimeBudget threads = budget().part(CPU, 210_000_000).part(OTHER, 100_000_000).build();

            assertThat(explain(THR, threads, SEQ, noCpu, 0.8).orElseThrow().text())
                    .isEqualTo("THREADS was 0.80× SEQUENTIAL: it spent 2.10 ms more CPU per task");
        }
    }

    @Nested
    class Ranking {

        @Test
        void aTieGoesToThePartThatComesFirst() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).build();
            TimeBudget threads = budget().part(CPU, 100_000_000).part(PARK, 50_000_000).part(MONITOR, 50_000_000)
                    .build();

            Explanation explanation = explain(THR, threads, SEQ, sequential, 0.5).orElseThrow();

            assertThat(explanation.cause()).isEqualTo(MONITOR);
            assertThat(explanation.share()).isEqualTo(0.5);
            assertThat(explanation.text())
                    .isEqualTo("THREADS was 0.50× SEQUENTIAL: 50% of its extra time is waiting on a monitor");
        }

        @Test
        void aPartThatShrankTakesNoShare() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(IO, 80_000_000).build();
            TimeBudget threads = budget().part(CPU, 100_000_000).part(SLEEP, 30_000_000).build();

            Explanation explanation = explain(THR, threads, SEQ, sequential, 0.7).orElseThrow();

            assertThat(explanation.cause()).isEqualTo(SLEEP);
            assertThat(explanation.share()).isEqualTo(1.0);
        }

        @Test
        void anAsyncLoopWithLittleBlockingIsRankedLikeAnyModel() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).build();
            TimeBudget async = budget().part(CPU, 200_000_000).part(SLEEP, 20_000_000).build();

            Explanation explanation = explain(Arm.of(ASYNC, 4), async, SEQ, sequential, 0.5).orElseThrow();

            assertThat(explanation.cause()).isEqualTo(CPU);
            assertThat(explanation.text()).startsWith("ASYNC was 0.50× SEQUENTIAL: it spent 2.0× the CPU per task");
        }

        @Test
        void anAsyncLoopBlockedForATenthOfItsTimeIsBlocked() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).build();
            TimeBudget async = budget().part(CPU, 100_000_000).part(OTHER, 800_000_000).part(IO, 100_000_000)
                    .site(IO, new TimeSite("socket read", "com.example.Client.fetch", "AsyncTest.fetch:20", 9,
                            100_000_000))
                    .build();

            Explanation explanation = explain(Arm.of(ASYNC, 4), async, SEQ, sequential, 0.2).orElseThrow();

            assertThat(explanation.text()).isEqualTo("ASYNC was 0.20× SEQUENTIAL: 10% of its time on the event loop is"
                    + " in socket read, which blocks the loop (Client.fetch ← AsyncTest.fetch:20)");
            assertThat(explanation.cause()).isEqualTo(IO);
        }

        @Test
        void shortPinsDoNotMakeTheWaitPinned() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).build();
            TimeBudget virtual = budget().part(CPU, 100_000_000).part(PARK, 900_000_000)
                    .pinned(new PinnedPark("PinTest.task(PinTest.java:30)", "a native frame", 2, 80_000_000))
                    .build();

            assertThat(explain(Arm.of(VIRTUAL_THREADS, 100), virtual, SEQ, sequential, 0.3).orElseThrow().text())
                    .isEqualTo("VIRTUAL_THREADS was 0.30× SEQUENTIAL: 100% of its extra time is parked");
        }

        @Test
        void aPinnedWaitWithoutSitesNamesThePinsSite() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).build();
            TimeBudget virtual = budget().part(CPU, 100_000_000).part(MONITOR, 900_000_000)
                    .pinned(new PinnedPark("PinTest.task(PinTest.java:30)", "a monitor", 20, 850_000_000))
                    .build();

            Explanation explanation = explain(Arm.of(VIRTUAL_THREADS, 100), virtual, SEQ, sequential, 0.3)
                    .orElseThrow();

            assertThat(explanation.text()).isEqualTo("VIRTUAL_THREADS was 0.30× SEQUENTIAL: 85% of its time is"
                    + " waiting on a monitor pinned to a carrier by a monitor, which keeps the other virtual threads from"
                    + " running (PinTest.task(PinTest.java:30))");
            assertThat(explanation.site()).isEqualTo("PinTest.task(PinTest.java:30)");
        }
    }

    @Nested
    class Words {

        @Test
        void eachPartSaysWhatTheThreadsDid() {
            assertThat(sentence(MONITOR, new TimeSite("Object.wait on com.example.Queue", "com.example.Queue.take",
                    "QueueTest.take:9", 3, 1))).endsWith("is in Object.wait on com.example.Queue"
                            + " (Queue.take ← QueueTest.take:9)");
            assertThat(sentence(IO, new TimeSite("socket read", "com.example.Client.get", "ClientTest.get:5", 3, 1)))
                    .endsWith("is in socket read (Client.get ← ClientTest.get:5)");
            assertThat(sentence(IO, null)).endsWith("is in socket and file IO");
            assertThat(sentence(SLEEP, null)).endsWith("is sleeping in Thread.sleep");
            assertThat(sentence(PARK, new TimeSite("LockSupport.park in java.util.concurrent.locks.ReentrantLock",
                    "com.example.Ledger.post", "Ledger.post:12", 3, 1)))
                    .endsWith("is parked in java.util.concurrent.locks.ReentrantLock (Ledger.post:12)");
            assertThat(sentence(GC, null)).endsWith("is stopped by GC pauses");
            assertThat(sentence(SAFEPOINT, null)).endsWith("is stopped at safepoints");
            assertThat(sentence(OTHER, null)).endsWith("is time the recording could not place");
        }

        @Test
        void bytesReadInDecimalUnits() {
            assertThat(Bytes.format(12)).isEqualTo("12 B");
            assertThat(Bytes.format(812_000)).isEqualTo("812 kB");
            assertThat(Bytes.format(45_300_000)).isEqualTo("45.3 MB");
            assertThat(Bytes.format(1.2e9)).isEqualTo("1.2 GB");
        }

        private String sentence(TimePart part, TimeSite site) {
            Budget threads = budget().part(CPU, 100_000_000).part(part, 50_000_000);
            if (site != null) {
                threads.site(part, site);
            }
            return explain(THR, threads.build(), SEQ, budget().part(CPU, 100_000_000).build(), 0.7).orElseThrow()
                    .text();
        }
    }

    @Nested
    class NothingToExplain {

        @Test
        void emptyBudgetsExplainNothing() {
            TimeBudget empty = budget().build();
            TimeBudget some = budget().part(CPU, 100_000_000).build();

            assertThat(explain(THR, empty, SEQ, empty, 0.5)).isEmpty();
            assertThat(explain(THR, some, SEQ, empty, 0.5)).isEmpty();
            assertThat(explain(THR, empty, SEQ, some, 0.5)).isEmpty();
            assertThat(explain(Arm.of(ASYNC, 4), empty, SEQ, some, 0.5)).isEmpty();
        }

        @Test
        void equalBudgetsExplainNothing() {
            TimeBudget same = budget().part(CPU, 100_000_000).part(MONITOR, 10_000_000).build();

            assertThat(explain(THR, same, SEQ, same, 0.5)).isEmpty();
        }

        @Test
        void lessThanFivePercentMoreTimePerTaskIsNoDifference() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).build();

            assertThat(explain(THR, budget().part(CPU, 100_000_000).part(MONITOR, 4_900_000).build(), SEQ,
                    sequential, 1.8)).isEmpty();
            assertThat(explain(THR, budget().part(CPU, 100_000_000).part(MONITOR, 5_100_000).build(), SEQ,
                    sequential, 1.8)).isPresent();
        }

        @Test
        void lessTimePerTaskExplainsNothing() {
            TimeBudget sequential = budget().part(CPU, 100_000_000).part(OTHER, 20_000_000).build();

            assertThat(explain(THR, budget().part(CPU, 90_000_000).build(), SEQ, sequential, 1.7)).isEmpty();
        }

        @Test
        void failsWhenTheRatioIsNotAPositiveNumber() {
            TimeBudget some = budget().part(CPU, 100_000_000).build();

            for (double ratio : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
                assertThatThrownBy(() -> explain(THR, some, SEQ, some, ratio))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
            }
        }
    }

    private static Optional<Explanation> explain(Arm model, TimeBudget budget, Arm than, TimeBudget thanBudget,
            double ratio) {
        return Explainer.explain(model, budget, than, thanBudget, ratio, new Explainer.Machine(2, true));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static Budget budget() {
        return new Budget();
    }

    /** A time budget of 100 tasks, part by part. */
    private static final class Budget {
        private final Map<TimePart, Long> nanos = new EnumMap<>(TimePart.class);
        private final Map<TimePart, List<TimeSite>> sites = new EnumMap<>(TimePart.class);
        private final List<HotMethod> hot = new ArrayList<>();
        private final List<PinnedPark> pinned = new ArrayList<>();
        private long allocatedBytes;
        private long recordedNanos;

        Budget part(TimePart part, long allTasksNanos) {
            nanos.put(part, allTasksNanos);
            return this;
        }

        Budget site(TimePart part, TimeSite site) {
            sites.computeIfAbsent(part, key -> new ArrayList<>()).add(site);
            return this;
        }

        Budget hot(HotMethod... methods) {
            hot.addAll(List.of(methods));
            return this;
        }

        Budget pinned(PinnedPark park) {
            pinned.add(park);
            return this;
        }

        Budget allocated(long bytes, long overNanos) {
            allocatedBytes = bytes;
            recordedNanos = overNanos;
            return this;
        }

        TimeBudget build() {
            long samples = hot.stream().mapToLong(HotMethod::samples).sum();
            return new TimeBudget(100, nanos, sites, hot, samples, allocatedBytes, recordedNanos, pinned);
        }
    }
}
