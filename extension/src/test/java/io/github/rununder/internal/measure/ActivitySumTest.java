package io.github.rununder.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What several worker JVMs recorded side by side, added up into one activity. */
class ActivitySumTest {

    @Test
    void waitsPausesSamplesAndAllocationsAddAndTheRecordingLastsAsLongAsTheLongest() {
        Activity first = activity(Map.of(TimePart.SLEEP, 100L, TimePart.MONITOR, 7L), Map.of(), List.of(), List.of(),
                5, 2, 40, 1_000, 900);
        Activity second = activity(Map.of(TimePart.SLEEP, 300L, TimePart.IO, 11L), Map.of(), List.of(), List.of(),
                6, 3, 60, 24, 1_200);

        Activity sum = Activity.sum(List.of(first, second));

        assertThat(sum.waits()).containsOnly(Map.entry(TimePart.SLEEP, 400L), Map.entry(TimePart.MONITOR, 7L),
                Map.entry(TimePart.IO, 11L));
        assertThat(sum.gcPauseNanos()).isEqualTo(11);
        assertThat(sum.safepointNanos()).isEqualTo(5);
        assertThat(sum.executionSamples()).isEqualTo(100);
        assertThat(sum.allocatedBytes()).isEqualTo(1_024);
        assertThat(sum.recordedNanos()).isEqualTo(1_200);
    }

    @Test
    void theSameSiteInTwoWorkersBecomesOneAndEachPartKeepsItsTopFive() {
        TimeSite ledger = new TimeSite("the monitor of com.example.Ledger", "com.example.Ledger.post",
                "LedgerTest.post:41", 2, 50);
        List<TimeSite> small = IntStream.range(0, 5)
                .mapToObj(i -> new TimeSite("Thread.sleep", "com.example.Nap" + i, null, 1, 10 + i)).toList();
        List<TimeSite> firstSites = new ArrayList<>(small);
        firstSites.add(0, ledger);
        Activity first = activity(Map.of(), Map.of(TimePart.MONITOR, firstSites), List.of(), List.of(), 0, 0, 0, 0, 1);
        Activity second = activity(Map.of(), Map.of(TimePart.MONITOR, List.of(new TimeSite(ledger.what(),
                ledger.waitedIn(), ledger.userFrame(), 3, 70))), List.of(), List.of(), 0, 0, 0, 0, 1);

        List<TimeSite> sites = Activity.sum(List.of(first, second)).sites().get(TimePart.MONITOR);

        assertThat(sites).hasSize(5);
        assertThat(sites.get(0)).isEqualTo(new TimeSite(ledger.what(), ledger.waitedIn(), ledger.userFrame(), 5, 120));
        assertThat(sites.subList(1, 5)).extracting(TimeSite::nanos).containsExactly(14L, 13L, 12L, 11L);
    }

    @Test
    void hotMethodsMergeByMethodAndTheTopTwentyStay() {
        List<HotMethod> many = IntStream.range(0, 20).mapToObj(i -> new HotMethod("com.example.M.m" + i, 100 - i))
                .toList();
        Activity first = activity(Map.of(), Map.of(), many, List.of(), 0, 0, 0, 0, 1);
        Activity second = activity(Map.of(), Map.of(), List.of(new HotMethod("com.example.M.m19", 500),
                new HotMethod("org.h2.value.Value.cache", 1)), List.of(), 0, 0, 0, 0, 1);

        List<HotMethod> hot = Activity.sum(List.of(first, second)).hotMethods();

        assertThat(hot).hasSize(20).first().isEqualTo(new HotMethod("com.example.M.m19", 581));
        assertThat(hot).extracting(HotMethod::method).doesNotContain("org.h2.value.Value.cache");
    }

    @Test
    void pinnedParksMergeBySiteAndReasonLargestFirst() {
        PinnedPark monitor = new PinnedPark("LedgerTest.post(LedgerTest.java:41)", "a monitor", 2, 30);
        PinnedPark nativeFrame = new PinnedPark("LedgerTest.post(LedgerTest.java:41)", "a native frame", 1, 40);
        Activity first = activity(Map.of(), Map.of(), List.of(), List.of(monitor, nativeFrame), 0, 0, 0, 0, 1);
        Activity second = activity(Map.of(), Map.of(), List.of(), List.of(monitor), 0, 0, 0, 0, 1);

        assertThat(Activity.sum(List.of(first, second)).pinned()).containsExactly(
                new PinnedPark(monitor.site(), monitor.reason(), 4, 60), nativeFrame);
    }

    @Test
    void theSumOfNothingIsNoneAndOfOneIsThatOne() {
        Activity one = activity(Map.of(TimePart.PARK, 3L), Map.of(), List.of(), List.of(), 1, 2, 3, 4, 5);

        assertThat(Activity.sum(List.of())).isEqualTo(Activity.none());
        assertThat(Activity.sum(List.of(one))).isEqualTo(one);
    }

    private static Activity activity(Map<TimePart, Long> waits, Map<TimePart, List<TimeSite>> sites,
            List<HotMethod> hot, List<PinnedPark> pinned, long gc, long safepoints, long samples, long allocated,
            long recorded) {
        return new Activity(waits, sites, gc, safepoints, hot, samples, allocated, pinned, recorded);
    }
}
