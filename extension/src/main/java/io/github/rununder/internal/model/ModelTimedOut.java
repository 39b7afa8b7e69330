package io.github.rununder.internal.model;

import io.github.rununder.Model;
import java.util.concurrent.TimeoutException;

/** A model run that missed its deadline, or whose driving thread was interrupted; names the model. */
public final class ModelTimedOut extends TimeoutException {

    private static final long serialVersionUID = 1L;

    private final transient Model model;

    ModelTimedOut(Model model, String message) {
        super(message);
        this.model = model;
    }

    /** The model whose run timed out. */
    public Model model() {
        return model;
    }
}
