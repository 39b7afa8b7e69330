package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.RoundTiming;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Synthetic results and records, with exact figures, for the report's unit tests. */
final class Synthetic {

    private Synthetic() {}

    /**
     * A model's result: one round per entry of {@code roundMillis}, the task carriers busy for
     * {@code cpuShare} of the wall time, every task lasting {@code taskMillis}.
     */
    static ModelResult result(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        ModelResult result = new ModelResult(model, tasks, concurrency, 1);
        for (double millis : roundMillis) {
            long wall = Math.round(millis * 1e6);
            long cpu = Math.round(wall * cpuShare);
            result.rounds().add(new RoundTiming(wall, cpu, model == Model.VIRTUAL_THREADS ? -1 : cpu));
            for (int i = 0; i < tasks; i++) {
                result.latencies().record(Math.round(taskMillis * 1e6));
            }
        }
        return result;
    }

    static ModelRecord record(Model model, int tasks, int concurrency, double cpuShare, double taskMillis,
            double... roundMillis) {
        return ModelRecord.of(result(model, tasks, concurrency, cpuShare, taskMillis, roundMillis));
    }

    static TestRecord test(String className, String methodName, int cores, ModelRecord... models) {
        return new TestRecord(className, methodName, "io.github.rununder.TaskInfo", methodName + "(TaskInfo)",
                Status.PASSED, null, List.of(models), new VerdictRecord(Status.PASSED, null, "fail", List.of(), List.of()),
                Instant.parse("2026-01-01T00:00:00Z"), cores);
    }

    static TestRecord test(String className, String methodName, Instant finished) {
        TestRecord test = test(className, methodName, 2,
                record(Model.SEQUENTIAL, 8, 1, 0.01, 10, 80, 81, 82, 83, 84),
                record(Model.THREADS, 8, 4, 0.01, 10, 20, 21, 22, 23, 24));
        return new TestRecord(test.className(), test.methodName(), test.parameterTypes(), test.displayName(),
                test.status(), test.message(), test.models(), test.verdict(), finished, test.cores());
    }

    /** {@code count} tests of five models each, as a large build would have. */
    static List<TestRecord> many(int count) {
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
}
