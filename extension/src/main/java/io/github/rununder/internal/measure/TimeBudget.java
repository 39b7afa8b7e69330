package io.github.rununder.internal.measure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where one model's time went over the rounds it was recorded in: the tasks' thread time, from
 * each task's start to its end, split into {@link TimePart}s, with the top sites of each part, the
 * hot methods per task and the allocation rate. Per-task figures compare models that ran the same
 * tasks at different concurrencies.
 *
 * @param tasks tasks recorded (all rounds together)
 * @param nanos thread-nanoseconds per part, all recorded tasks together; the parts add up to the
 *     tasks' time ({@link TimePart#OTHER} is what is left)
 * @param sites the top sites of the waiting parts
 * @param hotMethods the methods on top of the execution samples, most sampled first
 * @param executionSamples all execution samples of the tasks' threads
 * @param allocatedBytes bytes allocated by the tasks' threads
 * @param recordedNanos wall time of the recorded rounds
 * @param pinned pinned parks of virtual threads
 */
public record TimeBudget(long tasks, Map<TimePart, Long> nanos, Map<TimePart, List<TimeSite>> sites,
        List<HotMethod> hotMethods, long executionSamples, long allocatedBytes, long recordedNanos,
        List<PinnedPark> pinned) {

    public TimeBudget {
        if (tasks < 1) {
            throw new IllegalArgumentException("a time budget needs at least one task");
        }
        Map<TimePart, Long> all = new EnumMap<>(TimePart.class);
        for (TimePart part : TimePart.values()) {
            all.put(part, Math.max(0, nanos.getOrDefault(part, 0L)));
        }
        nanos = Collections.unmodifiableMap(all);
        Map<TimePart, List<TimeSite>> copied = new EnumMap<>(TimePart.class);
        sites.forEach((part, list) -> copied.put(part, List.copyOf(list)));
        sites = Collections.unmodifiableMap(copied);
        hotMethods = List.copyOf(hotMethods);
        pinned = List.copyOf(pinned);
    }

    /**
     * Puts together what the recording saw and what the rounds measured.
     *
     * @param activity what the flight recording saw over the rounds
     * @param tasks tasks of those rounds
     * @param taskNanos the tasks' time, from each one's start to its end, added up
     * @param cpuNanos CPU time of the tasks' threads over the rounds, {@code -1} where unknown
     * @param queuedNanos time those threads were ready but waited for a core, {@code -1} where unknown;
     *     what of it the waits already hold (a thread woken inside a wait queues before the wait ends)
     *     is not counted twice
     * @param runningThreads how many task threads ran at a time on average while the rounds went on,
     *     for the share of the pauses that stopped them
     */
    public static TimeBudget of(Activity activity, long tasks, long taskNanos, long cpuNanos, long queuedNanos,
            double runningThreads) {
        Map<TimePart, Long> parts = new EnumMap<>(TimePart.class);
        parts.put(TimePart.CPU, Math.max(0, cpuNanos));
        for (TimePart waiting : List.of(TimePart.MONITOR, TimePart.PARK, TimePart.SLEEP, TimePart.IO)) {
            parts.put(waiting, activity.waited(waiting));
        }
        double stopped = Math.max(0, runningThreads);
        parts.put(TimePart.GC, Math.round(activity.gcPauseNanos() * stopped));
        parts.put(TimePart.SAFEPOINT, Math.round(activity.safepointNanos() * stopped));
        long placed = parts.values().stream().mapToLong(Long::longValue).sum();
        // A thread woken inside a wait (to enter a monitor, say) may wait for a core before the wait
        // ends: that time is in both the wait and the time queued. It counts once, in the wait.
        long queued = Math.min(Math.max(0, queuedNanos), Math.max(0, taskNanos - placed));
        parts.put(TimePart.QUEUED, queued);
        parts.put(TimePart.OTHER, Math.max(0, taskNanos - placed - queued));
        return new TimeBudget(tasks, parts, activity.sites(), activity.hotMethods(), activity.executionSamples(),
                activity.allocatedBytes(), activity.recordedNanos(), activity.pinned());
    }

    /** Thread-nanoseconds of {@code part} per task. */
    public double perTask(TimePart part) {
        return (double) nanos.get(part) / tasks;
    }

    /** All parts together, per task. */
    public double totalPerTask() {
        return (double) total() / tasks;
    }

    /** All parts together, all tasks. */
    public long total() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Execution samples per task of {@code method}, 0 where it was never sampled. */
    public double samplesPerTask(String method) {
        return hotMethods.stream().filter(hot -> hot.method().equals(method)).mapToLong(HotMethod::samples)
                .sum() / (double) tasks;
    }

    /** Bytes the tasks allocated per second of recording; {@code NaN} when nothing was recorded. */
    public double allocationRate() {
        return recordedNanos <= 0 ? Double.NaN : allocatedBytes * 1e9 / recordedNanos;
    }

    /**
     * For people: {@code 30.1 ms a task: waiting on a monitor 71%, on CPU 25%, elsewhere 4%; 1.20 GB/s
     * allocated}, the parts of at least 1% from the largest down.
     */
    public String describe() {
        long total = total();
        StringBuilder text = new StringBuilder(Durations.format(totalPerTask())).append(" a task");
        String separator = ": ";
        List<Map.Entry<TimePart, Long>> parts = new java.util.ArrayList<>(nanos.entrySet());
        parts.sort(Map.Entry.<TimePart, Long>comparingByValue().reversed());
        for (Map.Entry<TimePart, Long> part : parts) {
            double share = total == 0 ? 0 : (double) part.getValue() / total;
            if (share >= 0.01) {
                text.append(separator).append(part.getKey().words()).append(' ').append(Math.round(share * 100))
                        .append('%');
                separator = ", ";
            }
        }
        double rate = allocationRate();
        if (allocatedBytes > 0 && !Double.isNaN(rate)) {
            text.append("; ").append(Bytes.format(rate)).append("/s allocated");
        }
        return text.toString();
    }

    /** The top sites of {@code part}, largest first; empty where none was recorded. */
    public List<TimeSite> sites(TimePart part) {
        return sites.getOrDefault(part, List.of());
    }
}
