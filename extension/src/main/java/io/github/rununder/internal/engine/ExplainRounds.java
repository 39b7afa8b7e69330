package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Latencies;
import io.github.rununder.internal.measure.RoundTiming;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.profile.TaskRecording;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * The rounds a time budget rests on: an arm opened again once the claims are decided, warmed up
 * with one round, then its declared rounds measured with the flight recorder on. They run apart
 * from the rounds the verdicts use, so the recording never weighs on a verdict; a budget is a
 * split of each task's time, which the arm's own rounds show as well as interleaved ones would.
 */
final class ExplainRounds {

    private final Plan plan;

    ExplainRounds(Plan plan) {
        this.plan = plan;
    }

    /**
     * Records {@code arm}'s rounds and returns its budget.
     *
     * @param firstRound the round number of the first recorded round, after every round it ran so far
     * @throws TimeoutException when the rounds exceed the plan's time limit
     * @throws IllegalStateException when the JVMs running the tasks cannot record
     */
    TimeBudget record(Arm arm, SessionSource sessions, int firstRound, Deadline deadline) throws TimeoutException {
        try (ModelSession session = sessions.open(arm)) {
            session.prepare(-2, deadline);
            session.runRound(-1, null, deadline);
            Latencies latencies = new Latencies();
            List<RoundTiming> rounds = new ArrayList<>();
            Activity activity;
            try (TaskRecording recording = session.startRecording()) {
                for (int round = 0; round < plan.rounds(); round++) {
                    rounds.add(session.runRound(firstRound + round, latencies, deadline));
                }
                activity = recording.stop();
            }
            session.finish(deadline);
            return budget(activity, rounds, (long) plan.tasks() * rounds.size(), latencies,
                    arm.model() == Model.PROCESSES);
        }
    }

    /**
     * Whether an arm's recorded rounds fit in what is left of {@code deadline}, with room to spare:
     * its warm-up round and declared rounds at twice its median round, and its workers' start-up again.
     *
     * @param medianNanos the arm's median round
     * @param startupNanos its workers' start-up in its own run, {@code -1} for in-process models
     */
    boolean fits(double medianNanos, long startupNanos, Deadline deadline) {
        double rounds = (plan.rounds() + 1) * 2 * medianNanos;
        return deadline.remainingNanos() > rounds + Math.max(0, startupNanos);
    }

    /**
     * Puts the recording and the rounds' own figures together.
     *
     * @param pausesPerTaskThread whether the recording's pauses are already per task thread: forked
     *     workers' pauses add up over the workers, each of which stopped its own task
     */
    static TimeBudget budget(Activity activity, List<RoundTiming> rounds, long tasks, Latencies latencies,
            boolean pausesPerTaskThread) {
        long wall = 0;
        long cpu = 0;
        long queued = 0;
        for (RoundTiming round : rounds) {
            wall += round.wallNanos();
            cpu = cpu < 0 || round.taskCpuNanos() < 0 ? -1 : cpu + round.taskCpuNanos();
            queued = queued < 0 || round.carrierQueuedNanos() < 0 ? -1 : queued + round.carrierQueuedNanos();
        }
        long taskNanos = Math.round(latencies.mean() * latencies.count());
        long waiting = 0;
        for (TimePart part : List.of(TimePart.MONITOR, TimePart.PARK, TimePart.SLEEP, TimePart.IO)) {
            waiting += activity.waited(part);
        }
        // The tasks a pause stops: those in flight and not waiting (running, or ready to run), on average.
        double running = pausesPerTaskThread || wall == 0 ? 1 : Math.max(0, (double) (taskNanos - waiting) / wall);
        return TimeBudget.of(activity, Math.max(1, tasks), taskNanos, cpu, queued, running);
    }
}
