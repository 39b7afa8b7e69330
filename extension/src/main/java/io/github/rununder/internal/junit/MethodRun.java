package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.engine.EngineSettings;
import io.github.rununder.internal.engine.Experiment;
import io.github.rununder.internal.engine.SessionSource;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.plan.Plan;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The execution of one {@code @RunUnder} method: its plan, its settings, and the engine's
 * {@link Experiment} its invocations drive step by step. Shared by the method's invocations, which
 * JUnit runs one after another.
 */
final class MethodRun {

    private final Plan plan;
    private final Settings settings;
    private final Experiment experiment;

    MethodRun(Plan plan, Settings settings) {
        this.plan = plan;
        this.settings = settings;
        Map<Model, String> leftOut = new EnumMap<>(Model.class);
        for (Model skipped : plan.skippedModels()) {
            leftOut.put(skipped, skipped + " was left out by " + RunUnder.MODELS_PROPERTY_NAME + "="
                    + settings.allowedModelsText());
        }
        this.experiment = new Experiment(plan, engineSettings(settings), leftOut);
    }

    private static EngineSettings engineSettings(Settings settings) {
        String budget = RunUnder.VERDICT_BUDGET_PROPERTY_NAME + "="
                + (settings.verdictBudget().isZero() ? "0" : Durations.format(settings.verdictBudget().toNanos()));
        return new EngineSettings(settings.verdictMode() != VerdictMode.OFF, settings.verdictBudget(), budget,
                settings.warmupLimit(), Runtime.getRuntime().availableProcessors(), settings.explain(), settings.pinning());
    }

    Plan plan() {
        return plan;
    }

    Settings settings() {
        return settings;
    }

    Experiment experiment() {
        return experiment;
    }

    /** Sessions for the invocation being intercepted: its test instance, arguments and worker pool. */
    SessionSource sessions(ReflectiveInvocationContext<Method> invocation, ExtensionContext context) {
        return arm -> SessionFactory.open(arm, this, invocation, context);
    }
}
