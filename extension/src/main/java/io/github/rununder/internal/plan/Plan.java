package io.github.rununder.internal.plan;

import io.github.rununder.Model;
import java.util.List;

/**
 * One comparison, validated: which models run how many tasks, how often, for how long at most,
 * and what is expected of them. Built by {@link PlanBuilder}; immutable.
 *
 * @param subject what the comparison is, for messages: {@code nap(TaskInfo)} or {@code Compare.workload(Nap)}
 * @param models the models to run, in order, without repeats; never empty
 * @param skippedModels declared models left out by configuration ({@code rununder.models})
 * @param tasks task invocations per round, at least 1
 * @param concurrency threads, workers or in-flight tasks, at least 1
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
        int concurrency,
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

    /** How many carriers a model really uses: one for {@link Model#SEQUENTIAL}, else {@link #concurrency()}. */
    public int concurrencyOf(Model model) {
        return model == Model.SEQUENTIAL ? 1 : concurrency;
    }
}
