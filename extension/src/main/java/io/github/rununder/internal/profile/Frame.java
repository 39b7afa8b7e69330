package io.github.rununder.internal.profile;

import java.util.List;

/**
 * One frame of a recorded stack, as much of it as the analysis needs; kept apart from
 * {@code jdk.jfr} so that the analysis can be tested with stacks written by hand.
 *
 * @param className the binary name of the frame's class, {@code com.example.LedgerTest$Ledger}
 * @param method the method's name
 * @param line the source line, or a negative number where unknown
 * @param nativeMethod whether the method is {@code native}
 * @param hidden whether the JDK marks the frame hidden (lambda forms, generated classes)
 */
record Frame(String className, String method, int line, boolean nativeMethod, boolean hidden) {

    /** The JDK's own code: the blocking call's machinery, never the code that made the call. */
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    /** A frame of Java code with a line, as most frames are. */
    static Frame of(String className, String method, int line) {
        return new Frame(className, method, line, false, false);
    }

    boolean jdk() {
        return JDK.stream().anyMatch(className::startsWith);
    }

    /** A class the JVM generated: a lambda's proxy, a hidden class. */
    boolean generated() {
        return hidden || className.contains("$$Lambda") || className.contains("/0x");
    }

    /** {@code com.example.Ledger.post}; a lambda's body is named after the method it is written in. */
    String fullName() {
        return className + "." + readableMethod();
    }

    /** {@code com.example.Ledger.post}, the method as compiled, lambdas' bodies included. */
    String rawName() {
        return className + "." + method;
    }

    /** {@code LedgerTest.Ledger.post:41}: the simple class name, nested classes joined by a dot. */
    String userName() {
        return simpleClass() + "." + readableMethod() + (line >= 0 ? ":" + line : "");
    }

    /** {@code LedgerTest.Ledger.post(LedgerTest.java:41)}, as a stack trace prints it. */
    String siteName() {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        String file = (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
        return simpleClass() + "." + readableMethod() + "(" + file + (line >= 0 ? ":" + line : "") + ")";
    }

    String packageName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private String simpleClass() {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** javac names a lambda's body {@code lambda$post$0} after the method {@code post} it is written in. */
    private String readableMethod() {
        if (method.startsWith("lambda$")) {
            int end = method.indexOf('$', "lambda$".length());
            if (end > "lambda$".length()) {
                return method.substring("lambda$".length(), end);
            }
        }
        return method;
    }
}
