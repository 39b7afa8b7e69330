package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelSession;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Opens an arm's session (a model at one concurrency) for an invocation of a {@code @RunUnder}
 * method: in-process models call the method on the invocation's test instance; forked models run
 * it in worker JVMs. Used by the model nodes and by the verdict node when it measures more rounds.
 */
final class SessionFactory {

    private SessionFactory() {}

    static ModelSession open(Arm arm, MethodRun run, ReflectiveInvocationContext<Method> invocation,
            ExtensionContext context) {
        if (arm.model() == Model.PROCESSES) {
            return ForkedRuns.open(run, arm.concurrency(), context);
        }
        MethodTaskInvoker invoker = MethodTaskInvoker.of(invocation.getExecutable(),
                invocation.getTarget().orElse(null), invocation.getArguments());
        return InProcessModels.open(arm, run.plan().tasks(), invoker, run.settings().asyncBlocking());
    }
}
