package io.github.rununder.internal.model;

/**
 * The cost of one round.
 *
 * @param wallNanos from issuing the first task to the completion of the last
 * @param cpuNanos CPU time used meanwhile, by this JVM (and the workers, for forked models); {@code -1} if unknown
 * @param taskCpuNanos CPU time of the threads that carried the tasks; {@code -1} if unknown
 */
public record RoundTiming(long wallNanos, long cpuNanos, long taskCpuNanos) {}
