package io.github.rununder.internal.model;

import io.github.rununder.TaskInfo;

/** Runs the user's task once: the test method with its resolved arguments, or a {@code Task}. */
@FunctionalInterface
public interface TaskInvoker {

    /** Runs the task; whatever it throws is the task's failure. */
    void invoke(TaskInfo task) throws Throwable;
}
