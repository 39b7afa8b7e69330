package io.github.rununder.internal.fork;

import java.lang.reflect.Constructor;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Rebuilds exceptions that came from a worker: as their original type where it loads and has a
 * constructor taking the message, else as a {@link RemoteException} (a {@link RemoteAssertionError}
 * for an assertion failure) that prints as the original.
 * An opentest4j {@link AssertionFailedError} keeps its expected and actual values (as their text),
 * so an IDE can still show the difference. Stack, cause and suppressed exceptions are restored
 * either way. Only a {@link Throwable} subclass found on the test class path is ever instantiated
 * (the class is checked before it is initialised), so a name sent by a worker can only select an
 * exception type the test itself could throw.
 */
final class RemoteThrowables {

    private RemoteThrowables() {}

    static Throwable rebuild(ThrowableData data, ClassLoader loader) {
        Throwable throwable = instantiate(data, loader);
        throwable.setStackTrace(data.stack().toArray(StackTraceElement[]::new));
        if (data.cause() != null) {
            Throwable cause = rebuild(data.cause(), loader);
            try {
                throwable.initCause(cause);
            } catch (IllegalStateException | IllegalArgumentException alreadySet) {
                throwable.addSuppressed(cause);
            }
        }
        for (ThrowableData suppressed : data.suppressed()) {
            throwable.addSuppressed(rebuild(suppressed, loader));
        }
        return throwable;
    }

    private static Throwable instantiate(ThrowableData data, ClassLoader loader) {
        if (data.expected() != null && data.actual() != null
                && data.className().equals(AssertionFailedError.class.getName())) {
            return new AssertionFailedError(data.message(), data.expected(), data.actual());
        }
        boolean assertion = false;
        try {
            Class<?> type = Class.forName(data.className(), false, loader);
            assertion = AssertionError.class.isAssignableFrom(type);
            if (type == AssertionError.class) {
                return data.message() == null ? new AssertionError() : new AssertionError(data.message());
            }
            if (Throwable.class.isAssignableFrom(type)) {
                Constructor<?> constructor = type.getDeclaredConstructor(String.class);
                constructor.trySetAccessible();
                Throwable rebuilt = (Throwable) constructor.newInstance(data.message());
                if (Objects.equals(rebuilt.getMessage(), data.message()) && rebuilt.getCause() == null) {
                    return rebuilt;
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException cannotRebuild) {
            // fall through to the placeholder
        }
        return assertion ? new RemoteAssertionError(data.className(), data.message())
                : new RemoteException(data.className(), data.message());
    }
}
