package io.github.rununder.internal.measure;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How long the calling thread has spent ready to run but waiting for a core: the second field of
 * Linux's {@code /proc/thread-self/schedstat}. On a busy machine a computing thread waits for a
 * core much of the time, so CPU time over wall time undersells it; leaving the waiting out tells a
 * starved computation from one that waits on IO. A read costs 5–25 µs, so it is taken per round
 * and carrier thread, never per task.
 */
public final class RunQueue {

    private static final String SCHEDSTAT = "/proc/thread-self/schedstat";
    private static final boolean AVAILABLE = read() >= 0;

    private RunQueue() {}

    /** Nanoseconds the calling thread has waited on a run queue since it started, or {@code -1} if unknown. */
    public static long waitNanos() {
        return AVAILABLE ? read() : -1;
    }

    private static long read() {
        byte[] buffer = new byte[128];
        try (FileInputStream in = new FileInputStream(SCHEDSTAT)) {
            int length = in.read(buffer);
            String[] fields = new String(buffer, 0, Math.max(0, length), StandardCharsets.US_ASCII).trim().split("\\s+");
            return fields.length >= 2 ? Long.parseLong(fields[1]) : -1;
        } catch (IOException | NumberFormatException | SecurityException e) {
            return -1;
        }
    }
}
