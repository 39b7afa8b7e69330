package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Note;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.stats.Instability;
import java.util.concurrent.TimeoutException;

/**
 * One arm's own run (a model at one concurrency), alone on the machine: its session is opened and
 * prepared (workers forked, the {@code ASYNC} probe), warmed up until warm, its declared rounds
 * measured, and the session ended cleanly. What it measures is the arm's node: its figures, its
 * start-up, its warm-up; the comparisons between arms rest on rounds measured interleaved later
 * (see {@link ComparisonRounds}).
 */
final class OwnRounds {

    private final Plan plan;
    private final Warmup warmup;
    private final Instability instability;

    OwnRounds(Plan plan, Warmup warmup, Instability instability) {
        this.plan = plan;
        this.warmup = warmup;
        this.instability = instability;
    }

    /** What an arm's own run measured, and how it warmed up. */
    record Measured(ModelResult result, WarmupOutcome warmup) {}

    /**
     * Runs {@code arm} within the plan's time limit.
     *
     * @throws io.github.rununder.TaskFailedException when a task fails
     * @throws TimeoutException when the run exceeds its time limit
     */
    Measured run(Arm arm, SessionSource sessions) throws TimeoutException {
        Deadline deadline = Deadline.start(plan.timeLimit());
        try (ModelSession session = sessions.open(arm)) {
            session.prepare(-plan.warmup() - 1, deadline);
            WarmupOutcome warm = warmup.run(session, plan.warmup(), deadline);
            ModelResult result = new ModelResult(arm, plan.tasks(), warm.rounds());
            result.startupNanos(session.startupNanos());
            for (int round = 0; round < plan.rounds(); round++) {
                result.add(session.runRound(round, result.latencies(), deadline));
            }
            session.finish(deadline);
            session.notes().forEach(result::note);
            if (warm.stop() != WarmupOutcome.Stop.NONE) {
                result.note(new Note(Note.Kind.WARMUP, warm.describe()));
            }
            session.loopBlocking().ifPresent(blocking -> {
                result.loopBlocking(blocking);
                result.warn(new Warning(Warning.Kind.LOOP_BLOCKED, blocking.describe()));
            });
            instability.check(result);
            return new Measured(result, warm);
        }
    }
}
