package io.github.rununder;

/**
 * A {@link Model#PROCESSES} worker JVM could not start, crashed, exited, broke its channel, or
 * failed outside the tasks (in the test's lifecycle there). The message says which, with the
 * worker's exit code and last lines of output where it has them; a failure thrown in the worker
 * is the {@linkplain #getCause() cause}.
 */
public class WorkerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what happened to which worker */
    public WorkerException(String message) {
        super(message);
    }

    /**
     * @param message what happened to which worker
     * @param cause the failure behind it
     */
    public WorkerException(String message, Throwable cause) {
        super(message, cause);
    }
}
