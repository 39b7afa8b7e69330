package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.NodeEntries;
import io.github.rununder.internal.stats.MedianRatioEngine;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.VerdictEngine;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The final invocation of a {@code @RunUnder} method: checks its expectations against what the
 * models measured. Fails on a failed claim (in {@code fail} mode), passes with warnings in
 * {@code warn} mode, and is aborted when no claim could be checked at all.
 */
final class VerdictInvocation implements InvocationInterceptor {

    private final MethodRun run;
    private final VerdictEngine engine = new MedianRatioEngine();
    private final WorkloadClassifier classifier = new WorkloadClassifier(Runtime.getRuntime().availableProcessors());

    VerdictInvocation(MethodRun run) {
        this.run = run;
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) {
        invocation.skip();
        if (run.plan().models().isEmpty()) {
            throw new TestAbortedException("No model ran: " + RunUnder.MODELS_PROPERTY_NAME + "="
                    + run.settings().allowedModelsText() + " leaves none of " + run.plan().skippedModels());
        }
        List<Expectation> expectations = run.plan().expectations();
        VerdictMode mode = run.settings().verdictMode();
        List<Verdict> verdicts = expectations.isEmpty() || mode == VerdictMode.OFF ? List.of() : decide(expectations);
        List<BaselineChange> baseline = BaselineCheck.compare(run, context);
        context.publishReportEntry(NodeEntries.VERDICT, NodeEntries.verdict(mode.name().toLowerCase(Locale.ROOT),
                expectations, verdicts, run.measured(), classifier.classify(run.measured()), baseline));
        if (mode == VerdictMode.OFF) {
            if (!expectations.isEmpty()) {
                context.publishReportEntry("rununder.verdicts", expectations.size()
                        + " expectations not checked: " + RunUnder.VERDICTS_PROPERTY_NAME + "=off");
            }
            return;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            entries.put("rununder.verdict." + (i + 1), verdict.outcome() + ": " + verdict.message());
        }
        baseline.stream().filter(BaselineChange::slower).map(BaselineChange::describe).reduce((a, b) -> a + "; " + b)
                .ifPresent(slower -> entries.put("rununder.baseline", slower));
        if (!entries.isEmpty()) {
            context.publishReportEntry(entries);
        }
        conclude(verdicts, BaselineCheck.failures(run, baseline), context);
    }

    private List<Verdict> decide(List<Expectation> expectations) {
        Map<Model, ModelResult> measured = run.measured();
        List<Verdict> verdicts = new ArrayList<>();
        for (Expectation expectation : expectations) {
            Optional<String> missing = expectation.models().stream()
                    .map(run::whyUnavailable)
                    .flatMap(Optional::stream)
                    .findFirst();
            verdicts.add(missing
                    .map(reason -> new Verdict(expectation, Verdict.Outcome.NOT_CHECKED,
                            expectation.claim() + ": not checked, " + reason))
                    .orElseGet(() -> engine.decide(expectation, measured)));
        }
        return verdicts;
    }

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
