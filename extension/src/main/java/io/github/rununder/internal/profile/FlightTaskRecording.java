package io.github.rununder.internal.profile;

import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.TimePart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A {@link TaskRecording} by the JDK Flight Recorder, written to a temporary file and read when
 * it stops. A file rather than a {@code RecordingStream}: a stream parses its events once a
 * second while the rounds run, on cores the tasks need (two, on the machines this runs on), where
 * a file costs the rounds only the recorder's own buffering; the reading waits for {@link #stop()}.
 *
 * <p>The thresholds. Entering a monitor, {@code Object.wait} and {@code Thread.sleep}: every one
 * (0 ms), since a hot {@code synchronized} section shows as many waits of a few microseconds, and
 * sleeps and waits are few. Parks, socket and file IO: from {@value #SHORTEST_MICROS} µs, since
 * they come in floods of microsecond calls (a pool's hand-offs, reads served from the page cache)
 * whose events, each with its stack, would cost more than the time they explain; a round trip on
 * the network or a lock handed over through the scheduler takes longer.
 *
 * <p>The rest. Execution samples every 10 ms. Allocation samples at most 300 a second (the JDK's
 * {@code profile} setting), each weighing the bytes its thread allocated since its sample before.
 * GC pauses from {@code jdk.GCPhasePause}, one event per pause ({@code jdk.GarbageCollection}
 * would count a collection's pauses again). Safepoints from {@code jdk.SafepointBegin} to
 * {@code jdk.SafepointEnd}, the same events on JDK 17 and 25; a safepoint that holds a GC pause
 * counts whole as the collector's (stopping the threads is part of what a collection costs them).
 * Virtual threads' pinned parks
 * ({@code jdk.VirtualThreadPinned}, from JDK 21; a JDK without the event ignores its setting),
 * every one.
 */
final class FlightTaskRecording extends TaskRecording {

    static final long SHORTEST_MICROS = 20;

    private static final Duration SHORTEST = Duration.ofNanos(SHORTEST_MICROS * 1_000);

    private static final Map<String, String> IO = Map.of(
            "jdk.SocketRead", "socket read",
            "jdk.SocketWrite", "socket write",
            "jdk.FileRead", "file read",
            "jdk.FileWrite", "file write");

    private final Path file;
    private final Recording recording;
    private final long startNanos;
    private boolean stopped;
    private boolean closed;

    FlightTaskRecording() {
        StackDepth.deepen();
        try {
            file = Files.createTempFile("rununder-tasks-", ".jfr");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file for the flight recording", e);
        }
        Recording made = null;
        try {
            made = new Recording();
            configure(made);
        } catch (RuntimeException | LinkageError e) {
            if (made != null) {
                made.close();
            }
            deleteQuietly(file);
            throw new IllegalStateException("the flight recorder did not start: " + e.getMessage(), e);
        }
        recording = made;
        try {
            recording.setDestination(file);
            recording.start();
        } catch (IOException | RuntimeException e) {
            close();
            throw new IllegalStateException("the flight recorder did not start: " + e.getMessage(), e);
        }
        startNanos = System.nanoTime();
    }

    /** A recording grows with the events of a hot lock; past this, the recorder keeps its newest events. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static void configure(Recording recording) {
        recording.setName("RunUnder tasks");
        recording.setMaxSize(MAX_BYTES);
        recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ZERO).withStackTrace();
        recording.enable("jdk.JavaMonitorWait").withThreshold(Duration.ZERO).withStackTrace();
        recording.enable("jdk.ThreadSleep").withThreshold(Duration.ZERO).withStackTrace();
        recording.enable("jdk.ThreadPark").withThreshold(SHORTEST).withStackTrace();
        IO.keySet().forEach(type -> recording.enable(type).withThreshold(SHORTEST).withStackTrace());
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.ObjectAllocationSample").with("throttle", "300/s").withStackTrace();
        recording.enable("jdk.GCPhasePause").withoutThreshold();
        recording.enable("jdk.SafepointBegin").withoutThreshold();
        recording.enable("jdk.SafepointEnd").withoutThreshold();
        recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
    }

    @Override
    public synchronized Activity stop() {
        if (stopped || closed) {
            throw new IllegalStateException("this recording was stopped already");
        }
        stopped = true;
        try {
            recording.stop();
            long recordedNanos = System.nanoTime() - startNanos;
            ActivityTally tally = new ActivityTally(recording.getStartTime(), recording.getStopTime());
            try (RecordingFile events = new RecordingFile(file)) {
                while (events.hasMoreEvents()) {
                    count(events.readEvent(), tally);
                }
            }
            return tally.activity(recordedNanos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the flight recording " + file, e);
        } finally {
            close();
        }
    }

    private static void count(RecordedEvent event, ActivityTally tally) {
        String type = event.getEventType().getName();
        switch (type) {
            case "jdk.JavaMonitorEnter" -> waited(event, tally, TimePart.MONITOR,
                    "the monitor of " + className(event, "monitorClass"));
            case "jdk.JavaMonitorWait" -> waited(event, tally, TimePart.MONITOR,
                    "Object.wait on " + className(event, "monitorClass"));
            case "jdk.ThreadSleep" -> waited(event, tally, TimePart.SLEEP, "Thread.sleep");
            case "jdk.ThreadPark" -> parked(event, tally);
            case "jdk.ExecutionSample" -> {
                TaskStack stack = stack(event);
                tally.ofThread(threadId(event, "sampledThread"), stack,
                        () -> tally.sampled(stack, event.getStartTime()));
            }
            case "jdk.ObjectAllocationSample" -> {
                long thread = threadId(event, "eventThread");
                tally.ofThread(thread, stack(event),
                        () -> tally.allocated(thread, event.getLong("weight"), event.getStartTime()));
            }
            case "jdk.VirtualThreadPinned" -> {
                TaskStack stack = stack(event);
                String reason = event.hasField("pinnedReason") ? event.getString("pinnedReason") : null;
                tally.ofThread(threadId(event, "eventThread"), stack,
                        () -> tally.pinned(stack, reason, event.getStartTime(), event.getEndTime()));
            }
            case "jdk.GCPhasePause" -> tally.gcPause(event.getStartTime(), event.getEndTime());
            case "jdk.SafepointBegin" -> tally.safepointBegan(event.getLong("safepointId"), event.getStartTime());
            case "jdk.SafepointEnd" -> tally.safepointEnded(event.getLong("safepointId"), event.getEndTime());
            default -> {
                if (IO.containsKey(type)) {
                    waited(event, tally, TimePart.IO, IO.get(type));
                }
            }
        }
    }

    /**
     * A park, unless it is how the JDK carries out a sleep or an {@code Object.wait} that has its
     * own event (a pinned virtual thread's sleep parks its carrier).
     */
    private static void parked(RecordedEvent event, ActivityTally tally) {
        TaskStack stack = stack(event);
        if (stack.passesThrough("java.lang.Thread", "sleep") || stack.passesThrough("java.lang.VirtualThread", "sleep")
                || stack.passesThrough("java.lang.Object", "wait")) {
            return;
        }
        String blocker = className(event, "parkedClass");
        String in = blocker.isEmpty() ? stack.calledJdkMethod() : blocker;
        tally.ofThread(threadId(event, "eventThread"), stack, () -> tally.waited(TimePart.PARK,
                "LockSupport.park in " + in, stack, event.getStartTime(), event.getEndTime()));
    }

    private static void waited(RecordedEvent event, ActivityTally tally, TimePart part, String what) {
        TaskStack stack = stack(event);
        tally.ofThread(threadId(event, "eventThread"), stack,
                () -> tally.waited(part, what, stack, event.getStartTime(), event.getEndTime()));
    }

    private static String className(RecordedEvent event, String field) {
        RecordedClass type = event.hasField(field) ? event.getClass(field) : null;
        return type == null ? "" : type.getName();
    }

    private static long threadId(RecordedEvent event, String field) {
        RecordedThread thread = event.hasField(field) ? event.getThread(field) : null;
        return thread == null ? -1 : thread.getJavaThreadId();
    }

    /** The event's stack, read as a task's; empty where it has none. */
    static TaskStack stack(RecordedEvent event) {
        RecordedStackTrace trace = event.getStackTrace();
        if (trace == null) {
            return new TaskStack(List.of(), false);
        }
        List<Frame> frames = new ArrayList<>(trace.getFrames().size());
        for (RecordedFrame frame : trace.getFrames()) {
            RecordedMethod method = frame.getMethod();
            if (method != null && method.getType() != null) {
                frames.add(new Frame(method.getType().getName(), method.getName(), frame.getLineNumber(),
                        Modifier.isNative(method.getModifiers()) || "Native".equals(frame.getType()),
                        method.isHidden()));
            }
        }
        return new TaskStack(frames, trace.isTruncated());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            recording.close();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
