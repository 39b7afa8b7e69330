package io.github.rununder.internal.report;

import io.github.rununder.internal.measure.Decimals;
import io.github.rununder.internal.plan.Factors;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the model to recommend for a workload: among the models within noise of the fastest, the
 * one that suits the workload's kind best, so that a difference the measurements cannot show
 * never decides.
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

    private Recommender() {}

    /** The recommendation from the measured models of one method; empty when none was measured. */
    static Optional<Recommendation> recommend(WorkloadKind kind, List<ModelFigures> models, int cores) {
        List<ModelFigures> measured = new ArrayList<>();
        for (ModelFigures model : models) {
            if (model.measured()) {
                measured.add(model);
            }
        }
        measured.sort(Comparator.comparingDouble(ModelFigures::medianNanos));
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        if (measured.size() == 1) {
            return Optional.of(new Recommendation(measured.get(0).model(),
                    label(kind) + ": only " + measured.get(0).model() + " was measured"));
        }
        ModelFigures fastest = measured.get(0);
        List<ModelFigures> near = new ArrayList<>();
        for (ModelFigures model : measured) {
            if (withinNoise(model, fastest)) {
                near.add(model);
            }
        }
        ModelFigures pick = pick(near, preference(kind));
        return Optional.of(new Recommendation(pick.model(), reason(kind, pick, near, measured, cores)));
    }

    /** The one-line reason: the kind, the models within noise, the gain, the cores, the start-up. */
    private static String reason(WorkloadKind kind, ModelFigures pick, List<ModelFigures> near,
            List<ModelFigures> measured, int cores) {
        StringBuilder reason = new StringBuilder(label(kind)).append(": ");
        if (near.size() == 1) {
            reason.append(pick.model()).append(" is the fastest");
        } else if (pick.model() == Model.SEQUENTIAL) {
            reason.append("concurrency does not pay, SEQUENTIAL is within noise of ")
                    .append(names(near.stream().filter(m -> m != pick).toList()));
        } else {
            reason.append(names(near)).append(" are within noise of each other; ")
                    .append(pick.model()).append(' ').append(why(pick.model(), kind));
        }
        if (!Double.isNaN(pick.speedup())) {
            reason.append(", ").append(Factors.format(pick.speedup())).append(" SEQUENTIAL");
        }
        if (kind == WorkloadKind.CPU_BOUND && pick.model() != Model.SEQUENTIAL && !Double.isNaN(pick.cpuOfWall())) {
            reason.append(", keeping ").append(Decimals.fixed(pick.cpuOfWall(), 1)).append(" of ").append(cores)
                    .append(" cores busy");
        }
        if (pick.model() == Model.PROCESSES && pick.record().startupNanos() > 0) {
            reason.append(", plus ").append(Durations.format(pick.record().startupNanos())).append(" worker start-up");
        }
        for (ModelFigures model : measured) {
            if (model.model() == Model.PROCESSES && model != pick && model.record().startupNanos() > 0) {
                reason.append("; PROCESSES pays ").append(Durations.format(model.record().startupNanos())).append(" start-up");
            }
        }
        return reason.toString();
    }

    private static ModelFigures pick(List<ModelFigures> near, List<Model> preference) {
        for (Model model : preference) {
            for (ModelFigures candidate : near) {
                if (candidate.model() == model) {
                    return candidate;
                }
            }
        }
        return near.get(0);
    }

    static boolean withinNoise(ModelFigures model, ModelFigures fastest) {
        return model.lowNanos() <= fastest.highNanos()
                || model.medianNanos() <= fastest.medianNanos() * (1 + EQUAL_WITHIN);
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

    static String label(WorkloadKind kind) {
        if (kind == null) {
            return "Not classified";
        }
        return switch (kind) {
            case CPU_BOUND -> "CPU-bound";
            case IO_BOUND -> "IO-bound";
            case MIXED -> "Mixed";
        };
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

    private static String names(List<ModelFigures> models) {
        List<String> names = new ArrayList<>();
        models.forEach(m -> names.add(m.model().name()));
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
    }
}
