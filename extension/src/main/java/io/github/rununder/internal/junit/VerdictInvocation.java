package io.github.rununder.internal.junit;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskFailedException;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.model.TaskFailures;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.stats.Verdict;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The final invocation of a {@code @RunUnder} method: the engine measures every model again,
 * interleaved, and decides the claims on those rounds (see
 * {@link io.github.rununder.internal.engine.Experiment#conclude}). Fails on a failed or undecided
 * claim (in {@code fail} mode), passes with warnings in {@code warn} mode, and is aborted when no
 * claim could be checked at all.
 */
final class VerdictInvocation implements InvocationInterceptor {

    private final MethodRun run;

    VerdictInvocation(MethodRun run) {
        this.run = run;
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws TimeoutException {
        invocation.skip();
        if (run.plan().models().isEmpty()) {
            throw new TestAbortedException("No model ran: " + RunUnder.MODELS_PROPERTY_NAME + "="
                    + run.settings().allowedModelsText() + " leaves none of " + run.plan().skippedModels());
        }
        ExperimentResult result;
        try {
            result = run.experiment().conclude(run.sessions(invocationContext, context));
        } catch (TaskFailedException failure) {
            // A task may fail in the interleaved rounds too: reported as the model nodes report it.
            throw asUnchecked(TaskFailures.asInAPlainTest(failure));
        }
        List<BaselineChange> baseline = BaselineCheck.compare(run, result, context);
        Map<String, String> entries = ReportEntries.verdict(result, run.experiment().confidence());
        BaselineCheck.summary(baseline).ifPresent(summary -> entries.put("rununder.baseline", summary));
        VerdictMode mode = run.settings().verdictMode();
        if (mode == VerdictMode.OFF && !run.plan().expectations().isEmpty()) {
            entries.put("rununder.verdicts", run.plan().expectations().size() + " expectations not checked: "
                    + RunUnder.VERDICTS_PROPERTY_NAME + "=off");
        }
        context.publishReportEntry(entries);
        // Surefire keeps no report entries in its XML, but records what a test prints.
        String prefix = "[RunUnder] " + run.plan().subject() + " verdict: ";
        System.out.println(prefix + entries.get(ReportEntries.SUMMARY));
        result.verdicts().forEach(verdict -> System.out.println(prefix + verdict.outcome() + ": " + verdict.message()));
        result.scaling().forEach(scaling -> System.out.println(prefix + "scaling: " + scaling.describe()));
        result.warnings().forEach(warning -> System.out.println(prefix + "warning: " + warning.text()));
        if (mode != VerdictMode.OFF) {
            conclude(result.verdicts(), BaselineCheck.failures(run, baseline), context);
        }
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    /** Fails (or warns) on failing claims and, under {@code rununder.baseline.fail=true}, on {@code regressions}. */
    private void conclude(List<Verdict> verdicts, List<String> regressions, ExtensionContext context) {
        List<String> failing = new ArrayList<>(verdicts.stream().filter(Verdict::failing).map(Verdict::message).toList());
        failing.addAll(regressions);
        if (!failing.isEmpty()) {
            String message = String.join(System.lineSeparator(), failing);
            if (run.settings().verdictMode() == VerdictMode.FAIL) {
                throw new AssertionFailedError(message);
            }
            context.publishReportEntry("rununder.warning", message + " (" + RunUnder.VERDICTS_PROPERTY_NAME
                    + "=warn)");
            return;
        }
        if (!verdicts.isEmpty() && verdicts.stream().allMatch(v -> v.outcome() == Verdict.Outcome.NOT_CHECKED)) {
            throw new TestAbortedException(verdicts.stream().map(Verdict::message)
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }
}
