package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Plan;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The execution of one {@code @RunUnder} method: its plan, and what became of each model so far.
 * Shared by the method's invocations, which JUnit runs one after another.
 */
final class MethodRun {

    private final Plan plan;
    private final Settings settings;
    private final Map<Model, ModelResult> measured = Collections.synchronizedMap(new EnumMap<>(Model.class));
    private final Map<Model, String> unavailable = Collections.synchronizedMap(new EnumMap<>(Model.class));

    MethodRun(Plan plan, Settings settings) {
        this.plan = plan;
        this.settings = settings;
        String configured = settings.allowedModelsText();
        for (Model skipped : plan.skippedModels()) {
            unavailable.put(skipped, skipped + " was left out by " + io.github.rununder.RunUnder.MODELS_PROPERTY_NAME
                    + "=" + configured);
        }
    }

    Plan plan() {
        return plan;
    }

    Settings settings() {
        return settings;
    }

    void measured(ModelResult result) {
        measured.put(result.model(), result);
    }

    void unavailable(Model model, String reason) {
        unavailable.put(model, reason);
    }

    /** The models measured so far, in {@link Model} order. */
    Map<Model, ModelResult> measured() {
        Map<Model, ModelResult> copy = new EnumMap<>(Model.class);
        synchronized (measured) {
            copy.putAll(measured);
        }
        return copy;
    }

    Optional<ModelResult> result(Model model) {
        return Optional.ofNullable(measured.get(model));
    }

    /** Why {@code model} has no measurements (failed, aborted or skipped), or empty. */
    Optional<String> whyUnavailable(Model model) {
        return Optional.ofNullable(unavailable.get(model));
    }
}
