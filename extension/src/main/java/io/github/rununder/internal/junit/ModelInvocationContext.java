package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One model's invocation of a {@code @RunUnder} method. */
final class ModelInvocationContext implements TestTemplateInvocationContext {

    private final MethodRun run;
    private final Model model;
    private final Method method;

    ModelInvocationContext(MethodRun run, Model model, Method method) {
        this.run = run;
        this.model = model;
        this.method = method;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return NodeNames.model(invocationIndex, model, run.plan().concurrencyOf(model), run.plan().tasks());
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new TaskInfoParameterResolver(method), new ModelInvocation(run, model));
    }
}
