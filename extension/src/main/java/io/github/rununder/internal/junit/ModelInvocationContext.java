package io.github.rununder.internal.junit;

import io.github.rununder.internal.measure.Arm;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One arm's invocation of a {@code @RunUnder} method: a model at one concurrency. */
final class ModelInvocationContext implements TestTemplateInvocationContext {

    private final MethodRun run;
    private final Arm arm;
    private final Method method;

    ModelInvocationContext(MethodRun run, Arm arm, Method method) {
        this.run = run;
        this.arm = arm;
        this.method = method;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return NodeNames.model(invocationIndex, arm, run.plan().tasks());
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new TaskInfoParameterResolver(method), new ModelInvocation(run, arm));
    }
}
