package io.github.rununder.internal.fork;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An exception as data, to cross from a worker to the test JVM: class name, message, stack,
 * cause and suppressed exceptions, nothing else. {@link RemoteThrowables} turns it back into an
 * exception on the other side.
 *
 * @param className the exception's class
 * @param message its message, or {@code null}
 * @param stack its stack trace
 * @param cause its cause, or {@code null}
 * @param suppressed its suppressed exceptions
 */
record ThrowableData(String className, String message, List<StackTraceElement> stack, ThrowableData cause,
        List<ThrowableData> suppressed) {

    /** Deep enough for any real chain; a cycle or a runaway chain stops here. */
    private static final int MAX_DEPTH = 32;

    static ThrowableData of(Throwable throwable) {
        return of(throwable, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static ThrowableData of(Throwable throwable, Set<Throwable> seen, int depth) {
        seen.add(throwable);
        Throwable cause = throwable.getCause();
        ThrowableData causeData = cause == null || seen.contains(cause) || depth >= MAX_DEPTH
                ? null : of(cause, seen, depth + 1);
        List<ThrowableData> suppressed = new ArrayList<>();
        for (Throwable each : throwable.getSuppressed()) {
            if (!seen.contains(each) && depth < MAX_DEPTH) {
                suppressed.add(of(each, seen, depth + 1));
            }
        }
        List<StackTraceElement> stack = new ArrayList<>();
        for (StackTraceElement frame : throwable.getStackTrace()) {
            stack.add(asPrinted(frame));
        }
        return new ThrowableData(throwable.getClass().getName(), throwable.getMessage(), List.copyOf(stack), causeData,
                suppressed);
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

    void write(WireOut out) throws IOException {
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
    }

    static ThrowableData read(WireIn in) throws IOException {
        String className = in.readString();
        String message = in.readString();
        int frames = in.readInt();
        List<StackTraceElement> stack = new ArrayList<>(Math.min(frames, 1024));
        for (int i = 0; i < frames; i++) {
            stack.add(new StackTraceElement(in.readString(), in.readString(), in.readString(), in.readString(),
                    in.readString(), in.readString(), in.readInt()));
        }
        ThrowableData cause = in.readBoolean() ? read(in) : null;
        int count = in.readInt();
        List<ThrowableData> suppressed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            suppressed.add(read(in));
        }
        return new ThrowableData(className, message, stack, cause, suppressed);
    }
}
