package io.github.rununder.internal.junit;

import io.github.rununder.internal.fork.WorkerRuntime;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * Inside a worker JVM, the only invocation of a {@code @RunUnder} method: JUnit runs the class's
 * lifecycle as usual, and instead of calling the method once, this serves the tasks the test JVM
 * sends until it ends the session.
 */
final class WorkerInvocation implements TestTemplateInvocationContext, InvocationInterceptor {

    private final WorkerRuntime runtime;
    private final Method method;

    WorkerInvocation(WorkerRuntime runtime, Method method) {
        this.runtime = runtime;
        this.method = method;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return "[" + invocationIndex + "] PROCESSES worker " + runtime.workerId();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new TaskInfoParameterResolver(method), this);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) {
        invocation.skip();
        runtime.serve(MethodTaskInvoker.of(invocationContext.getExecutable(),
                invocationContext.getTarget().orElse(null), invocationContext.getArguments()));
    }
}
