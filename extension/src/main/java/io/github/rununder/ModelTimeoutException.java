package io.github.rununder;

/**
 * A model run of {@link Compare#run()} did not finish within its time limit
 * ({@link Compare#timeout(java.time.Duration)}); its threads or workers were interrupted. The
 * message names the model and the tasks still running.
 */
public class ModelTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Model model;

    /**
     * @param model the model that timed out
     * @param cause the timeout, whose message says what was left
     */
    public ModelTimeoutException(Model model, java.util.concurrent.TimeoutException cause) {
        super(cause.getMessage(), cause);
        this.model = model;
    }

    /** The model that timed out. */
    public Model model() {
        return model;
    }
}
