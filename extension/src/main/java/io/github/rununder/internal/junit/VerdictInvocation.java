package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.stats.MedianRatioEngine;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.VerdictEngine;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        if (expectations.isEmpty()) {
            return;
        }
        if (run.settings().verdictMode() == VerdictMode.OFF) {
            context.publishReportEntry("rununder.verdicts", expectations.size()
                    + " expectations not checked: " + RunUnder.VERDICTS_PROPERTY_NAME + "=off");
            return;
        }
        List<Verdict> verdicts = decide(expectations);
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict verdict = verdicts.get(i);
            entries.put("rununder.verdict." + (i + 1), verdict.outcome() + ": " + verdict.message());
        }
        context.publishReportEntry(entries);
        conclude(verdicts, context);
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

    private void conclude(List<Verdict> verdicts, ExtensionContext context) {
        List<Verdict> failing = verdicts.stream().filter(Verdict::failing).toList();
        if (!failing.isEmpty()) {
            String message = failing.stream().map(Verdict::message).collect(Collectors.joining(System.lineSeparator()));
            if (run.settings().verdictMode() == VerdictMode.FAIL) {
                throw new AssertionFailedError(message);
            }
            context.publishReportEntry("rununder.warning", message + " (" + RunUnder.VERDICTS_PROPERTY_NAME
                    + "=warn)");
            return;
        }
        if (verdicts.stream().allMatch(v -> v.outcome() == Verdict.Outcome.NOT_CHECKED)) {
            throw new TestAbortedException(verdicts.stream().map(Verdict::message)
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }
}
