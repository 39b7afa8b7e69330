package io.github.rununder.internal.model;

import io.github.rununder.Model;
import io.github.rununder.TaskInfo;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** The {@link TaskInfo} of one task invocation; {@link #seal()} ends the window for {@code completesWith}. */
public final class TaskContext implements TaskInfo {

    private final int index;
    private final int round;
    private final Model model;
    private final int workerId;
    private CompletionStage<?> pending;
    private boolean sealed;

    public TaskContext(int index, int round, Model model, int workerId) {
        this.index = index;
        this.round = round;
        this.model = model;
        this.workerId = workerId;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public int workerId() {
        return workerId;
    }

    @Override
    public void completesWith(CompletionStage<?> stage) {
        Objects.requireNonNull(stage, "completesWith(null): pass the stage the task completes with");
        if (sealed) {
            throw new IllegalStateException("completesWith was called for task " + index
                    + " after the task returned; call it before the task method returns");
        }
        if (pending != null) {
            throw new IllegalStateException("completesWith was called twice for task " + index
                    + "; a task completes with one stage (combine several with CompletableFuture.allOf)");
        }
        pending = stage;
    }

    /**
     * Ends the task's synchronous part; returns the stage it completes with, or {@code null}.
     * Neither synchronised nor volatile: {@code completesWith} belongs to the task's own thread,
     * before it returns, and a per-task lock or fence showed in the dispatch benchmark. A call
     * from another thread racing the task's return may go unnoticed.
     */
    public CompletionStage<?> seal() {
        sealed = true;
        return pending;
    }

    @Override
    public String toString() {
        return "TaskInfo[" + model + ", task " + index + ", round " + round + ", worker " + workerId + "]";
    }
}
