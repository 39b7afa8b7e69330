package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.plan.Plan;

/** Opens a session of an in-process model for a plan. */
public final class InProcessModels {

    private InProcessModels() {}

    /**
     * Opens a session of {@code model}, whose threads run {@code invoker}.
     *
     * @throws IllegalArgumentException for {@link Model#PROCESSES}, which is not in-process
     * @throws IllegalStateException for {@link Model#VIRTUAL_THREADS} on a JVM without them
     */
    public static ModelSession open(Model model, Plan plan, TaskInvoker invoker) {
        return open(model, plan, invoker, BlockingMode.REPORT);
    }

    /**
     * Opens a session of {@code model}; under {@link Model#ASYNC}, {@code blocking} says whether
     * to watch the event loop for blocking tasks.
     */
    public static ModelSession open(Model model, Plan plan, TaskInvoker invoker, BlockingMode blocking) {
        return switch (model) {
            case SEQUENTIAL -> new ThreadPoolSession(model, plan.tasks(), 1, invoker);
            case THREADS -> new ThreadPoolSession(model, plan.tasks(), plan.concurrency(), invoker);
            case VIRTUAL_THREADS -> new VirtualThreadSession(plan.tasks(), plan.concurrency(), invoker,
                    VirtualThreads.factory("rununder-virtual")
                            .orElseThrow(() -> new IllegalStateException(VirtualThreads.unavailableReason())));
            case ASYNC -> new AsyncLoopSession(plan.tasks(), plan.concurrency(), invoker, blocking);
            case PROCESSES -> throw new IllegalArgumentException("PROCESSES does not run in process");
        };
    }
}
