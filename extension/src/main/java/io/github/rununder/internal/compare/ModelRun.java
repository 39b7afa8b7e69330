package io.github.rununder.internal.compare;

import io.github.rununder.Model;
import io.github.rununder.ModelTimeoutException;
import io.github.rununder.Task;
import io.github.rununder.internal.fork.ForkedTasks;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.InProcessModels;
import io.github.rununder.internal.model.ModelRunner;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.plan.TimeLimit;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * One model of a code-driven comparison: its open session, its result, and its own clock. Its
 * rounds are interleaved with other models', so its time limit counts only the time spent on its
 * own work: each step gets what is left of the limit.
 */
final class ModelRun implements AutoCloseable {

    private final Plan plan;
    private final ModelSession session;
    private final ModelResult result;
    private long usedNanos;

    private ModelRun(Plan plan, ModelSession session) {
        this.plan = plan;
        this.session = session;
        this.result = new ModelResult(session.model(), plan.tasks(), plan.concurrencyOf(session.model()), plan.warmup());
    }

    /** Opens a session of {@code model}, prepares it and runs the warm-up rounds. */
    static ModelRun start(Model model, Plan plan, Task task) {
        ModelSession session = model == Model.PROCESSES
                ? ForkedTasks.open(task.getClass(), plan)
                : InProcessModels.open(model, plan, task::run);
        ModelRun run = new ModelRun(plan, session);
        try {
            run.timed(deadline -> {
                session.prepare(-plan.warmup() - 1, deadline);
                for (int round = -plan.warmup(); round < 0; round++) {
                    session.runRound(round, null, deadline);
                }
            });
            run.result.startupNanos(session.startupNanos());
            return run;
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    ModelResult result() {
        return result;
    }

    /** What is left of this model's time limit. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, plan.timeLimit().effective().toNanos() - usedNanos));
    }

    /** Measures one more counted round. */
    void measure() {
        timed(deadline -> ModelRunner.measure(session, result, result.rounds().size(), 1, deadline));
    }

    /** Ends the session after every round succeeded, and keeps what it noted. */
    void finish() {
        timed(session::finish);
        session.notes().forEach(result::note);
    }

    @Override
    public void close() {
        session.close();
    }

    private void timed(Step step) {
        long limit = plan.timeLimit().effective().toNanos();
        long left = limit - usedNanos;
        TimeLimit timeLimit = usedNanos == 0 ? plan.timeLimit()
                : new TimeLimit(Duration.ofNanos(Math.max(1, left)), "what was left of " + plan.timeLimit().source()
                        + " (" + Durations.format(plan.timeLimit().duration().toNanos()) + " per model)");
        long start = System.nanoTime();
        try {
            step.run(Deadline.start(timeLimit));
        } catch (TimeoutException e) {
            throw new ModelTimeoutException(session.model(), e);
        } finally {
            usedNanos += System.nanoTime() - start;
        }
    }

    @FunctionalInterface
    private interface Step {
        void run(Deadline deadline) throws TimeoutException;
    }
}
