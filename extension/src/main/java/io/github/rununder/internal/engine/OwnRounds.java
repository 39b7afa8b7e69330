package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.Pinning;
import io.github.rununder.internal.profile.PinningWatch;
import java.util.List;
import java.util.Optional;
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
    private final PinningMode pinning;

    OwnRounds(Plan plan, Warmup warmup, Instability instability, PinningMode pinning) {
        this.plan = plan;
        this.warmup = warmup;
        this.instability = instability;
        this.pinning = pinning;
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
            Optional<PinningWatch> watch = arm.model() == Model.VIRTUAL_THREADS && pinning != PinningMode.OFF
                    ? PinningWatch.start() : Optional.empty();
            try {
                for (int round = 0; round < plan.rounds(); round++) {
                    result.add(session.runRound(round, result.latencies(), deadline));
                }
                watch.ifPresent(on -> pinned(result, stopQuietly(on)));
            } finally {
                watch.ifPresent(PinningWatch::close);
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

    /** What the watch saw; nothing where reading it failed, which never fails the model's run. */
    private static List<PinnedPark> stopQuietly(PinningWatch watch) {
        try {
            return watch.stop();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    private static void pinned(ModelResult result, List<PinnedPark> parks) {
        result.pinning(parks);
        if (!parks.isEmpty()) {
            result.warn(new Warning(Warning.Kind.PINNED, Pinning.describe(parks)));
        }
    }
}
