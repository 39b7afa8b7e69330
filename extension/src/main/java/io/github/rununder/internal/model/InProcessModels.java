package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.measure.Arm;

/** Opens a session of an in-process model at one concurrency. */
public final class InProcessModels {

    private InProcessModels() {}

    /**
     * Opens a session of {@code arm}'s model at its concurrency, running {@code tasks} tasks a
     * round on threads that run {@code invoker}.
     *
     * @throws IllegalArgumentException for {@link Model#PROCESSES}, which is not in-process
     * @throws IllegalStateException for {@link Model#VIRTUAL_THREADS} on a JVM without them
     */
    public static ModelSession open(Arm arm, int tasks, TaskInvoker invoker) {
        return open(arm, tasks, invoker, BlockingMode.REPORT);
    }

    /**
     * As {@link #open(Arm, int, TaskInvoker)}; under {@link Model#ASYNC}, {@code blocking} says
     * whether to watch the event loop for blocking tasks.
     */
    public static ModelSession open(Arm arm, int tasks, TaskInvoker invoker, BlockingMode blocking) {
        int concurrency = arm.concurrency();
        return switch (arm.model()) {
            case SEQUENTIAL -> new ThreadPoolSession(Model.SEQUENTIAL, tasks, 1, invoker);
            case THREADS -> new ThreadPoolSession(Model.THREADS, tasks, concurrency, invoker);
            case VIRTUAL_THREADS -> new VirtualThreadSession(tasks, concurrency, invoker,
                    VirtualThreads.factory("rununder-virtual")
                            .orElseThrow(() -> new IllegalStateException(VirtualThreads.unavailableReason())));
            case ASYNC -> new AsyncLoopSession(tasks, concurrency, invoker, blocking);
            case PROCESSES -> throw new IllegalArgumentException("PROCESSES does not run in process");
        };
    }
}
