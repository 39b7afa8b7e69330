package io.github.rununder.internal.fork;

import io.github.rununder.Task;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;

/**
 * Runs a {@link Task} class of the code-driven API in forked worker JVMs, which rebuild it by
 * name through its public no-argument constructor.
 *
 * <p>Placeholder until the worker pool lands: it names the one entry point the code-driven API
 * needs from it.
 */
public final class ForkedTasks {

    private ForkedTasks() {}

    /**
     * Opens a {@link io.github.rununder.Model#PROCESSES} session of {@code plan.concurrency()}
     * workers, each running instances of {@code taskClass}.
     *
     * @param taskClass a class with a public no-argument constructor
     */
    public static ModelSession open(Class<? extends Task> taskClass, Plan plan) {
        throw new UnsupportedOperationException("PROCESSES for Compare.workload needs the forked worker pool");
    }
}
