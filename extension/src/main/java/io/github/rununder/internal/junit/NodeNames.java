package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.plan.ModelLabels;

/** The display names of a method's invocations: {@code [2] THREADS ×8          24 tasks}. */
final class NodeNames {

    private static final int LABEL_WIDTH = 19;

    private NodeNames() {}

    static String model(int index, Model model, int concurrency, int tasks) {
        return "[" + index + "] " + pad(ModelLabels.of(model, concurrency)) + " " + tasks + (tasks == 1 ? " task" : " tasks");
    }

    static String verdict(int index, String summary) {
        return "[" + index + "] " + (summary.isEmpty() ? "verdict" : pad("verdict") + " " + summary);
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label : label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
