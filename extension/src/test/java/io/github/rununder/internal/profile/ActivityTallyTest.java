package io.github.rununder.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic events in a recording window of one second from {@link #T0}. */
class ActivityTallyTest {

    private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");
    private static final long MS = 1_000_000;

    private final ActivityTally tally = new ActivityTally(T0, at(1_000));

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }

    private static TaskStack task(String className, String method) {
        return new TaskStack(List.of(Frame.of(className, method, 7),
                Frame.of("io.github.rununder.internal.model.TaskExecution", "run", 19)), false);
    }

    private static final TaskStack LEDGER = task("com.example.Ledger", "post");

    @Test
    void countsOnlyThePartOfAWaitInsideTheWindow() {
        tally.ofThread(1, LEDGER, () -> tally.waited(TimePart.SLEEP, "Thread.sleep", LEDGER, at(-100), at(100)));
        tally.ofThread(1, LEDGER, () -> tally.waited(TimePart.SLEEP, "Thread.sleep", LEDGER, at(950), at(1_200)));
        tally.ofThread(1, LEDGER, () -> tally.waited(TimePart.SLEEP, "Thread.sleep", LEDGER, at(1_100), at(1_200)));

        Activity activity = tally.activity(1_000 * MS);

        assertThat(activity.waited(TimePart.SLEEP)).isEqualTo(150 * MS);
        assertThat(activity.sites().get(TimePart.SLEEP)).containsExactly(
                new TimeSite("Thread.sleep", "com.example.Ledger.post", "Ledger.post:7", 2, 150 * MS));
        assertThat(activity.recordedNanos()).isEqualTo(1_000 * MS);
    }

    @Test
    void keepsTheFiveLargestSitesOfEachPartLargestFirst() {
        for (int i = 1; i <= 7; i++) {
            TaskStack stack = task("com.example.Site" + i, "call");
            long end = i * 10;
            tally.ofThread(1, stack, () -> tally.waited(TimePart.MONITOR, "the monitor of com.example.Ledger", stack,
                    at(0), at(end)));
        }

        List<TimeSite> sites = tally.activity(0).sites().get(TimePart.MONITOR);

        assertThat(sites).extracting(TimeSite::waitedIn).containsExactly("com.example.Site7.call",
                "com.example.Site6.call", "com.example.Site5.call", "com.example.Site4.call", "com.example.Site3.call");
        assertThat(tally.activity(0).waited(TimePart.MONITOR)).isEqualTo(280 * MS);
    }

    @Test
    void aGcPauseIsNotCountedAgainAsASafepoint() {
        tally.safepointBegan(1, at(10));
        tally.safepointEnded(1, at(30));
        tally.gcPause(at(15), at(25));
        tally.safepointBegan(2, at(50));
        tally.safepointEnded(2, at(52));
        tally.safepointBegan(3, at(60));

        Activity activity = tally.activity(0);

        assertThat(activity.gcPauseNanos()).isEqualTo(10 * MS);
        assertThat(activity.safepointNanos()).isEqualTo(12 * MS);
    }

    @Test
    void aStackCutShortCountsWhenItsThreadRanATask() {
        TaskStack cutShort = new TaskStack(List.of(Frame.of("org.h2.value.Value", "cache", 400)), true);
        TaskStack idle = new TaskStack(List.of(Frame.of("java.util.concurrent.locks.LockSupport", "park", 211)), false);
        tally.ofThread(7, cutShort, () -> tally.sampled(cutShort, at(1)));
        tally.ofThread(7, LEDGER, () -> tally.sampled(LEDGER, at(2)));
        tally.ofThread(8, cutShort, () -> tally.sampled(cutShort, at(3)));
        tally.ofThread(8, idle, () -> tally.sampled(idle, at(4)));

        Activity activity = tally.activity(0);

        assertThat(activity.executionSamples()).isEqualTo(2);
        assertThat(activity.hotMethods()).containsExactly(new HotMethod("com.example.Ledger.post", 1),
                new HotMethod("org.h2.value.Value.cache", 1));
    }

    @Test
    void ranksHotMethodsAndKeepsTwenty() {
        for (int method = 0; method < 25; method++) {
            TaskStack stack = task("com.example.Hot", "m" + method);
            for (int sample = 0; sample <= method; sample++) {
                tally.ofThread(1, stack, () -> tally.sampled(stack, at(5)));
            }
        }

        Activity activity = tally.activity(0);

        assertThat(activity.hotMethods()).hasSize(20);
        assertThat(activity.hotMethods().get(0)).isEqualTo(new HotMethod("com.example.Hot.m24", 25));
        assertThat(activity.executionSamples()).isEqualTo(25 * 26 / 2);
    }

    @Test
    void addsUpAllocationsAndPinnedParksInTheWindow() {
        TaskStack initialiser = task("com.example.Config", "<clinit>");
        tally.allocated(3_000, at(1));
        tally.allocated(4_000, at(2));
        tally.allocated(9_000, at(2_000));
        tally.pinned(initialiser, null, at(10), at(40));
        tally.pinned(initialiser, "VM call to com.example.Config.<clinit> on stack", at(100), at(110));
        tally.pinned(LEDGER, "Native or VM frame on stack", at(200), at(205));

        Activity activity = tally.activity(0);

        assertThat(activity.allocatedBytes()).isEqualTo(7_000);
        assertThat(activity.pinned()).containsExactly(
                new PinnedPark("Config.<clinit>(Config.java:7)", "a class initialiser", 2, 40 * MS),
                new PinnedPark("Ledger.post(Ledger.java:7)", "a native frame", 1, 5 * MS));
    }
}
