package io.github.rununder.internal.profile;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up what a recording saw into an {@link Activity}: the tasks' waits by part and site, their
 * execution samples, allocations and pinned parks, and the pauses of the whole JVM. Only the
 * part of an event inside the recording's window counts. Knows nothing of {@code jdk.jfr}.
 */
final class ActivityTally {

    private static final int SITES = Activity.SITES_KEPT;
    private static final int HOT_METHODS = Activity.HOT_METHODS_KEPT;

    private record SiteKey(TimePart part, String what, String waitedIn, String userFrame) {}

    private record PinKey(String site, String reason) {}

    private record Allocation(long thread, Instant at, long bytes) {}

    private record Interval(Instant start, Instant end) {
        long nanos() {
            return Math.max(0, Duration.between(start, end).toNanos());
        }

        Interval clip(Interval window) {
            Instant from = start.isBefore(window.start) ? window.start : start;
            Instant to = end.isAfter(window.end) ? window.end : end;
            return new Interval(from, to.isBefore(from) ? from : to);
        }

        boolean outside(Interval window) {
            return end.isBefore(window.start) || start.isAfter(window.end);
        }
    }

    private final Interval window;
    private final Map<TimePart, Long> waits = new EnumMap<>(TimePart.class);
    private final Map<SiteKey, long[]> sites = new LinkedHashMap<>();
    private final Map<String, Long> hotMethods = new HashMap<>();
    private long executionSamples;
    private final List<Allocation> allocations = new ArrayList<>();
    private final Map<PinKey, long[]> pinned = new LinkedHashMap<>();
    private final List<Interval> gcPauses = new ArrayList<>();
    private final Map<Long, Instant> safepointStarts = new HashMap<>();
    private final Map<Long, Instant> safepointEnds = new HashMap<>();
    private final Set<Long> taskThreads = new HashSet<>();
    private final Map<Long, List<Runnable>> uncertain = new HashMap<>();

    /** Counts what happened between {@code from} and {@code to}, the recording's window. */
    ActivityTally(Instant from, Instant to) {
        this.window = new Interval(from, to);
    }

    /**
     * Counts {@code contribution} when {@code stack} is a task's. A stack cut short before the
     * task frame counts when its thread ran a task in another event of the recording: a pool
     * thread running deep code, or a virtual thread, whose short stacks show the task frame.
     *
     * @param threadId the Java thread id of the event's thread, {@code -1} where unknown
     */
    void ofThread(long threadId, TaskStack stack, Runnable contribution) {
        if (stack.runsTask()) {
            taskThreads.add(threadId);
            contribution.run();
        } else if (stack.truncated() && threadId >= 0) {
            uncertain.computeIfAbsent(threadId, id -> new ArrayList<>()).add(contribution);
        }
    }

    /** A wait of {@code part} from {@code start} to {@code end}, with what the thread waited for. */
    void waited(TimePart part, String what, TaskStack stack, Instant start, Instant end) {
        Interval event = new Interval(start, end);
        if (event.outside(window)) {
            return;
        }
        long nanos = event.clip(window).nanos();
        waits.merge(part, nanos, Long::sum);
        long[] site = sites.computeIfAbsent(new SiteKey(part, what, stack.waitedIn(), stack.userFrame()),
                key -> new long[2]);
        site[0]++;
        site[1] += nanos;
    }

    /** An execution sample taken {@code at}. */
    void sampled(TaskStack stack, Instant at) {
        if (new Interval(at, at).outside(window) || stack.top().isEmpty()) {
            return;
        }
        executionSamples++;
        hotMethods.merge(stack.top(), 1L, Long::sum);
    }

    /** An allocation sample of thread {@code threadId} taken {@code at}, standing for {@code bytes} allocated. */
    void allocated(long threadId, long bytes, Instant at) {
        if (!new Interval(at, at).outside(window)) {
            allocations.add(new Allocation(threadId, at, Math.max(0, bytes)));
        }
    }

    /** A virtual thread parked while pinned, with the JDK's {@code pinnedReason} where it has one. */
    void pinned(TaskStack stack, String jdkReason, Instant start, Instant end) {
        Interval event = new Interval(start, end);
        if (event.outside(window)) {
            return;
        }
        long[] pin = pinned.computeIfAbsent(new PinKey(stack.parkSite(), stack.pinReason(jdkReason)),
                key -> new long[2]);
        pin[0]++;
        pin[1] += event.clip(window).nanos();
    }

    /** A garbage-collection pause of the whole JVM. */
    void gcPause(Instant start, Instant end) {
        gcPauses.add(new Interval(start, end));
    }

    /** The start of safepoint {@code id}: threads are being stopped. */
    void safepointBegan(long id, Instant start) {
        safepointStarts.put(id, start);
    }

    /** The end of safepoint {@code id}: threads run again. */
    void safepointEnded(long id, Instant end) {
        safepointEnds.put(id, end);
    }

    /** What the recording saw, over {@code recordedNanos} of wall time. */
    Activity activity(long recordedNanos) {
        uncertain.forEach((thread, contributions) -> {
            if (taskThreads.contains(thread)) {
                contributions.forEach(Runnable::run);
            }
        });
        uncertain.clear();
        List<Interval> pauses = gcPauses.stream().filter(pause -> !pause.outside(window))
                .map(pause -> pause.clip(window)).toList();
        long[] stopped = stopped(pauses);
        return new Activity(waits, topSites(), stopped[0], stopped[1], topMethods(), executionSamples,
                allocatedBytes(), pins(), recordedNanos);
    }

    /**
     * The allocation samples' weights added up. A sample weighs what its thread allocated since
     * the thread's sample before, which for a thread's first sample in the window may go back to
     * rounds long before it (a pool's thread, sampled last in an earlier recording or never): each
     * thread's first sample counts at most as much as the median sample.
     */
    private long allocatedBytes() {
        if (allocations.isEmpty()) {
            return 0;
        }
        long[] weights = allocations.stream().mapToLong(Allocation::bytes).sorted().toArray();
        long median = weights[(weights.length - 1) / 2];
        Map<Long, Allocation> firsts = new HashMap<>();
        for (Allocation sample : allocations) {
            firsts.merge(sample.thread(), sample, (first, next) -> next.at().isBefore(first.at()) ? next : first);
        }
        long bytes = 0;
        for (Allocation sample : allocations) {
            bytes += firsts.get(sample.thread()) == sample ? Math.min(sample.bytes(), median) : sample.bytes();
        }
        return bytes;
    }

    /**
     * Wall time the threads were stopped, {@code {for collections, at other safepoints}}: a
     * safepoint that holds a GC pause was the collector's, from the start of stopping the threads
     * to their restart (the stopping is part of what a collection costs them); other safepoints
     * count apart. GC pauses outside any recorded safepoint count as they are.
     */
    private long[] stopped(List<Interval> pauses) {
        long gc = 0;
        long other = 0;
        List<Interval> covered = new ArrayList<>();
        for (Map.Entry<Long, Instant> start : safepointStarts.entrySet()) {
            Instant end = safepointEnds.get(start.getKey());
            if (end == null) {
                continue;
            }
            Interval safepoint = new Interval(start.getValue(), end);
            if (safepoint.outside(window)) {
                continue;
            }
            Interval clipped = safepoint.clip(window);
            List<Interval> inside = pauses.stream().filter(pause -> !pause.outside(clipped)).toList();
            if (inside.isEmpty()) {
                other += clipped.nanos();
            } else {
                gc += clipped.nanos();
                covered.addAll(inside);
            }
        }
        for (Interval pause : pauses) {
            if (!covered.contains(pause)) {
                gc += pause.nanos();
            }
        }
        return new long[] {gc, other};
    }

    private Map<TimePart, List<TimeSite>> topSites() {
        Map<TimePart, List<TimeSite>> top = new EnumMap<>(TimePart.class);
        sites.forEach((key, site) -> top.computeIfAbsent(key.part(), part -> new ArrayList<>())
                .add(new TimeSite(key.what(), key.waitedIn(), key.userFrame(), site[0], site[1])));
        top.replaceAll((part, list) -> list.stream()
                .sorted(Comparator.comparingLong(TimeSite::nanos).reversed().thenComparing(TimeSite::what))
                .limit(SITES).toList());
        return top;
    }

    private List<HotMethod> topMethods() {
        return hotMethods.entrySet().stream()
                .map(entry -> new HotMethod(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(HotMethod::samples).reversed().thenComparing(HotMethod::method))
                .limit(HOT_METHODS).toList();
    }

    private List<PinnedPark> pins() {
        List<PinnedPark> parks = new ArrayList<>();
        pinned.forEach((key, pin) -> parks.add(new PinnedPark(key.site(), key.reason(), pin[0], pin[1])));
        parks.sort(Comparator.comparingLong(PinnedPark::totalNanos).reversed());
        return parks;
    }
}
