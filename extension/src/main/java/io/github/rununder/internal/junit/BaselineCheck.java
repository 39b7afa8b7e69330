package io.github.rununder.internal.junit;

import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.BaselineChange;
import java.lang.reflect.Method;
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
    static List<BaselineChange> compare(MethodRun run, ExtensionContext context) {
        Optional<Baseline> baseline = run.settings().report().baseline();
        if (baseline.isEmpty()) {
            return List.of();
        }
        Method method = context.getRequiredTestMethod();
        // The listener knows the method by its MethodSource; so must the comparison.
        MethodSource source = MethodSource.from(context.getRequiredTestClass(), method);
        return baseline.get().compare(source.getClassName(), source.getMethodName(), source.getMethodParameterTypes(),
                run.measured().values());
    }

    /** The models that got slower, in words, for the node's report entries; empty when none did. */
    static Optional<String> regressions(List<BaselineChange> changes) {
        return changes.stream().filter(BaselineChange::slower).map(BaselineChange::describe).reduce((a, b) -> a + "; " + b);
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
