package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import java.util.List;

/**
 * One comparison, validated: which models run how many tasks, how often, for how long at most,
 * and what is expected of them. Built by {@link PlanBuilder}; immutable.
 *
 * @param subject what the comparison is, for messages: {@code nap(TaskInfo)} or {@code Compare.workload(Nap)}
 * @param models the models to run, in order, without repeats; never empty
 * @param skippedModels declared models left out by configuration ({@code rununder.models})
 * @param tasks task invocations per round, at least 1
 * @param levels the concurrencies (threads, workers or in-flight tasks) to run the models at: one, or a sweep
 * @param warmup uncounted rounds per model, at least 0
 * @param rounds counted rounds per model, at least 1
 * @param timeLimit how long one model run may take
 * @param jvmArgs extra JVM arguments for forked workers
 * @param expectations the claims to check, each naming models in {@code models} or {@code skippedModels}
 */
public record Plan(
        String subject,
        List<Model> models,
        List<Model> skippedModels,
        int tasks,
        Levels levels,
        int warmup,
        int rounds,
        TimeLimit timeLimit,
        List<String> jvmArgs,
        List<Expectation> expectations) {

    public Plan {
        models = List.copyOf(models);
        skippedModels = List.copyOf(skippedModels);
        jvmArgs = List.copyOf(jvmArgs);
        expectations = List.copyOf(expectations);
    }

    /** Every arm to run, model by model in order, each from its lowest level up: what the nodes show. */
    public List<Arm> arms() {
        return models.stream().flatMap(model -> levels.arms(model).stream()).toList();
    }

    /** Every arm of the models left out by configuration. */
    public List<Arm> skippedArms() {
        return skippedModels.stream().flatMap(model -> levels.arms(model).stream()).toList();
    }

    /** Whether the models run at several concurrencies. */
    public boolean swept() {
        return levels.swept();
    }
}
