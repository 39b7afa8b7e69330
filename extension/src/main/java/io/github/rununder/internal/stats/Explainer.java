package io.github.rununder.internal.stats;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.Activity;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Explains a comparison from the two models' time budgets: which part of the time per task grew
 * the most from {@code than} to {@code model}, how much of the extra time it accounts for, and
 * where it was spent, in one sentence:
 *
 * <ul>
 *   <li>a wait: {@code THREADS was 0.90× SEQUENTIAL: 71% of its extra time is waiting to enter the
 *       monitor of com.example.Ledger (Ledger.post ← LedgerTest.post:41)}; a wait of pinned virtual
 *       threads adds {@code , pinned to its carrier by a class initialiser}, GC pauses name the
 *       allocation rate: {@code stopped by GC pauses (the tasks allocated 1.2 GB/s)};
 *   <li>CPU: {@code THREADS was 0.55× SEQUENTIAL: it spent 3.1× the CPU per task;
 *       org.h2.value.Value.cache took 3.4× the execution samples for the same work};
 *   <li>a blocked event loop: {@code ASYNC was 1.00× SEQUENTIAL: 96% of its time on the event loop
 *       is sleeping in Thread.sleep, which blocks the loop (AsyncTest.task:12)}.
 * </ul>
 *
 * <p>Budgets are compared per task, so that models which ran the same tasks at different
 * concurrencies compare alike. A model that was faster, but less than a claim wanted, is explained
 * the same way: its extra thread time per task is what kept it from the claimed factor. Where the
 * budgets saw no difference (the parts that grew add up to less than 5% of {@code than}'s time per
 * task) or one of them saw nothing at all, there is no explanation and the caller says so.
 */
public final class Explainer {

    /**
     * What the explanation needs to know beyond the budgets.
     *
     * @param cores the processors the JVM may use
     * @param loopBlocked whether the model's own run found tasks blocking its {@code ASYNC} event loop;
     *     a blocking task without a stage runs on the executor, where its waits block nothing
     */
    public record Machine(int cores, boolean loopBlocked) {}

    /** Below this share of {@code than}'s time per task, the extra time is noise: nothing grew. */
    static final double NOTHING_GREW = 0.05;

    /** Time queued for a core that a model does not cause is told apart once it is this share of the extra time. */
    static final double QUEUED_ELSEWHERE = 0.10;

    /** A blocking part of at least this share of an {@code ASYNC} budget blocks the event loop. */
    static final double BLOCKS_THE_LOOP = 0.10;

    /** A method needs this many execution samples in {@code model} for its growth to mean anything. */
    static final long ENOUGH_SAMPLES = 20;

    /** Pinned parks of at least this share of a {@code VIRTUAL_THREADS} budget keep the other virtual threads waiting. */
    static final double PINNED_CARRIERS = 0.10;

    /** Pins that last at least this share of the cause's time make the sentence say the wait was pinned. */
    static final double PINNED_SHARE = 0.10;

    private static final List<TimePart> BLOCKING = List.of(TimePart.MONITOR, TimePart.PARK, TimePart.SLEEP,
            TimePart.IO);

    private Explainer() {}

    /**
     * Why {@code model} was as fast as it was against {@code than}.
     *
     * <p>The extra time per task of each part is {@code model}'s minus {@code than}'s; the cause is
     * the part with the most (the first in {@link TimePart}'s order on a tie), its share is its
     * extra time over all parts' positive extra time. An {@code ASYNC} model whose monitor, park,
     * sleep and IO waits take at least 10% of its time blocked its event loop, which makes the
     * other tasks wait behind it where no part of theirs shows it: the largest of those waits is
     * the cause, its share the part of all {@code ASYNC}'s time it took.
     *
     * @param model the model a claim is about
     * @param budget {@code model}'s time budget
     * @param than the model it was compared with
     * @param thanBudget {@code than}'s time budget
     * @param ratio how many times faster {@code model} was than {@code than}, as the verdict estimated
     *     it: 0.9 for a little slower
     * @param machine the cores (time queued for a core is a cause only of a model that runs more
     *     threads or workers than that; otherwise other work on the machine, or the JVM's own
     *     threads, made it wait, and the sentence says so apart), and whether {@code model}'s own run
     *     found tasks blocking its event loop
     * @return the explanation; empty where the budgets saw no difference or one of them saw nothing
     * @throws IllegalArgumentException when {@code ratio} is not a positive finite number
     */
    public static Optional<Explanation> explain(Arm model, TimeBudget budget, Arm than, TimeBudget thanBudget,
            double ratio, Machine machine) {
        int cores = machine.cores();
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(than, "than");
        Objects.requireNonNull(thanBudget, "thanBudget");
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("ratio must be a positive number, but was " + ratio);
        }
        if (budget.total() == 0 || thanBudget.total() == 0) {
            return Optional.empty();
        }
        String opening = model + " was " + VerdictMessages.factor(ratio) + " " + than + ": ";
        if (model.model() == Model.ASYNC && machine.loopBlocked()) {
            Optional<Explanation> blocked = blockedLoop(model, budget, than, opening);
            if (blocked.isPresent()) {
                return blocked;
            }
        }
        if (model.model() == Model.VIRTUAL_THREADS) {
            Optional<Explanation> pinned = pinnedCarriers(model, budget, than, opening);
            if (pinned.isPresent()) {
                return pinned;
            }
        }
        Map<TimePart, Double> extra = extraPerTask(budget, thanBudget);
        double queuedElsewhere = oversubscribes(model, cores) ? 0 : extra.getOrDefault(TimePart.QUEUED, 0.0);
        if (!oversubscribes(model, cores)) {
            extra.remove(TimePart.QUEUED);
        }
        double allExtra = extra.values().stream().mapToDouble(Double::doubleValue).sum();
        if (extra.isEmpty() || allExtra < NOTHING_GREW * thanBudget.totalPerTask()) {
            return Optional.empty();
        }
        TimePart cause = largest(extra);
        double share = Math.min(1, extra.get(cause) / allExtra);
        Explanation explanation = cause == TimePart.CPU ? cpu(model, budget, than, thanBudget, share, opening)
                : waiting(model, budget, than, cause, share, opening);
        return Optional.of(queuedElsewhere < QUEUED_ELSEWHERE * allExtra ? explanation
                : new Explanation(explanation.model(), explanation.than(), explanation.cause(), explanation.share(),
                        explanation.site(), explanation.text() + "; besides, it waited " + Durations.format(queuedElsewhere)
                                + " more per task for a core, which other work on the machine caused: " + model.model()
                                + " runs no more threads than the " + cores + " cores"));
    }

    /**
     * Whether {@code model} runs more threads (or workers) than {@code cores}, so that its threads
     * queue for a core of their own making: {@code THREADS} and {@code PROCESSES} above the cores.
     * The event loop is one thread and virtual threads run on as many carriers as cores.
     */
    static boolean oversubscribes(Arm model, int cores) {
        return (model.model() == Model.THREADS || model.model() == Model.PROCESSES) && model.concurrency() > cores;
    }

    /** The parts whose time per task grew from {@code than} to {@code model}, with how much. */
    private static Map<TimePart, Double> extraPerTask(TimeBudget budget, TimeBudget thanBudget) {
        Map<TimePart, Double> extra = new EnumMap<>(TimePart.class);
        for (TimePart part : TimePart.values()) {
            double grew = budget.perTask(part) - thanBudget.perTask(part);
            if (grew > 0) {
                extra.put(part, grew);
            }
        }
        return extra;
    }

    /** The part with the most; the first in {@link TimePart}'s order among equals. */
    private static TimePart largest(Map<TimePart, Double> amounts) {
        TimePart top = null;
        for (Map.Entry<TimePart, Double> entry : amounts.entrySet()) {
            if (top == null || entry.getValue() > amounts.get(top)) {
                top = entry.getKey();
            }
        }
        return top;
    }

    private static Optional<Explanation> blockedLoop(Arm model, TimeBudget budget, Arm than, String opening) {
        Map<TimePart, Double> blocking = new EnumMap<>(TimePart.class);
        BLOCKING.forEach(part -> blocking.put(part, (double) budget.nanos().get(part)));
        TimePart cause = largest(blocking);
        double share = Math.min(1, blocking.get(cause) / budget.total());
        if (share < BLOCKS_THE_LOOP) {
            return Optional.empty();
        }
        String text = opening + CauseWords.percent(share) + " of its time on the event loop is "
                + CauseWords.doing(cause, budget) + ", which blocks the loop"
                + CauseWords.parentheses(cause, budget, false);
        return Optional.of(new Explanation(model, than, cause, share, CauseWords.site(cause, budget, false), text));
    }

    /**
     * Virtual threads pinned to their carriers while they wait keep the others from running: at
     * most as many run at once as there are carriers, and the waiting for a carrier is in no task's
     * own time (a task's time starts when it first runs). Where pinned parks take at least
     * {@link #PINNED_CARRIERS} of the tasks' time, the wait they were in is the cause, its share the
     * part of all the tasks' time they were pinned.
     */
    private static Optional<Explanation> pinnedCarriers(Arm model, TimeBudget budget, Arm than, String opening) {
        long pinnedNanos = budget.pinned().stream().mapToLong(PinnedPark::totalNanos).sum();
        double share = Math.min(1, (double) pinnedNanos / budget.total());
        if (share < PINNED_CARRIERS) {
            return Optional.empty();
        }
        Map<TimePart, Double> waits = new EnumMap<>(TimePart.class);
        BLOCKING.forEach(part -> waits.put(part, (double) budget.nanos().get(part)));
        TimePart held = largest(waits);
        String reason = CauseWords.pinning(held, budget, 0).replace(", pinned to its carrier", "");
        String text = opening + CauseWords.percent(share) + " of its time is " + CauseWords.doing(held, budget)
                + " pinned to a carrier" + reason + ", which keeps the other virtual threads from running"
                + CauseWords.parentheses(held, budget, true);
        return Optional.of(new Explanation(model, than, held, share, CauseWords.site(held, budget, true), text));
    }

    private static Explanation waiting(Arm model, TimeBudget budget, Arm than, TimePart cause, double share,
            String opening) {
        String pinning = BLOCKING.contains(cause) ? CauseWords.pinning(cause, budget, PINNED_SHARE) : "";
        boolean pinned = !pinning.isEmpty();
        String text = opening + CauseWords.percent(share) + " of its extra time is " + CauseWords.doing(cause, budget)
                + pinning + CauseWords.parentheses(cause, budget, pinned);
        return new Explanation(model, than, cause, share, CauseWords.site(cause, budget, pinned), text);
    }

    /** CPU per task grew: by how much, and the method whose execution samples per task grew most. */
    private static Explanation cpu(Arm model, TimeBudget budget, Arm than, TimeBudget thanBudget, double share,
            String opening) {
        double mine = budget.perTask(TimePart.CPU);
        double theirs = thanBudget.perTask(TimePart.CPU);
        String text = opening + (theirs > 0
                ? "it spent " + VerdictMessages.factor(mine / theirs) + " the CPU per task"
                : "it spent " + Durations.format(mine - theirs) + " more CPU per task");
        Optional<String> hot = grownMethod(budget, thanBudget);
        if (hot.isPresent()) {
            String method = hot.get();
            double before = thanBudget.samplesPerTask(method);
            double now = budget.samplesPerTask(method);
            if (before > 0) {
                text += "; " + method + " took " + VerdictMessages.factor(now / before)
                        + " the execution samples for the same work";
            } else if (thanBudget.hotMethods().size() >= Activity.HOT_METHODS_KEPT) {
                // Not among the other's most sampled methods: it had at most as many as the last of them.
                double atMost = thanBudget.hotMethods().stream().mapToLong(HotMethod::samples).min().orElse(0)
                        / (double) thanBudget.tasks();
                text += "; " + method + " took at least " + VerdictMessages.factor(now / atMost)
                        + " the execution samples for the same work";
            } else {
                text += "; " + method + " was sampled only under " + model;
            }
        }
        return new Explanation(model, than, TimePart.CPU, share, hot.orElse(""), text);
    }

    /**
     * The method whose execution samples per task grew the most, among those {@code model}'s
     * recording sampled at least {@link #ENOUGH_SAMPLES} times; none where {@code than}'s recording
     * took no execution samples to compare with.
     */
    private static Optional<String> grownMethod(TimeBudget budget, TimeBudget thanBudget) {
        if (thanBudget.executionSamples() == 0) {
            return Optional.empty();
        }
        String best = null;
        double bestGrowth = 0;
        for (HotMethod hot : budget.hotMethods()) {
            if (samples(budget, hot.method()) < ENOUGH_SAMPLES) {
                continue;
            }
            double growth = budget.samplesPerTask(hot.method()) - thanBudget.samplesPerTask(hot.method());
            if (growth > bestGrowth) {
                best = hot.method();
                bestGrowth = growth;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long samples(TimeBudget budget, String method) {
        return budget.hotMethods().stream().filter(hot -> hot.method().equals(method)).mapToLong(HotMethod::samples)
                .sum();
    }
}
