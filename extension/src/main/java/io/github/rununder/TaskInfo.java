package io.github.rununder;

import java.util.concurrent.CompletionStage;

/**
 * What a task knows about itself. Declare a parameter of this type on a {@link RunUnder} method
 * (or take it in a {@link Task}) to receive it; a new instance is passed to every task.
 */
public interface TaskInfo {

    /** The index of this task within its round, from {@code 0} to {@code tasks - 1}. */
    int index();

    /**
     * The round this task belongs to. Measured rounds count from {@code 0}, each number once per
     * model: first the model's own rounds in its node, then the rounds measured interleaved with
     * the other models in the verdict, numbered after them. Warm-up rounds are negative: the
     * declared ones count from {@code -warmup} to {@code -1}, and the rounds a model warms up
     * with beyond them (while its code is still being compiled) and before its interleaved rounds
     * are numbered {@code -1} as well. Under {@link Model#ASYNC} one more, unmeasured task runs
     * first, alone, each time the model starts, to learn whether tasks call {@link #completesWith}:
     * its index is {@code 0} and its round below those of the warm-up.
     */
    int round();

    /** Whether this task belongs to a warm-up round, whose timings are not counted. */
    default boolean warmup() {
        return round() < 0;
    }

    /** The model running this task. */
    Model model();

    /**
     * The worker running this task: the pool thread or forked worker number from {@code 0}, or
     * {@code 0} for models with a single carrier ({@link Model#SEQUENTIAL}) and {@code -1} where
     * the task has no fixed worker (a virtual thread of its own, or the {@link Model#ASYNC} loop).
     */
    int workerId();

    /**
     * Declares that this task finishes when {@code pending} completes, not when the method
     * returns.
     *
     * <p>Under {@link Model#ASYNC} the task returns at once and the event loop issues the next
     * task, keeping at most {@code concurrency} in flight. Under every other model, the thread that
     * ran the task waits for the stage. Either way, the task's latency ends when the stage
     * completes, and a stage that completes exceptionally fails the task like a thrown exception.
     *
     * @param pending the task's pending result
     * @throws IllegalStateException when called twice for one task, or after the task returned
     * @throws NullPointerException when {@code pending} is {@code null}
     */
    void completesWith(CompletionStage<?> pending);
}
