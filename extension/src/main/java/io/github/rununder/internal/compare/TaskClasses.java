package io.github.rununder.internal.compare;

import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Whether a forked worker can rebuild a task by its class name: the class must be a named
 * top-level or static nested class with a public no-argument constructor. A lambda, an anonymous,
 * local or inner class cannot be, nor a class without such a constructor.
 */
public final class TaskClasses {

    private TaskClasses() {}

    /** What keeps {@code type} from being rebuilt by name, such as {@code "a lambda"}; empty when nothing does. */
    public static Optional<String> whyNotRebuildable(Class<?> type) {
        if (isLambda(type)) {
            return Optional.of("a lambda");
        }
        if (type.isAnonymousClass()) {
            return Optional.of("an anonymous class (" + type.getName() + ")");
        }
        if (type.isLocalClass()) {
            return Optional.of("a local class (" + type.getName() + ")");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            return Optional.of("an inner class (" + type.getName() + "), which needs an instance of "
                    + type.getEnclosingClass().getSimpleName() + "; make it static");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return Optional.of("abstract (" + type.getName() + ")");
        }
        try {
            type.getConstructor();
            return Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.of(type.getName() + ", which has no public no-argument constructor");
        }
    }

    /** How messages name a task of {@code type}: its simple name, or {@code lambda}, or {@code anonymous Task}. */
    public static String describe(Class<?> type) {
        if (isLambda(type)) {
            return "lambda";
        }
        return type.isAnonymousClass() ? "anonymous Task" : type.getSimpleName();
    }

    /** Lambdas and method references are hidden classes since Java 15; the name test covers older forms. */
    private static boolean isLambda(Class<?> type) {
        return type.isHidden() || type.isSynthetic() || type.getName().contains("$$Lambda");
    }
}
