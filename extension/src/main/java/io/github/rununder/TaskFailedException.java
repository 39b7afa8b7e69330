package io.github.rununder;

/**
 * A task threw an exception, or the stage it passed to
 * {@link TaskInfo#completesWith(java.util.concurrent.CompletionStage)} completed exceptionally.
 * The original exception is the {@linkplain #getCause() cause}, stack trace intact.
 */
public class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Model model;
    private final int taskIndex;
    private final int round;

    /**
     * @param model the model that ran the task
     * @param taskIndex the task's index within its round
     * @param round the round, negative for warm-up rounds
     * @param cause what the task threw
     */
    public TaskFailedException(Model model, int taskIndex, int round, Throwable cause) {
        super(model + ": task " + taskIndex + " (" + io.github.rununder.internal.model.RoundNames.of(round) + ") failed: "
                + cause, cause);
        this.model = model;
        this.taskIndex = taskIndex;
        this.round = round;
    }

    /** The model that ran the task. */
    public Model model() {
        return model;
    }

    /** The task's index within its round. */
    public int taskIndex() {
        return taskIndex;
    }

    /** The round, negative for warm-up rounds. */
    public int round() {
        return round;
    }
}
