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

    /** The exception a task or its stage really failed with, without the JDK's wrappers. */
    public static Throwable unwrap(Throwable error) {
        return Stages.unwrap(error);
    }
}
