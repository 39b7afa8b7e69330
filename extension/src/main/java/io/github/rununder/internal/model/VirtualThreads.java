package io.github.rununder.internal.model;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads, found at run time so that the library, compiled for Java 17, still loads on
 * 17. {@link #factory()} is empty where the running JVM has none (before Java 21, or 19–20
 * without preview features).
 */
public final class VirtualThreads {

    private VirtualThreads() {}

    /** Whether this JVM can start virtual threads. */
    public static boolean available() {
        return factory().isPresent();
    }

    /** Why {@link #available()} is false, for the aborted node; names the Java version needed. */
    public static String unavailableReason() {
        return "VIRTUAL_THREADS needs Java 21 or newer; this JVM runs Java " + Runtime.version()
                + " (" + System.getProperty("java.home") + ")";
    }

    /** A factory of virtual threads named {@code prefix-N}, or empty when this JVM has none. */
    public static Optional<ThreadFactory> factory(String prefix) {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            Method name = builderType.getMethod("name", String.class, long.class);
            builder = name.invoke(builder, prefix + "-", 0L);
            return Optional.of((ThreadFactory) builderType.getMethod("factory").invoke(builder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ThreadFactory> factory() {
        return factory("rununder-probe");
    }
}
