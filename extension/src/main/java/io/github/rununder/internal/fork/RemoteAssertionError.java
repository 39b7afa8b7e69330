package io.github.rununder.internal.fork;

/**
 * Stands for an assertion failure thrown in a worker whose class the test JVM cannot rebuild: an
 * {@link AssertionError} still, so build tools count it as a failed assertion, printing as the
 * original would.
 */
final class RemoteAssertionError extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String originalClassName;

    RemoteAssertionError(String originalClassName, String message) {
        super(message);
        this.originalClassName = originalClassName;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClassName : originalClassName + ": " + message;
    }
}
