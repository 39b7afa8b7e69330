package io.github.rununder.internal.model;

import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Plan;
import java.util.concurrent.TimeoutException;

/** Drives one model run: prepare, the warm-up rounds, then the measured rounds into a result. */
public final class ModelRunner {

    private ModelRunner() {}

    /**
     * Runs {@code plan.warmup()} uncounted and {@code plan.rounds()} counted rounds on
     * {@code session}, appending the counted ones to a new result.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws TimeoutException when the run misses its deadline
     */
    public static ModelResult run(ModelSession session, Plan plan, Deadline deadline) throws TimeoutException {
        ModelResult result = new ModelResult(session.model(), plan.tasks(),
                plan.concurrencyOf(session.model()), plan.warmup());
        session.prepare(-plan.warmup() - 1, deadline);
        result.startupNanos(session.startupNanos());
        for (int round = -plan.warmup(); round < 0; round++) {
            session.runRound(round, null, deadline);
        }
        measure(session, result, 0, plan.rounds(), deadline);
        session.finish(deadline);
        session.notes().forEach(result::note);
        session.loopBlocking().ifPresent(blocking -> {
            result.loopBlocking(blocking);
            result.warn(blocking.describe());
        });
        return result;
    }

    /**
     * Gets a session opened again to measure extra rounds of a model that already ran: prepares
     * it and runs one uncounted warm-up round, unless the plan has none.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws TimeoutException when the deadline passes
     */
    public static void resume(ModelSession session, Plan plan, Deadline deadline) throws TimeoutException {
        int warmup = Math.min(1, plan.warmup());
        session.prepare(-warmup - 1, deadline);
        for (int round = -warmup; round < 0; round++) {
            session.runRound(round, null, deadline);
        }
    }

    /** Runs {@code count} more counted rounds, numbered from {@code firstRound}, into {@code result}. */
    public static void measure(ModelSession session, ModelResult result, int firstRound, int count, Deadline deadline)
            throws TimeoutException {
        for (int round = firstRound; round < firstRound + count; round++) {
            RoundTiming timing = session.runRound(round, result.latencies(), deadline);
            result.rounds().add(timing);
        }
    }
}
