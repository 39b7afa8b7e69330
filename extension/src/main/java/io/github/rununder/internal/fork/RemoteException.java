package io.github.rununder.internal.fork;

/**
 * Stands for an exception thrown in a worker whose class the test JVM cannot load or rebuild.
 * Its message starts with the original class name; its stack is the original stack.
 */
public final class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String originalClassName;

    RemoteException(String originalClassName, String message) {
        super(message == null ? originalClassName : originalClassName + ": " + message);
        this.originalClassName = originalClassName;
    }

    /** The class of the exception the worker threw. */
    public String originalClassName() {
        return originalClassName;
    }
}
