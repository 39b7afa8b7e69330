package io.github.rununder.internal.fork;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * An exception as data, to cross from a worker to the test JVM: class name, message, stack, cause
 * and suppressed exceptions, and for opentest4j's {@link AssertionFailedError} the expected and
 * actual values as text, nothing else. {@link RemoteThrowables} turns it back into an exception on
 * the other side. What is written is bounded (depth, number of exceptions, frames, message length),
 * and what is read is checked against the same bounds, so neither side can be made to recurse or
 * allocate without limit.
 *
 * @param className the exception's class
 * @param message its message, or {@code null}
 * @param stack its stack trace
 * @param cause its cause, or {@code null}
 * @param suppressed its suppressed exceptions
 * @param expected the expected value's text for an {@link AssertionFailedError} that has one, else {@code null}
 * @param actual the actual value's text, likewise
 */
record ThrowableData(String className, String message, List<StackTraceElement> stack, ThrowableData cause,
        List<ThrowableData> suppressed, String expected, String actual) {

    /** Deep enough for any real chain; a cycle or a runaway chain stops here. */
    static final int MAX_DEPTH = 32;

    /** Exceptions in one chain, causes and suppressed together. */
    static final int MAX_EXCEPTIONS = 128;

    static final int MAX_FRAMES = 1024;

    /** Characters of a message or a value kept; the rest is cut, saying how much. */
    static final int MAX_TEXT = 64 * 1024;

    ThrowableData(String className, String message, List<StackTraceElement> stack, ThrowableData cause,
            List<ThrowableData> suppressed) {
        this(className, message, stack, cause, suppressed, null, null);
    }

    static ThrowableData of(Throwable throwable) {
        return of(throwable, Collections.newSetFromMap(new IdentityHashMap<>()), 0, new int[] {MAX_EXCEPTIONS - 1});
    }

    private static ThrowableData of(Throwable throwable, Set<Throwable> seen, int depth, int[] budget) {
        seen.add(throwable);
        Throwable cause = throwable.getCause();
        ThrowableData causeData = null;
        if (cause != null && !seen.contains(cause) && depth < MAX_DEPTH && budget[0] > 0) {
            budget[0]--;
            causeData = of(cause, seen, depth + 1, budget);
        }
        List<ThrowableData> suppressed = new ArrayList<>();
        for (Throwable each : throwable.getSuppressed()) {
            if (!seen.contains(each) && depth < MAX_DEPTH && budget[0] > 0) {
                budget[0]--;
                suppressed.add(of(each, seen, depth + 1, budget));
            }
        }
        List<StackTraceElement> stack = new ArrayList<>();
        StackTraceElement[] frames = throwable.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            stack.add(asPrinted(frames[i]));
        }
        String expected = null;
        String actual = null;
        if (throwable instanceof AssertionFailedError failed && failed.isExpectedDefined() && failed.isActualDefined()) {
            expected = cut(text(failed.getExpected()));
            actual = cut(text(failed.getActual()));
        }
        return new ThrowableData(throwable.getClass().getName(), cut(throwable.getMessage()), List.copyOf(stack),
                causeData, suppressed, expected, actual);
    }

    private static String text(ValueWrapper value) {
        return value == null ? null : value.getStringRepresentation();
    }

    private static String cut(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + "… (" + (text.length() - MAX_TEXT) + " more characters)";
    }

    /**
     * {@code frame} without the class loader name and module version its JVM leaves out when it prints
     * it (the built-in class loaders' names, the JDK modules' versions). A frame rebuilt from its parts
     * would print them: {@code app//com.example.Test.task(Test.java:12)}, {@code java.base@17.0.15/...}.
     */
    private static StackTraceElement asPrinted(StackTraceElement frame) {
        String printed = frame.toString();
        String loader = frame.getClassLoaderName();
        String version = frame.getModuleVersion();
        boolean dropLoader = loader != null && !printed.startsWith(loader + "/");
        boolean dropVersion = version != null && !printed.contains("@" + version + "/");
        if (!dropLoader && !dropVersion) {
            return frame;
        }
        return new StackTraceElement(dropLoader ? null : loader, frame.getModuleName(), dropVersion ? null : version,
                frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
    }

    void write(WireOut out) {
        out.writeString(className).writeString(message).writeInt(stack.size());
        for (StackTraceElement element : stack) {
            out.writeString(element.getClassLoaderName())
                    .writeString(element.getModuleName())
                    .writeString(element.getModuleVersion())
                    .writeString(element.getClassName())
                    .writeString(element.getMethodName())
                    .writeString(element.getFileName())
                    .writeInt(element.getLineNumber());
        }
        out.writeBoolean(cause != null);
        if (cause != null) {
            cause.write(out);
        }
        out.writeInt(suppressed.size());
        for (ThrowableData each : suppressed) {
            each.write(out);
        }
        out.writeString(expected).writeString(actual);
    }

    static ThrowableData read(WireIn in) throws IOException {
        return read(in, 0, new int[] {MAX_EXCEPTIONS - 1});
    }

    private static ThrowableData read(WireIn in, int depth, int[] budget) throws IOException {
        String className = in.readString();
        String message = in.readString();
        int frames = in.readCount(7 * 4);
        if (frames > MAX_FRAMES || className == null) {
            throw new CorruptFrameException("corrupt frame: an exception with " + frames + " stack frames or without a class");
        }
        List<StackTraceElement> stack = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            String loader = in.readString();
            String module = in.readString();
            String version = in.readString();
            String declaringClass = in.readString();
            String method = in.readString();
            String file = in.readString();
            int line = in.readInt();
            if (declaringClass == null || method == null) {
                throw new CorruptFrameException("corrupt frame: a stack frame without its class or method");
            }
            stack.add(new StackTraceElement(loader, module, version, declaringClass, method, file, line));
        }
        ThrowableData cause = in.readBoolean() ? nested(in, depth, budget) : null;
        int count = in.readCount(4);
        List<ThrowableData> suppressed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            suppressed.add(nested(in, depth, budget));
        }
        String expected = in.readString();
        String actual = in.readString();
        return new ThrowableData(className, message, List.copyOf(stack), cause, List.copyOf(suppressed), expected, actual);
    }

    private static ThrowableData nested(WireIn in, int depth, int[] budget) throws IOException {
        if (depth + 1 > MAX_DEPTH || --budget[0] < 0) {
            throw new CorruptFrameException("corrupt frame: causes and suppressed exceptions nested deeper than " + MAX_DEPTH
                    + " or more than " + MAX_EXCEPTIONS + " in all");
        }
        return read(in, depth + 1, budget);
    }
}
