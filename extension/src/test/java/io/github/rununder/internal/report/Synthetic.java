package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.Findings;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.plan.Levels;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import io.github.rununder.testing.SyntheticResults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic results and records, with exact figures, for the report's unit tests. */
public final class Synthetic {

    private Synthetic() {}

    public static ModelResult result(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        return SyntheticResults.result(model, tasks, concurrency, cpuShare, taskMillis, roundMillis);
    }

    public static ModelRecord record(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        return record(result(model, tasks, concurrency, cpuShare, taskMillis, roundMillis));
    }

    /** The record of a model measured alone, whose own rounds are also the ones compared. */
    public static ModelRecord record(ModelResult result) {
        return ModelRecord.of(outcome(result), 1, Status.PASSED, null);
    }

    public static ModelOutcome outcome(ModelResult result) {
        return new ModelOutcome(result.arm(), ModelOutcome.Status.MEASURED, null, result, null, null);
    }

    /** A method with these models, and the engine's findings on them, as the listener would record it. */
    public static TestRecord test(String className, String methodName, int cores, ModelRecord... models) {
        return test(className, methodName, "io.github.rununder.TaskInfo", methodName + "(TaskInfo)", Status.PASSED, null,
                List.of(models), new VerdictRecord(Status.PASSED, null, "fail", List.of(), List.of()),
                Instant.parse("2026-01-01T00:00:00Z"), cores);
    }

    /** A method as the listener would record it, with the engine's findings on its models. */
    public static TestRecord test(String className, String methodName, String parameterTypes, String displayName,
            Status status, String message, List<ModelRecord> models, VerdictRecord verdict, Instant finished, int cores) {
        List<ModelOutcome> outcomes = models.stream().map(Synthetic::outcome).toList();
        Levels levels = Levels.of(outcomes.stream().mapToInt(ModelOutcome::concurrency).max().orElse(1));
        Findings findings = Findings.of(outcomes, levels, List.of(), cores);
        return new TestRecord(className, methodName, parameterTypes, displayName, "", status, message, models, verdict,
                findings.classification(), findings.fastest(), findings.recommendation(), List.of(), List.of(),
                List.of(), finished, cores);
    }

    /** The engine's view of a stored record: its rounds and start-up, enough for the findings. */
    private static ModelOutcome outcome(ModelRecord record) {
        if (!record.measured()) {
            return new ModelOutcome(Arm.of(record.model(), record.concurrency()), ModelOutcome.Status.FAILED,
                    record.message(), null, null, null);
        }
        ModelResult result = new ModelResult(record.model(), record.tasks(), record.concurrency(), record.warmup());
        for (int i = 0; i < record.wallNanos().length; i++) {
            result.add(new RoundTiming(record.wallNanos()[i], record.cpuNanos()[i], record.taskCpuNanos()[i],
                    record.busyNanos()[i], record.queuedNanos()[i]));
        }
        result.startupNanos(record.startupNanos());
        return outcome(result);
    }

    public static TestRecord test(String className, String methodName, Instant finished) {
        TestRecord test = test(className, methodName, 2,
                record(Model.SEQUENTIAL, 8, 1, 0.01, 10, 80, 81, 82, 83, 84),
                record(Model.THREADS, 8, 4, 0.01, 10, 20, 21, 22, 23, 24));
        return new TestRecord(test.className(), test.methodName(), test.parameterTypes(), test.displayName(),
                test.invocation(), test.status(), test.message(), test.models(), test.verdict(), test.classification(),
                test.fastest(), test.recommendation(), test.scaling(), test.explanations(), test.warnings(), finished,
                test.cores());
    }

    /** {@code test} as it would be recorded in the class-template invocation {@code invocation}. */
    public static TestRecord inInvocation(TestRecord test, String invocation) {
        return new TestRecord(test.className(), test.methodName(), test.parameterTypes(), test.displayName(), invocation,
                test.status(), test.message(), test.models(), test.verdict(), test.classification(), test.fastest(),
                test.recommendation(), test.scaling(), test.explanations(), test.warnings(), test.finished(),
                test.cores());
    }

    /** The sentence {@link #explained()} explains THREADS with. */
    public static final String EXPLANATION = "THREADS was 0.9× SEQUENTIAL: 71% of its extra time is waiting to enter"
            + " the monitor of com.example.Ledger (Ledger.post ← LedgerTest.post:41)";

    /**
     * A method whose THREADS waited on a monitor: a time budget for SEQUENTIAL and THREADS (8 tasks
     * each), VIRTUAL_THREADS pinned in a class initialiser with a budget of its own, ASYNC failed
     * without one, and the engine's explanation of THREADS against SEQUENTIAL.
     */
    public static TestRecord explained() {
        ModelResult sequential = result(Model.SEQUENTIAL, 8, 1, 0.9, 10, 80, 81, 82);
        sequential.timeBudget(budget(Map.of(TimePart.CPU, 216_000_000L, TimePart.OTHER, 24_000_000L), Map.of(),
                List.of()));
        ModelResult threads = result(Model.THREADS, 8, 4, 0.5, 10, 88, 90, 91);
        TimeSite ledger = new TimeSite("the monitor of com.example.Ledger", "com.example.Ledger.post",
                "LedgerTest.post:41", 412, 500_000_000L);
        threads.timeBudget(budget(Map.of(TimePart.CPU, 220_000_000L, TimePart.MONITOR, 700_000_000L, TimePart.GC,
                30_000_000L, TimePart.QUEUED, 10_000_000L, TimePart.OTHER, 20_000_000L),
                Map.of(TimePart.MONITOR, List.of(ledger, new TimeSite("the monitor of com.example.Audit",
                        "com.example.Audit.log", null, 3, 200_000_000L))), List.of()));
        ModelResult virtual = result(Model.VIRTUAL_THREADS, 8, 4, 0.5, 10, 60, 61, 62);
        List<PinnedPark> pinned = List.of(new PinnedPark("com.example.Ledger.<clinit>(Ledger.java:12)",
                "a class initialiser", 4, 38_000_000L));
        virtual.timeBudget(budget(Map.of(TimePart.CPU, 220_000_000L, TimePart.PARK, 180_000_000L),
                Map.of(TimePart.PARK, List.of(new TimeSite("LockSupport.park", "com.example.Ledger.<clinit>",
                        "Ledger.<clinit>:12", 4, 180_000_000L))), pinned));
        virtual.pinning(pinned);
        ExplanationRecord explanation = new ExplanationRecord(Model.THREADS, 4, Model.SEQUENTIAL, 1,
                TimePart.MONITOR, 0.71, "Ledger.post ← LedgerTest.post:41", EXPLANATION);
        TestRecord test = test("com.example.LedgerTest", "post", "io.github.rununder.TaskInfo", "post(TaskInfo)",
                Status.FAILED, null, List.of(record(sequential), record(threads), record(virtual),
                        ModelRecord.unmeasured(Model.ASYNC, Status.FAILED, "ASYNC failed on task 2: boom", 8, 4, 1)),
                new VerdictRecord(Status.FAILED, "Expected THREADS ...", "fail", List.of(), List.of()),
                Instant.parse("2026-12-01T09:00:00Z"), 2);
        return test.withExplanations(List.of(explanation));
    }

    /** A budget of 24 tasks (3 rounds of 8) recorded over 300 ms, 1,000 samples, 120 MB allocated. */
    public static TimeBudget budget(Map<TimePart, Long> nanos, Map<TimePart, List<TimeSite>> sites,
            List<PinnedPark> pinned) {
        return new TimeBudget(24, nanos, sites, List.of(new HotMethod("com.example.Ledger.post", 600),
                new HotMethod("java.util.HashMap.put", 100)), 1_000, 120_000_000L, 300_000_000L, pinned);
    }

    /** {@code count} tests of five models each, as a large build would have. */
    public static List<TestRecord> many(int count) {
        List<TestRecord> tests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double base = 50 + i % 17 + 0.123456 * (i % 7 + 1);
            tests.add(test("com.example.load.Workload" + (i / 10) + "Test", "task" + i, 2,
                    record(Model.SEQUENTIAL, 16, 1, 0.02, base / 16, base, base * 1.01, base * 0.99, base * 1.02, base),
                    record(Model.THREADS, 16, 4, 0.02, base / 16, base / 4, base / 4.1, base / 3.9, base / 4, base / 4.2),
                    record(Model.VIRTUAL_THREADS, 16, 4, 0.02, base / 16, base / 4, base / 4, base / 4, base / 4, base / 4),
                    record(Model.PROCESSES, 16, 4, 0.02, base / 16, base / 3, base / 3, base / 3, base / 3, base / 3),
                    record(Model.ASYNC, 16, 4, 0.02, base / 16, base / 4.3, base / 4.2, base / 4.1, base / 4, base / 4)));
        }
        return tests;
    }

    /**
     * A sweep as the listener records it: SEQUENTIAL, THREADS and ASYNC at 1, 2, 4, 8 and 16 on the
     * scripted curves of {@code ScriptedSessions.curves()} (THREADS: σ = 0.1, no peak; ASYNC: a peak
     * near 6.9), every node passed.
     */
    public static TestRecord sweep() {
        try {
            io.github.rununder.internal.engine.ExperimentResult result = io.github.rununder.testing.ScriptedSessions
                    .curves().run(io.github.rununder.testing.ScriptedSessions.plan(List.of(Model.SEQUENTIAL,
                            Model.THREADS, Model.ASYNC), java.time.Duration.ofMinutes(2), new int[] {1, 2, 4, 8, 16}),
                            io.github.rununder.testing.ScriptedSessions.SETTINGS);
            List<Records.NodeEnd> passed = result.plan().arms().stream()
                    .map(arm -> new Records.NodeEnd(Status.PASSED, null)).toList();
            return new TestRecord("com.example.SweepTest", "nap", "", "nap()", "", Status.PASSED, null,
                    Records.models(result, passed), Records.verdict(result, new Records.NodeEnd(Status.PASSED, null), "fail"),
                    result.classification().orElse(null), result.fastest().orElse(null),
                    result.recommendation().orElse(null), Records.scaling(result), Records.explanations(result),
                    Records.warnings(result), Instant.EPOCH, 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("scripted rounds take no time", e);
        }
    }
}
