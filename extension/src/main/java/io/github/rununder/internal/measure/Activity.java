package io.github.rununder.internal.measure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a flight recording saw the tasks' threads do over some measured rounds: how long they
 * waited in each way and where, how long pauses stopped them, which methods the execution samples
 * found, how much they allocated, and where virtual threads were pinned. The CPU time and the
 * time queued for a core come from the rounds themselves; {@link TimeBudget} puts both together.
 *
 * @param waits time spent in {@link TimePart#MONITOR}, {@link TimePart#PARK}, {@link TimePart#SLEEP}
 *     and {@link TimePart#IO}, in thread-nanoseconds of the tasks' threads
 * @param sites the largest sites of each waiting part, largest first
 * @param gcPauseNanos wall time of garbage-collection pauses during the recording
 * @param safepointNanos wall time of other safepoint pauses during the recording
 * @param hotMethods the methods on top of the tasks' execution samples, most sampled first
 * @param executionSamples all execution samples of the tasks' threads
 * @param allocatedBytes bytes the tasks' threads allocated, estimated from the allocation samples
 * @param pinned pinned parks of virtual threads, largest first
 * @param recordedNanos wall time of the recording
 */
public record Activity(Map<TimePart, Long> waits, Map<TimePart, List<TimeSite>> sites, long gcPauseNanos,
        long safepointNanos, List<HotMethod> hotMethods, long executionSamples, long allocatedBytes,
        List<PinnedPark> pinned, long recordedNanos) {

    /** The largest sites a recording keeps per waiting part. */
    public static final int SITES_KEPT = 5;

    /** The most sampled methods a recording keeps. */
    public static final int HOT_METHODS_KEPT = 20;

    public Activity {
        waits = waits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(waits));
        Map<TimePart, List<TimeSite>> copied = new EnumMap<>(TimePart.class);
        sites.forEach((part, list) -> copied.put(part, List.copyOf(list)));
        sites = Map.copyOf(copied);
        hotMethods = List.copyOf(hotMethods);
        pinned = List.copyOf(pinned);
    }

    /** Nothing seen: a recording that could not run, or runs of no task. */
    public static Activity none() {
        return new Activity(Map.of(), Map.of(), 0, 0, List.of(), 0, 0, List.of(), 0);
    }

    /**
     * What several JVMs recorded side by side, added up: waits, pauses, samples and allocations
     * add (each JVM's pauses stopped only its own tasks); sites merge by what, where and the
     * user's frame and keep the top five of each part; hot methods merge by method and keep the
     * top twenty; pinned parks merge by site and reason; the recording lasted as long as the
     * longest of them.
     */
    public static Activity sum(List<Activity> activities) {
        return activities.isEmpty() ? none() : ActivitySum.of(activities);
    }

    /** Thread-nanoseconds spent in {@code part}, 0 where none was seen. */
    public long waited(TimePart part) {
        return waits.getOrDefault(part, 0L);
    }
}
