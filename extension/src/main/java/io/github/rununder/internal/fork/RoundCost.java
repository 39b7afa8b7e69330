package io.github.rununder.internal.fork;

import io.github.rununder.internal.measure.RoundTiming;

/** What the workers' batches of a round cost, added up; a figure one batch does not know makes the sum unknown. */
final class RoundCost {
    private long cpu;
    private long taskCpu;
    private long busy;
    private long queued;
    private long compilation;
    private long loadedClasses;

    void add(Message.BatchDone batch) {
        cpu += batch.cpuNanos();
        taskCpu += batch.taskCpuNanos();
        busy += batch.busyNanos();
        queued = sum(queued, batch.queuedNanos());
        compilation = sum(compilation, batch.compilationNanos());
        loadedClasses = sum(loadedClasses, batch.loadedClasses());
    }

    private static long sum(long total, long value) {
        return total < 0 || value < 0 ? -1 : total + value;
    }

    RoundTiming timing(long wallNanos) {
        return new RoundTiming(wallNanos, cpu, taskCpu, busy, queued, compilation, loadedClasses);
    }
}
