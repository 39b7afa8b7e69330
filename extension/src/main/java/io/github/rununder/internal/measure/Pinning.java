package io.github.rununder.internal.measure;

import java.util.List;
import java.util.stream.Collectors;

/** Words for virtual threads pinned to their carriers while they parked. */
public final class Pinning {

    private Pinning() {}

    /**
     * {@code virtual threads were pinned to their carriers 16 times (1.60 s in all): 16 times in
     * PinnedTest.task(PinnedTest.java:30), by a class initialiser, 1.60 s}. On JDK 21 to 23, a pin by a
     * monitor adds that JDK 24 and later no longer pin there (JEP 491).
     */
    public static String describe(List<PinnedPark> parks) {
        long count = parks.stream().mapToLong(PinnedPark::count).sum();
        long nanos = parks.stream().mapToLong(PinnedPark::totalNanos).sum();
        return "virtual threads were pinned to their carriers " + times(count) + " (" + Durations.format(nanos)
                + " in all): " + parks.stream().map(park -> times(park.count()) + " in " + park.site() + ", by "
                        + park.reason() + ", " + Durations.format(park.totalNanos()))
                .collect(Collectors.joining("; ")) + (monitorPinsGoLater(parks)
                        ? " (JDK 24 and later no longer pin a virtual thread that waits holding a monitor: JEP 491)" : "");
    }

    private static boolean monitorPinsGoLater(List<PinnedPark> parks) {
        return Runtime.version().feature() < 24 && parks.stream().anyMatch(park -> park.reason().contains("monitor"));
    }

    private static String times(long count) {
        return count + (count == 1 ? " time" : " times");
    }
}
