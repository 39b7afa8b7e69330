package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.NodeEntries;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import io.github.rununder.internal.stats.Contention;
import io.github.rununder.internal.stats.Instability;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The final invocation of a {@code @RunUnder} method: checks its expectations against what the
 * models measured, measuring more interleaved rounds while one is undecided (see
 * {@link AdaptiveVerdicts}). Fails on a failed or undecided claim (in {@code fail} mode), passes
 * with warnings in {@code warn} mode, and is aborted when no claim could be checked at all.
 */
final class VerdictInvocation implements InvocationInterceptor {

    private final MethodRun run;
    private final IntervalVerdictEngine engine = new IntervalVerdictEngine();
    private final WorkloadClassifier classifier = new WorkloadClassifier(Runtime.getRuntime().availableProcessors());

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
        List<Expectation> expectations = run.plan().expectations();
        VerdictMode mode = run.settings().verdictMode();
        Map<String, String> entries = new LinkedHashMap<>();
        AdaptiveVerdicts.Outcome outcome = expectations.isEmpty() || mode == VerdictMode.OFF ? null
                : check(expectations, invocationContext, context);
        List<Verdict> verdicts = outcome == null ? List.of() : merge(expectations, unavailable(expectations),
                review(outcome.verdicts()));
        if (outcome != null) {
            entries.putAll(ReportEntries.verdicts(verdicts, outcome, run.measured(), engine.confidence()));
        }
        List<BaselineChange> baseline = BaselineCheck.compare(run, context);
        // For the report: every claim, the classification, what the extra rounds measured, the baseline.
        context.publishReportEntry(NodeEntries.VERDICT, NodeEntries.verdict(mode.name().toLowerCase(Locale.ROOT),
                expectations, verdicts, run.measured(), classifier.classify(run.measured()), baseline,
                outcome == null ? List.of() : outcome.extraRounds().keySet()));
        if (mode == VerdictMode.OFF) {
            if (!expectations.isEmpty()) {
                context.publishReportEntry("rununder.verdicts", expectations.size()
                        + " expectations not checked: " + RunUnder.VERDICTS_PROPERTY_NAME + "=off");
            }
            return;
        }
        BaselineCheck.regressions(baseline).ifPresent(slower -> entries.put("rununder.baseline", slower));
        if (!entries.isEmpty()) {
            context.publishReportEntry(entries);
        }
        // Surefire keeps no report entries in its XML, but records what a test prints.
        verdicts.forEach(verdict -> System.out.println("[RunUnder] " + run.plan().subject() + " verdict: "
                + verdict.outcome() + ": " + verdict.message()));
        Optional.ofNullable(entries.get("rununder.verdict.extraRounds")).ifPresent(extra -> System.out.println(
                "[RunUnder] " + run.plan().subject() + " verdict: extra rounds " + extra));
        conclude(verdicts, BaselineCheck.failures(run, baseline), context);
    }

    /** Decides the claims whose models ran; the others are not checked. */
    private AdaptiveVerdicts.Outcome check(List<Expectation> expectations, ReflectiveInvocationContext<Method> invocation,
            ExtensionContext context) throws TimeoutException {
        List<Optional<String>> unavailable = unavailable(expectations);
        List<Expectation> checkable = new ArrayList<>();
        for (int i = 0; i < expectations.size(); i++) {
            if (unavailable.get(i).isEmpty()) {
                checkable.add(expectations.get(i));
            }
        }
        return decide(checkable, invocation, context);
    }

    /** Leaves unchecked what a busy machine could have decided (see {@link Contention}). */
    private List<Verdict> review(List<Verdict> decided) {
        Contention contention = new Contention(Runtime.getRuntime().availableProcessors());
        Map<Model, ModelResult> measured = run.measured();
        return decided.stream().map(verdict -> contention.review(verdict, measured)).toList();
    }

    private List<Optional<String>> unavailable(List<Expectation> expectations) {
        return expectations.stream().map(this::whyUnavailable).toList();
    }

    /** Decides the claims whose models ran, measuring extra rounds while one is undecided. */
    private AdaptiveVerdicts.Outcome decide(List<Expectation> checkable, ReflectiveInvocationContext<Method> invocation,
            ExtensionContext context) throws TimeoutException {
        AdaptiveVerdicts.Outcome outcome;
        try (ExtraRounds extra = new ExtraRounds(run, invocation, context)) {
            outcome = new AdaptiveVerdicts(engine, budget(), run.plan().subject().hashCode())
                    .decide(checkable, run.measured(), extra, this::undecidedReason);
            extra.finish();
        }
        Instability instability = new Instability();
        outcome.extraRounds().keySet().forEach(model -> run.result(model).ifPresent(instability::check));
        return outcome;
    }

    private Optional<String> whyUnavailable(Expectation expectation) {
        return expectation.models().stream().map(run::whyUnavailable).flatMap(Optional::stream).findFirst();
    }

    private static List<Verdict> merge(List<Expectation> expectations, List<Optional<String>> unavailable,
            List<Verdict> decided) {
        Iterator<Verdict> next = decided.iterator();
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            verdicts.add(unavailable.get(i)
                    .map(reason -> new Verdict(expectation, Verdict.Outcome.NOT_CHECKED,
                            expectation.claim() + ": not checked, " + reason))
                    .orElseGet(next::next));
        }
        return verdicts;
    }

    /** The verdict budget, or the method's time limit where that is shorter. */
    private Duration budget() {
        return min(run.settings().verdictBudget(), run.plan().timeLimit().effective());
    }

    private String undecidedReason(AdaptiveVerdicts.Stop stop) {
        if (stop == AdaptiveVerdicts.Stop.LOOKS_SPENT) {
            return AdaptiveVerdicts.MAX_LOOKS + " looks, the most allowed, did not decide it";
        }
        Duration budget = run.settings().verdictBudget();
        TimeLimit limit = run.plan().timeLimit();
        if (budget.isZero()) {
            return RunUnder.VERDICT_BUDGET_PROPERTY_NAME + "=0 allows no more rounds";
        }
        if (limit.effective().compareTo(budget) < 0) {
            return "more rounds would exceed the time limit (" + Durations.format(limit.duration().toNanos()) + " from "
                    + limit.source() + ")";
        }
        return "more rounds would exceed the verdict budget (" + RunUnder.VERDICT_BUDGET_PROPERTY_NAME + "="
                + Durations.format(budget.toNanos()) + ")";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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
