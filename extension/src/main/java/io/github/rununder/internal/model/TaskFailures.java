package io.github.rununder.internal.model;

import io.github.rununder.TaskFailedException;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a failure into what a user expects from a plain test, at the one point where it leaves
 * RunUnder (a model's JUnit node, {@code Compare.run()}): a failed assertion in a task stays an
 * assertion failure — an {@link AssertionFailedError} that names the model, the task and the round,
 * keeps the original's stack, cause and suppressed exceptions, and opentest4j's expected and actual
 * values where the original had them — so build tools count it as a failure, not an error, and IDEs
 * can show the difference; a failed assumption aborts; anything else is left as it is.
 */
public final class TaskFailures {

    private TaskFailures() {}

    /** {@code failure} as a plain test would report it. */
    public static Throwable asInAPlainTest(Throwable failure) {
        if (failure instanceof TaskFailedException task) {
            if (task.getCause() instanceof TestAbortedException aborted) {
                return aborted;
            }
            if (task.getCause() instanceof AssertionError assertion) {
                return assertionFailure(task, assertion);
            }
        }
        return failure;
    }

    private static AssertionFailedError assertionFailure(TaskFailedException task, AssertionError original) {
        String message = task.model() + ": task " + task.taskIndex() + " (" + RoundNames.of(task.round()) + ") failed: "
                + (original.getMessage() == null ? original.getClass().getName() : original.getMessage());
        AssertionFailedError converted = original instanceof AssertionFailedError failed && failed.isExpectedDefined()
                && failed.isActualDefined()
                ? new AssertionFailedError(message, failed.getExpected(), failed.getActual())
                : new AssertionFailedError(message);
        converted.setStackTrace(original.getStackTrace());
        if (original.getCause() != null) {
            converted.initCause(original.getCause());
        }
        for (Throwable suppressed : original.getSuppressed()) {
            converted.addSuppressed(suppressed);
        }
        return converted;
    }
}
