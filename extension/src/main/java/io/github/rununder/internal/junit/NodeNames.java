package io.github.rununder.internal.junit;

import io.github.rununder.internal.measure.Arm;

/** The display names of a method's invocations: {@code [2] THREADS ×8          24 tasks}. */
final class NodeNames {

    private static final int LABEL_WIDTH = 19;

    private NodeNames() {}

    static String model(int index, Arm arm, int tasks) {
        return "[" + index + "] " + pad(arm.label()) + " " + tasks + (tasks == 1 ? " task" : " tasks");
    }

    static String verdict(int index, String summary) {
        return "[" + index + "] " + (summary.isEmpty() ? "verdict" : pad("verdict") + " " + summary);
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label : label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
