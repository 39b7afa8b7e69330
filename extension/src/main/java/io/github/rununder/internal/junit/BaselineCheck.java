package io.github.rununder.internal.junit;

import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.ClassInvocations;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Compares what a method's models measured with {@code rununder.baseline}, for its verdict node:
 * the regressions that fail it under {@code rununder.baseline.fail=true}.
 */
final class BaselineCheck {

    private BaselineCheck() {}

    /** Each measured model against the baseline; empty without a baseline or without this method in it. */
    static List<BaselineChange> compare(MethodRun run, ExperimentResult result, ExtensionContext context) {
        Optional<Baseline> baseline = run.settings().report().baseline();
        if (baseline.isEmpty()) {
            return List.of();
        }
        Method method = context.getRequiredTestMethod();
        // The listener knows the method by its MethodSource; so must the comparison.
        MethodSource source = MethodSource.from(context.getRequiredTestClass(), method);
        return baseline.get().compare(source.getClassName(), source.getMethodName(), source.getMethodParameterTypes(),
                invocation(context), result.models());
    }

    /** The class-template invocation the method runs in, named as the report names it. */
    private static String invocation(ExtensionContext context) {
        List<ClassInvocations.Ancestor> ancestors = new ArrayList<>();
        for (Optional<ExtensionContext> node = context.getParent(); node.isPresent(); node = node.get().getParent()) {
            ancestors.add(0, new ClassInvocations.Ancestor(node.get().getUniqueId(), node.get().getDisplayName()));
        }
        return ClassInvocations.name(ancestors);
    }

    /**
     * What the comparison with the baseline found, for the node's report entries: the models that
     * got slower, or, when none did, what became of each; empty without a baseline to compare with.
     */
    static Optional<String> summary(List<BaselineChange> changes) {
        List<BaselineChange> slower = changes.stream().filter(BaselineChange::slower).toList();
        return (slower.isEmpty() ? changes : slower).stream().map(BaselineChange::describe).reduce((a, b) -> a + "; " + b);
    }

    /** The failure messages of the models that got slower, when the baseline is to fail the node. */
    static List<String> failures(MethodRun run, List<BaselineChange> changes) {
        if (!run.settings().report().baselineFail()) {
            return List.of();
        }
        String source = run.settings().report().baseline().map(Baseline::source).orElse("?");
        return changes.stream().filter(BaselineChange::slower).map(c -> c.failureMessage(source)).toList();
    }
}
