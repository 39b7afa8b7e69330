package io.github.rununder.internal.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Adds up the {@link Activity} of several JVMs that each recorded their own tasks, such as the
 * worker JVMs of {@code PROCESSES}: the same site, method or pinned park seen in several of them
 * becomes one entry, and the lists are cut back to the length one recording keeps.
 */
final class ActivitySum {

    /** The sites one recording keeps per part. */
    static final int SITES = Activity.SITES_KEPT;

    /** The hot methods one recording keeps. */
    static final int HOT_METHODS = Activity.HOT_METHODS_KEPT;

    private ActivitySum() {}

    static Activity of(List<Activity> activities) {
        if (activities.size() == 1) {
            return activities.get(0);
        }
        Map<TimePart, Long> waits = new EnumMap<>(TimePart.class);
        Map<TimePart, List<TimeSite>> sites = new EnumMap<>(TimePart.class);
        long gc = 0;
        long safepoints = 0;
        long samples = 0;
        long allocated = 0;
        long recorded = 0;
        for (Activity activity : activities) {
            activity.waits().forEach((part, nanos) -> waits.merge(part, nanos, Long::sum));
            activity.sites().forEach((part, list) -> sites.computeIfAbsent(part, p -> new ArrayList<>()).addAll(list));
            gc += activity.gcPauseNanos();
            safepoints += activity.safepointNanos();
            samples += activity.executionSamples();
            allocated += activity.allocatedBytes();
            // The workers recorded side by side: the recording lasted as long as the longest of them.
            recorded = Math.max(recorded, activity.recordedNanos());
        }
        sites.replaceAll((part, list) -> mergeSites(list));
        List<HotMethod> hot = merge(activities.stream().flatMap(a -> a.hotMethods().stream()).toList(),
                HotMethod::method, (a, b) -> new HotMethod(a.method(), a.samples() + b.samples()),
                HotMethod::samples, HOT_METHODS);
        List<PinnedPark> pinned = merge(activities.stream().flatMap(a -> a.pinned().stream()).toList(),
                park -> Arrays.asList(park.site(), park.reason()),
                (a, b) -> new PinnedPark(a.site(), a.reason(), a.count() + b.count(), a.totalNanos() + b.totalNanos()),
                PinnedPark::totalNanos, Integer.MAX_VALUE);
        return new Activity(waits, sites, gc, safepoints, hot, samples, allocated, pinned, recorded);
    }

    private static List<TimeSite> mergeSites(List<TimeSite> sites) {
        return merge(sites, site -> Arrays.asList(site.what(), site.waitedIn(), site.userFrame()),
                (a, b) -> new TimeSite(a.what(), a.waitedIn(), a.userFrame(), a.count() + b.count(),
                        a.nanos() + b.nanos()),
                TimeSite::nanos, SITES);
    }

    /**
     * Merges the items with equal keys, largest first by {@code size} (ties keep the order they
     * were first seen in), and keeps the first {@code limit}.
     */
    private static <T> List<T> merge(List<T> items, Function<T, Object> key, BinaryOperator<T> add,
            ToLongFunction<T> size, int limit) {
        Map<Object, T> merged = new LinkedHashMap<>();
        for (T item : items) {
            merged.merge(key.apply(item), item, add);
        }
        return merged.values().stream().sorted(Comparator.comparingLong(size).reversed()).limit(limit).toList();
    }
}
