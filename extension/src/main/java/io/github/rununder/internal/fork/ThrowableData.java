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
        return new ThrowableData(throwable.getClass().getName(), throwable.getMessage(),
                List.of(throwable.getStackTrace()), causeData, suppressed);
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
