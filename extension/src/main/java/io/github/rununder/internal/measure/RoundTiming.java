package io.github.rununder.internal.measure;

/**
 * The cost of one round. CPU and JIT figures are {@code -1} where unknown.
 *
 * @param wallNanos from issuing the first task to the completion of the last
 * @param cpuNanos CPU time used meanwhile by this JVM (and the workers, for forked models)
 * @param taskCpuNanos CPU time of the threads that carried the tasks
 * @param carrierBusyNanos how long those threads were busy with the round's tasks, added up
 * @param carrierQueuedNanos how long of that they were ready to run but waiting for a core
 * @param compilationNanos how long the JIT compilers of the JVMs that ran the tasks worked during the
 *     round, added up over them (forked workers report theirs; {@code -1} where unknown)
 * @param loadedClasses how many classes those JVMs loaded during the round ({@code -1} where unknown)
 */
public record RoundTiming(long wallNanos, long cpuNanos, long taskCpuNanos, long carrierBusyNanos,
        long carrierQueuedNanos, long compilationNanos, long loadedClasses) {

    /** A round whose JIT activity is unknown. */
    public RoundTiming(long wallNanos, long cpuNanos, long taskCpuNanos, long carrierBusyNanos, long carrierQueuedNanos) {
        this(wallNanos, cpuNanos, taskCpuNanos, carrierBusyNanos, carrierQueuedNanos, -1, -1);
    }

    /** A round whose carriers' busy and queued time is unknown. */
    public RoundTiming(long wallNanos, long cpuNanos, long taskCpuNanos) {
        this(wallNanos, cpuNanos, taskCpuNanos, -1, -1);
    }
}
