package io.github.rununder.internal.blocking;

import io.github.rununder.internal.measure.BlockingSite;
import io.github.rununder.internal.profile.StackDepth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;

/**
 * The flight recorder's view of the loop: the JDK's blocking events of 1 ms or more on the loop
 * thread, with stack traces, placed in the task windows that {@link LoopTaskEvent} marks (the loop
 * parks between tasks when idle; that is not blocking).
 */
final class FlightRecorderBlocking extends BlockingRecorder {

    private static final Map<String, String> CALLS = Map.of(
            "jdk.ThreadSleep", "Thread.sleep",
            "jdk.JavaMonitorWait", "Object.wait",
            "jdk.JavaMonitorEnter", "a contended synchronized block",
            "jdk.ThreadPark", "LockSupport.park",
            "jdk.SocketRead", "socket read",
            "jdk.SocketWrite", "socket write",
            "jdk.FileRead", "file read",
            "jdk.FileWrite", "file write");

    /** The JDK's own frames: the blocking call's machinery, never the task code that made it. */
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final long loopId;
    private final String loopFrameClass;
    private final RecordingStream stream;
    private final List<Blocked> blocked = new CopyOnWriteArrayList<>();
    private final List<Window> windows = new CopyOnWriteArrayList<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private LoopTaskEvent current;

    private record Blocked(Instant start, Instant end, long nanos, String call, String userFrame) {}

    private record Window(Instant start, Instant end, boolean measured) {}

    @SuppressWarnings("deprecation") // Thread.threadId() arrived in Java 19; this library runs on 17.
    /**
     * @param loopFrameClass the class of the loop's frame below every task: what sits above it in a
     *     stack is the task's code
     */
    FlightRecorderBlocking(Thread loop, String loopFrameClass) {
        this.loopId = loop.getId();
        this.loopFrameClass = loopFrameClass;
        StackDepth.deepen();
        this.stream = new RecordingStream();
        for (String type : CALLS.keySet()) {
            stream.enable(type).withThreshold(Duration.ofMillis(1)).withStackTrace();
            stream.onEvent(type, this::onBlocking);
        }
        stream.enable(LoopTaskEvent.class).withoutThreshold().withoutStackTrace();
        stream.enable(RecordingEndEvent.class).withoutThreshold().withoutStackTrace();
        stream.onEvent("io.github.rununder.LoopTask", event -> windows.add(
                new Window(event.getStartTime(), event.getEndTime(), event.getBoolean("measured"))));
        stream.onEvent("io.github.rununder.LoopRecordingEnd", event -> caughtUp.countDown());
        stream.startAsync();
    }

    private void onBlocking(RecordedEvent event) {
        if (event.getThread() == null || event.getThread().getJavaThreadId() != loopId || event.getStackTrace() == null) {
            return;
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        int loopFrame = 0;
        while (loopFrame < frames.size() && !frames.get(loopFrame).getMethod().getType().getName().equals(loopFrameClass)) {
            loopFrame++;
        }
        int user = 0;
        while (user < loopFrame && jdk(frames.get(user))) {
            user++;
        }
        if (user == loopFrame) {
            return;
        }
        String call = CALLS.get(event.getEventType().getName());
        if (user > 0 && (call.startsWith("LockSupport") || call.startsWith("a contended"))) {
            call = call + " in " + name(frames.get(user - 1));
        }
        blocked.add(new Blocked(event.getStartTime(), event.getEndTime(), event.getDuration().toNanos(), call,
                name(frames.get(user)) + "(" + file(frames.get(user)) + ":" + frames.get(user).getLineNumber() + ")"));
    }

    private static boolean jdk(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return JDK.stream().anyMatch(type::startsWith) || frame.getMethod().isHidden();
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + frame.getMethod().getName();
    }

    /** The source file, as javac names it for all classes of a top-level class. */
    private static String file(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
    }

    @Override
    void taskEntering(int index, boolean measured) {
        current = new LoopTaskEvent();
        current.index = index;
        current.measured = measured;
        current.begin();
    }

    @Override
    void taskLeft() {
        if (current != null) {
            current.commit();
            current = null;
        }
    }

    @Override
    Sites finish() {
        new RecordingEndEvent().commit();
        boolean complete;
        try {
            complete = caughtUp.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            complete = false;
        }
        close();
        Map<String, long[]> sites = new LinkedHashMap<>();
        for (Blocked event : blocked) {
            if (inMeasuredWindow(event)) {
                long[] site = sites.computeIfAbsent(event.call() + "\n" + event.userFrame(), key -> new long[2]);
                site[0]++;
                site[1] += event.nanos();
            }
        }
        List<BlockingSite> found = new ArrayList<>();
        sites.forEach((key, site) -> {
            String[] parts = key.split("\n", 2);
            found.add(new BlockingSite(parts[0], parts[1], site[0], site[1]));
        });
        found.sort(Comparator.comparingLong(BlockingSite::totalNanos).reversed());
        String whyEmpty = !complete ? "the flight recorder's events did not arrive in time"
                : "the flight recorder saw no blocking call of 1 ms or more; the time may be spent in native code"
                        + " or in many shorter waits";
        return new Sites(found, whyEmpty);
    }

    private boolean inMeasuredWindow(Blocked event) {
        for (Window window : windows) {
            if (window.measured() && !event.start().isBefore(window.start()) && !event.end().isAfter(window.end())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        stream.close();
    }
}
