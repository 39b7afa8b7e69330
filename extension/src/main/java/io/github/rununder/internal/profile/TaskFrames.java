package io.github.rununder.internal.profile;

import io.github.rununder.internal.model.TaskExecution;
import java.util.List;
import java.util.Locale;
import jdk.jfr.consumer.RecordedFrame;

/**
 * Reads a recorded stack as a task's: where RunUnder invoked the user's task, the user's frame
 * above it, and why a virtual thread stayed pinned.
 */
final class TaskFrames {

    private static final String TASK_EXECUTION = TaskExecution.class.getName();

    private TaskFrames() {}

    /** Index of the frame that invoked the task (frames run from the top), or -1 when the stack is no task's. */
    static int taskFrame(List<RecordedFrame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).getMethod().getType().getName().equals(TASK_EXECUTION)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the frame's class is RunUnder's, the JDK's or reflection's machinery. */
    static boolean machinery(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("io.github.rununder.internal.") || type.startsWith("java.") || type.startsWith("jdk.")
                || type.startsWith("sun.") || type.startsWith("javax.") || type.startsWith("com.sun.")
                || frame.getMethod().isHidden();
    }

    /** The user's frame nearest the task's invocation, as {@code PinnedTest.task(PinnedTest.java:30)}. */
    static String userSite(List<RecordedFrame> frames, int task) {
        for (int i = task - 1; i >= 0; i--) {
            if (!machinery(frames.get(i))) {
                RecordedFrame frame = frames.get(i);
                String type = frame.getMethod().getType().getName();
                String simple = type.substring(type.lastIndexOf('.') + 1);
                int nested = simple.indexOf('$');
                String file = (nested < 0 ? simple : simple.substring(0, nested)) + ".java";
                return simple.replace('$', '.') + "." + frame.getMethod().getName() + "(" + file + ":"
                        + frame.getLineNumber() + ")";
            }
        }
        return "the task";
    }

    /** The JDK's reason in our words: {@code a monitor}, {@code a native frame}, {@code a class initialiser}. */
    static String reasonWords(String said) {
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("monitor")) {
            return "a monitor";
        }
        if (lower.contains("native")) {
            return "a native frame";
        }
        if (lower.contains("initiali") || lower.contains("clinit")) {
            return "a class initialiser";
        }
        return said;
    }

    /** The reason the stack shows: a class initialiser or a native method between the task and the park. */
    static String reasonFromStack(List<RecordedFrame> frames, int task) {
        for (int i = 0; i < task; i++) {
            RecordedFrame frame = frames.get(i);
            if (frame.getMethod().getName().equals("<clinit>")) {
                return "a class initialiser";
            }
            if ("Native".equals(frame.getType())) {
                return "a native frame";
            }
        }
        return "a monitor";
    }
}
