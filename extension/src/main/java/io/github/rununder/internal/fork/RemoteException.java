package io.github.rununder.internal.fork;

/**
 * Stands for an exception thrown in a worker whose class the test JVM cannot load or rebuild. It
 * prints as the original would, {@code com.example.OddException: odd one}, so no name of
 * RunUnder's internals appears in a user's stack trace; its message is the original message and
 * its stack the original stack.
 */
public final class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalClassName;

    RemoteException(String originalClassName, String message) {
        super(message);
        this.originalClassName = originalClassName;
    }

    /** The class of the exception the worker threw. */
    public String originalClassName() {
        return originalClassName;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClassName : originalClassName + ": " + message;
    }
}
