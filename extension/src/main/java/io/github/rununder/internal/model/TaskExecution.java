package io.github.rununder.internal.model;

/** Runs one task to its end: the invocation, then the stage it completes with, if any. */
public final class TaskExecution {

    private TaskExecution() {}

    /**
     * Runs the task and waits for the stage it passed to {@code completesWith}.
     *
     * @throws Throwable what the task threw, or what its stage failed with, unwrapped
     */
    public static void run(TaskInvoker invoker, TaskContext context) throws Throwable {
        invoker.invoke(context);
        var pending = context.seal();
        if (pending != null) {
            Stages.await(pending);
        }
    }

    /**
     * Runs the task's synchronous part alone, for a caller that waits for its stage its own way:
     * the {@code ASYNC} event loop. Like {@link #run}'s, this frame tells a flight recording that
     * the code above it is a task's.
     *
     * @throws Throwable what the task threw
     */
    public static void invoke(TaskInvoker invoker, TaskContext context) throws Throwable {
        invoker.invoke(context);
    }

    /** The exception a task or its stage really failed with, without the JDK's wrappers. */
    public static Throwable unwrap(Throwable error) {
        return Stages.unwrap(error);
    }
}
