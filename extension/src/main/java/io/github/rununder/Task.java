package io.github.rununder;

/**
 * One task of a workload, for the code-driven API ({@code Compare.workload(Task)}).
 *
 * <p>Any lambda will do for in-process models. Under {@link Model#PROCESSES} a worker JVM must
 * rebuild the task by name, so it must be a class with a public no-argument constructor.
 */
@FunctionalInterface
public interface Task {

    /**
     * Runs the task once.
     *
     * @param task which task this is, and the way to report a pending asynchronous result
     * @throws Exception anything the task throws fails the model run, naming the task index
     */
    void run(TaskInfo task) throws Exception;
}
