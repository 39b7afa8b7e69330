package io.github.rununder.internal.fork;

/** A worker could not start, crashed, exited or stopped answering; the message says which. */
public final class WorkerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    WorkerException(String message) {
        super(message);
    }

    WorkerException(String message, Throwable cause) {
        super(message, cause);
    }
}
