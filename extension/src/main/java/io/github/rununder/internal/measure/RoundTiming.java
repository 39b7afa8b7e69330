package io.github.rununder.internal.measure;

/**
 * The cost of one round. CPU figures are {@code -1} where unknown.
 *
 * @param wallNanos from issuing the first task to the completion of the last
 * @param cpuNanos CPU time used meanwhile by this JVM (and the workers, for forked models)
 * @param taskCpuNanos CPU time of the threads that carried the tasks
 * @param carrierBusyNanos how long those threads were busy with the round's tasks, added up
 * @param carrierQueuedNanos how long of that they were ready to run but waiting for a core
 */
public record RoundTiming(long wallNanos, long cpuNanos, long taskCpuNanos, long carrierBusyNanos,
        long carrierQueuedNanos) {

    /** A round whose carriers' busy and queued time is unknown. */
    public RoundTiming(long wallNanos, long cpuNanos, long taskCpuNanos) {
        this(wallNanos, cpuNanos, taskCpuNanos, -1, -1);
    }
}
