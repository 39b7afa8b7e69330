package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.TaskInfo;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves a {@code TaskInfo} parameter of the {@code @RunUnder} method itself (not of lifecycle
 * methods) to a placeholder; the model run replaces the placeholder with each task's own
 * {@code TaskInfo}.
 */
final class TaskInfoParameterResolver implements ParameterResolver {

    /** Stands for "this task's TaskInfo" in the resolved arguments. */
    static final TaskInfo PLACEHOLDER = new Placeholder();

    private final Method method;

    TaskInfoParameterResolver(Method method) {
        this.method = method;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TaskInfo.class
                && parameter.getDeclaringExecutable().equals(method);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return PLACEHOLDER;
    }

    private static final class Placeholder implements TaskInfo {

        @Override
        public int index() {
            throw misuse();
        }

        @Override
        public int round() {
            throw misuse();
        }

        @Override
        public Model model() {
            throw misuse();
        }

        @Override
        public int workerId() {
            throw misuse();
        }

        @Override
        public void completesWith(CompletionStage<?> pending) {
            throw misuse();
        }

        private static IllegalStateException misuse() {
            return new IllegalStateException("This TaskInfo stands for the task being run and has no value of its own;"
                    + " use the TaskInfo passed to the task method");
        }
    }
}
