package io.github.rununder.internal.fork;

import java.lang.reflect.Constructor;

/**
 * Rebuilds exceptions that came from a worker: as their original type where it loads and has a
 * constructor taking the message, else as a {@link RemoteException} naming it. Stack, cause and
 * suppressed exceptions are restored either way. Only a {@link Throwable} subclass found on the
 * test class path is ever instantiated (the class is checked before it is initialised), so a
 * name sent by a worker can only select an exception type the test itself could throw.
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
        try {
            Class<?> type = Class.forName(data.className(), false, loader);
            if (Throwable.class.isAssignableFrom(type)) {
                Constructor<?> constructor = type.getDeclaredConstructor(String.class);
                constructor.trySetAccessible();
                Throwable rebuilt = (Throwable) constructor.newInstance(data.message());
                if (java.util.Objects.equals(rebuilt.getMessage(), data.message())) {
                    return rebuilt;
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException cannotRebuild) {
            // fall through to the placeholder
        }
        return new RemoteException(data.className(), data.message());
    }
}
