package io.github.rununder.internal.profile;

import io.github.rununder.Task;
import io.github.rununder.internal.model.TaskExecution;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recorded stack read for the time budget: whether it belongs to a task, the frame the thread
 * waited in, the user's task frame, and why a virtual thread parked there was pinned. Frames run
 * from the top (index 0, the most recent call) to the thread's first.
 */
final class TaskStack {

    /**
     * The class whose frame invokes the user's task under every model: {@code TaskExecution.run}
     * on pool threads, virtual threads and workers, {@code TaskExecution.invoke} for the
     * synchronous part that the {@code ASYNC} loop runs. A stack through it is a task's.
     */
    static final String TASK_FRAME_CLASS = TaskExecution.class.getName();

    /** RunUnder's own code: never the frame a user would look for. */
    private static final String OWN = TaskExecution.class.getPackageName()
            .substring(0, TaskExecution.class.getPackageName().lastIndexOf('.') + 1);

    /**
     * The packages whose frames may sit between {@link #TASK_FRAME_CLASS} and the user's task:
     * the models, the JUnit invoker, the worker JVM's, the {@code Compare} front end and the API.
     */
    private static final Set<String> INVOKING = Set.of(TaskExecution.class.getPackageName(), OWN + "junit",
            OWN + "fork", OWN + "compare", Task.class.getPackageName());

    /** The reasons a virtual thread stays pinned to its carrier, as {@link #pinReason} words them. */
    static final String CLASS_INITIALISER = "a class initialiser";
    static final String NATIVE_FRAME = "a native frame";
    static final String MONITOR = "a monitor";

    private final List<Frame> frames;
    private final boolean truncated;
    private final int taskFrame;

    /**
     * @param frames the stack, top first
     * @param truncated whether the recorder cut the stack short: its first frames are missing
     */
    TaskStack(List<Frame> frames, boolean truncated) {
        this.frames = List.copyOf(frames);
        this.truncated = truncated;
        int found = -1;
        for (int i = 0; i < this.frames.size() && found < 0; i++) {
            if (this.frames.get(i).className().equals(TASK_FRAME_CLASS)) {
                found = i;
            }
        }
        this.taskFrame = found;
    }

    /** Whether the stack passes through the frame that invokes a task. */
    boolean runsTask() {
        return taskFrame >= 0;
    }

    /** Whether the stack was cut short, so that {@link #runsTask()} cannot tell. */
    boolean truncated() {
        return truncated && taskFrame < 0;
    }

    /** The frames that the task's code may have put on the stack: all above the task frame. */
    private int end() {
        return taskFrame >= 0 ? taskFrame : frames.size();
    }

    /** The top frame as compiled, {@code org.h2.value.Value.cache}; empty for an empty stack. */
    String top() {
        return frames.isEmpty() ? "" : frames.get(0).rawName();
    }

    /**
     * The user's task frame, {@code LedgerTest.post:41}: the first frame above RunUnder's frames
     * that call the task (and the JDK's and generated ones between them); empty where the stack
     * was cut short before it.
     */
    String userFrame() {
        Frame user = userTaskFrame();
        return user == null ? "" : user.userName();
    }

    private Frame userTaskFrame() {
        if (taskFrame < 0) {
            return null;
        }
        for (int i = taskFrame - 1; i >= 0; i--) {
            Frame frame = frames.get(i);
            if (!frame.jdk() && !frame.generated() && !INVOKING.contains(frame.packageName())) {
                return frame;
            }
        }
        return null;
    }

    /**
     * The frame the thread waited in, {@code com.example.Ledger.post}: the first from the top
     * outside the JDK and RunUnder. Where the task's code has none (a task that only sleeps, the
     * wait for a task's stage), its task frame, else the first frame outside the JDK.
     */
    String waitedIn() {
        for (int i = 0; i < end(); i++) {
            Frame frame = frames.get(i);
            if (!frame.jdk() && !frame.generated() && !frame.className().startsWith(OWN)) {
                return frame.fullName();
            }
        }
        Frame user = userTaskFrame();
        if (user != null) {
            return user.fullName();
        }
        Frame outside = firstOutsideJdk();
        return outside == null ? "" : outside.fullName();
    }

    /**
     * The JDK method that the code outside the JDK called to wait, {@code java.util.concurrent.CompletableFuture.get};
     * the top frame when the whole stack is the JDK's.
     */
    String calledJdkMethod() {
        Frame called = frames.isEmpty() ? null : frames.get(0);
        for (Frame frame : frames) {
            if (!frame.jdk() && !frame.generated()) {
                break;
            }
            called = frame;
        }
        return called == null ? "" : called.rawName();
    }

    /** Whether a frame of {@code className} in a method whose name starts with {@code method} is on the stack. */
    boolean passesThrough(String className, String method) {
        return frames.stream().anyMatch(frame -> frame.className().equals(className)
                && frame.method().startsWith(method));
    }

    /** Where a virtual thread parked: {@code Ledger.post(Ledger.java:41)}, the first frame outside the JDK. */
    String parkSite() {
        Frame outside = firstOutsideJdk();
        return outside == null ? "" : outside.siteName();
    }

    private Frame firstOutsideJdk() {
        return frames.stream().filter(frame -> !frame.jdk() && !frame.generated()).findFirst().orElse(null);
    }

    /**
     * Why a virtual thread that parked with this stack stayed on its carrier. The JDK says so
     * itself from JDK 24 ({@code pinnedReason}); it counts a class initialiser among the VM's
     * frames, which the stack tells apart. Before JDK 24 the stack alone says it: a class
     * initialiser's frame, a native method's, or else a monitor held (on JDK 21 to 23, the one
     * other way user code pins).
     *
     * @param jdkReason the event's {@code pinnedReason}, {@code null} before JDK 24
     */
    String pinReason(String jdkReason) {
        boolean initialiser = frames.stream().anyMatch(frame -> frame.method().equals("<clinit>"));
        if (jdkReason != null && !jdkReason.isBlank()) {
            String reason = jdkReason.toLowerCase(Locale.ROOT);
            if (reason.contains("<clinit>") || initialiser && reason.contains("vm")) {
                return CLASS_INITIALISER;
            }
            if (reason.contains("monitor")) {
                return MONITOR;
            }
            if (reason.contains("native")) {
                return NATIVE_FRAME;
            }
            return jdkReason;
        }
        if (initialiser) {
            return CLASS_INITIALISER;
        }
        boolean nativeFrame = frames.stream().anyMatch(frame -> frame.nativeMethod() && !frame.className()
                .startsWith("jdk.internal."));
        return nativeFrame ? NATIVE_FRAME : MONITOR;
    }
}
