package io.github.rununder.internal.engine;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.measure.Decimals;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.MedianInterval;
import io.github.rununder.internal.stats.ScalingSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the model to recommend for a workload: among the models within noise of the fastest, the
 * one that suits the workload's kind best, so that a difference the measurements cannot show
 * never decides. Each model is weighed at one arm: in a sweep its best concurrency, which the
 * recommendation names with the reason it is the best.
 *
 * <ul>
 *   <li>Within noise: a model's median interval reaches the fastest model's, or its median is
 *       within {@value #EQUAL_WITHIN} of it.
 *   <li>Preference among those, for every kind: {@code SEQUENTIAL} first (concurrency that does
 *       not pay is not worth its complexity); then, IO-bound: {@code VIRTUAL_THREADS} (blocking
 *       code stays simple and a waiting task costs little), {@code ASYNC}, {@code THREADS},
 *       {@code PROCESSES}; CPU-bound: {@code THREADS} (parallel on every core without start-up),
 *       {@code PROCESSES}, {@code VIRTUAL_THREADS}, {@code ASYNC}; mixed or unknown:
 *       {@code THREADS}, {@code VIRTUAL_THREADS}, {@code ASYNC}, {@code PROCESSES}.
 * </ul>
 */
final class Recommender {

    /** Medians closer than this share count as equal, whatever their intervals. */
    static final double EQUAL_WITHIN = 0.02;

    private final int cores;

    Recommender(int cores) {
        this.cores = cores;
    }

    /** One model as the recommendation weighs it: the rounds compared, and its own run's start-up. */
    private record Candidate(Arm arm, ModelResult rounds, MedianInterval interval, long startupNanos) {

        Model model() {
            return arm.model();
        }

        double median() {
            return rounds.medianNanos();
        }
    }

    /**
     * The recommendation from the measured models; empty when none was measured.
     *
     * @param outcomes one measured arm per model: where swept, the one at its best concurrency
     * @param scaling how the swept models scaled, for the reason of the level recommended
     */
    Optional<Recommendation> recommend(WorkloadKind kind, List<ModelOutcome> outcomes, List<ModelScaling> scaling) {
        List<Candidate> measured = new ArrayList<>();
        for (ModelOutcome outcome : outcomes) {
            if (outcome.measured()) {
                ModelResult rounds = outcome.comparable().orElseThrow();
                measured.add(new Candidate(outcome.arm(), rounds, MedianInterval.of(rounds.rounds().wallNanos()),
                        outcome.own().startupNanos()));
            }
        }
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        measured.sort(Comparator.comparingDouble(Candidate::median));
        Candidate pick;
        String reason;
        if (measured.size() == 1) {
            pick = measured.get(0);
            reason = Classification.label(kind) + ": only " + pick.model() + " was measured";
        } else {
            Candidate fastest = measured.get(0);
            List<Candidate> near = measured.stream().filter(model -> withinNoise(model, fastest)).toList();
            pick = pick(near, preference(kind));
            reason = reason(kind, pick, near, measured);
        }
        String level = scaling.stream().filter(s -> s.model() == pick.model()).findFirst()
                .map(s -> "; " + ScalingSentence.bestAt(s.model(), s.best())).orElse("");
        return Optional.of(new Recommendation(pick.model(), pick.arm().concurrency(), reason + level));
    }

    /** The one-line reason: the kind, the models within noise, the gain, the cores, the start-up. */
    private String reason(WorkloadKind kind, Candidate pick, List<Candidate> near, List<Candidate> measured) {
        StringBuilder reason = new StringBuilder(Classification.label(kind)).append(": ");
        if (near.size() == 1) {
            reason.append(pick.arm()).append(" is the fastest");
        } else if (pick.model() == Model.SEQUENTIAL) {
            reason.append("concurrency does not pay, SEQUENTIAL is within noise of ")
                    .append(names(near.stream().filter(m -> m != pick).toList()));
        } else {
            reason.append(names(near)).append(" are within noise of each other; ")
                    .append(pick.arm()).append(' ').append(why(pick.model(), kind));
        }
        measured.stream().filter(m -> m.model() == Model.SEQUENTIAL && pick.model() != Model.SEQUENTIAL).findFirst()
                .ifPresent(sequential -> reason.append(", ").append(Factors.format(sequential.median() / pick.median()))
                        .append(" SEQUENTIAL"));
        double cpuOfWall = pick.rounds().cpuFraction();
        if (kind == WorkloadKind.CPU_BOUND && pick.model() != Model.SEQUENTIAL && !Double.isNaN(cpuOfWall)) {
            reason.append(", keeping ").append(Decimals.fixed(cpuOfWall, 1)).append(" of ").append(cores)
                    .append(" cores busy");
        }
        if (pick.model() == Model.PROCESSES && pick.startupNanos() > 0) {
            reason.append(", plus ").append(Durations.format(pick.startupNanos())).append(" worker start-up");
        }
        for (Candidate model : measured) {
            if (model.model() == Model.PROCESSES && model != pick && model.startupNanos() > 0) {
                reason.append("; PROCESSES pays ").append(Durations.format(model.startupNanos())).append(" start-up");
            }
        }
        return reason.toString();
    }

    private static Candidate pick(List<Candidate> near, List<Model> preference) {
        for (Model model : preference) {
            for (Candidate candidate : near) {
                if (candidate.model() == model) {
                    return candidate;
                }
            }
        }
        return near.get(0);
    }

    private static boolean withinNoise(Candidate model, Candidate fastest) {
        return model.interval().lowNanos() <= fastest.interval().highNanos()
                || model.median() <= fastest.median() * (1 + EQUAL_WITHIN);
    }

    static List<Model> preference(WorkloadKind kind) {
        if (kind == WorkloadKind.IO_BOUND) {
            return List.of(Model.SEQUENTIAL, Model.VIRTUAL_THREADS, Model.ASYNC, Model.THREADS, Model.PROCESSES);
        }
        if (kind == WorkloadKind.CPU_BOUND) {
            return List.of(Model.SEQUENTIAL, Model.THREADS, Model.PROCESSES, Model.VIRTUAL_THREADS, Model.ASYNC);
        }
        return List.of(Model.SEQUENTIAL, Model.THREADS, Model.VIRTUAL_THREADS, Model.ASYNC, Model.PROCESSES);
    }

    private static String why(Model model, WorkloadKind kind) {
        return switch (model) {
            case VIRTUAL_THREADS -> "keeps the code blocking and simple, and a waiting task costs little";
            case ASYNC -> "waits on one event-loop thread";
            case THREADS -> kind == WorkloadKind.CPU_BOUND
                    ? "runs on every core without start-up" : "is the simplest concurrent model";
            case PROCESSES -> "isolates the tasks in worker JVMs";
            case SEQUENTIAL -> "needs no concurrency";
        };
    }

    private static String names(List<Candidate> models) {
        List<String> names = models.stream().map(m -> m.arm().toString()).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
