package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.plan.Expectation.FastestAmong;
import io.github.rununder.internal.plan.Levels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides claims from a confidence interval on the speed ratio: a claim "A is at least k× faster
 * than B" holds when the lower bound of the interval clears {@code k}, fails when the upper bound
 * falls below {@code k}, and is undecided while the interval straddles {@code k}. "A is the
 * fastest" is the same claim with {@code k = 1} against every other model: it holds when all of
 * them are beaten, fails when one of them wins. "A at concurrency 8 gives at least k times its
 * throughput at 1" ({@code @ExpectScaling}) is "A ×8 is at least k× faster than A ×1": every round
 * runs the same tasks, so the ratio of throughputs is that of round times.
 *
 * <h2>The interval</h2>
 *
 * <p>The speed ratio is estimated by Hodges–Lehmann on the logarithms of the round times of the
 * two models, with its distribution-free Mann–Whitney (Moses) interval; see {@link HodgesLehmann}.
 * It was chosen over the alternatives because:
 *
 * <ul>
 *   <li>It needs no normality, unlike the Student-t interval of JMH or pyperf: round times on a
 *       busy machine are skewed and carry outliers, and a ratio of means would follow them.
 *   <li>It is exact for small samples, unlike a bootstrap of the ratio of medians (criterion.rs),
 *       whose percentile interval under-covers badly with the five to ten rounds a test can afford,
 *       and it needs no random resampling, so the same rounds always give the same verdict.
 *   <li>It compares two independent samples rather than paired rounds: the model nodes run one
 *       after the other, so their first rounds are not paired in time, and a paired (signed-rank)
 *       interval would need 8 pairs for what this does with 5 rounds each. Drift between the nodes
 *       is handled by measuring more rounds interleaved (see {@link AdaptiveVerdicts}), as Laaber et
 *       al. recommend for noisy cloud machines ("Software microbenchmarking in the cloud. How bad is
 *       it really?", EMSE 24, 2019).
 * </ul>
 *
 * <p>Pragmastat's {@code Compare2} decides ratio claims the same way (Hodges–Lehmann ratio with
 * distribution-free bounds: greater, less or inconclusive).
 *
 * <h2>Confidence</h2>
 *
 * <p>Intervals are two-sided at {@value #DEFAULT_CONFIDENCE}. Each look at the data thus errs with
 * probability at most 0.5% per side, and because {@link AdaptiveVerdicts} looks at most
 * {@value AdaptiveVerdicts#MAX_LOOKS} times, a claim is decided against the truth with probability
 * at most 2.5% per side over a whole adaptive run (Bonferroni), 5% in all. The fewest rounds per
 * model with which such an interval exists is 5 (of the 252 equally likely orderings of two
 * samples of 5, the most extreme one has probability 0.4%, under the 0.5% allowed per side).
 */
public final class IntervalVerdictEngine implements VerdictEngine {

    /** The two-sided confidence of every interval. */
    public static final double DEFAULT_CONFIDENCE = 0.99;

    private final double confidence;
    private final int minimumRounds;
    private final Map<Long, Integer> cuts = new ConcurrentHashMap<>();

    /** An engine at {@value #DEFAULT_CONFIDENCE}. */
    public IntervalVerdictEngine() {
        this(DEFAULT_CONFIDENCE);
    }

    /** An engine at {@code confidence}, strictly between 0.5 and 1. */
    public IntervalVerdictEngine(double confidence) {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0.5 and 1, not " + confidence);
        }
        this.confidence = confidence;
        this.minimumRounds = HodgesLehmann.minimumRounds(confidence);
    }

    /** The two-sided confidence of the intervals. */
    public double confidence() {
        return confidence;
    }

    /** The fewest rounds per model (equal counts) with which a claim can be decided at all. */
    public int minimumRounds() {
        return minimumRounds;
    }

    /** How many times faster {@code model} is than {@code than}, with the interval. */
    public RatioInterval ratio(ModelResult model, ModelResult than) {
        long[] a = model.rounds().wallNanos();
        long[] b = than.rounds().wallNanos();
        int cut = cuts.computeIfAbsent((long) a.length << 32 | b.length, sizes -> MannWhitney.cut(a.length, b.length, confidence));
        return HodgesLehmann.ratio(a, b, confidence, cut);
    }

    @Override
    public Verdict decide(Expectation expectation, Levels levels, Map<Arm, ModelResult> results,
            String undecidedReason) {
        if (expectation instanceof FastestAmong among) {
            return new FastestAmongDecision(this, among, compared(levels, results), undecidedReason).decide();
        }
        List<Arm> arms = expectation.arms(levels);
        for (Arm arm : arms) {
            if (!results.containsKey(arm)) {
                return new Verdict(expectation, Verdict.Outcome.NOT_CHECKED,
                        VerdictMessages.notChecked(expectation.claim(), arm + " has no measurements"));
            }
        }
        if (expectation instanceof Expectation.Faster faster) {
            return faster(faster, results.get(arms.get(0)), results.get(arms.get(1)), undecidedReason);
        }
        if (expectation instanceof Expectation.Scaling scaling) {
            return scaling(scaling, results.get(arms.get(0)), results.get(arms.get(1)), undecidedReason);
        }
        if (expectation instanceof Expectation.Fastest fastest) {
            return fastest(fastest, results.get(arms.get(0)), compared(levels, results), undecidedReason);
        }
        throw new IllegalArgumentException("unknown kind of expectation: " + expectation);
    }

    /** The arm of each model that claims naming models only compare, among {@code results}. */
    private static Map<Arm, ModelResult> compared(Levels levels, Map<Arm, ModelResult> results) {
        Map<Arm, ModelResult> compared = new LinkedHashMap<>();
        results.forEach((arm, result) -> {
            if (levels.isCompared(arm)) {
                compared.put(arm, result);
            }
        });
        return compared;
    }

    private Verdict faster(Expectation.Faster claim, ModelResult model, ModelResult than, String undecidedReason) {
        RatioInterval interval = ratio(model, than);
        RatioCheck check = new RatioCheck(model.arm(), than.arm(), claim.atLeast(), interval);
        String message = switch (check.outcome()) {
            case HOLDS -> VerdictMessages.holdsFaster(model.arm(), than.arm(), claim.atLeast(), interval);
            case FAILS -> VerdictMessages.shouldBeFaster(model.arm(), than.arm(), claim.atLeast(), interval);
            default -> VerdictMessages.shouldBeDecidedFaster(model.arm(), than.arm(), claim.atLeast(), interval,
                    undecidedReason);
        };
        return new Verdict(claim, check.outcome(), message, List.of(check));
    }

    private Verdict scaling(Expectation.Scaling claim, ModelResult to, ModelResult from, String undecidedReason) {
        RatioInterval interval = ratio(to, from);
        RatioCheck check = new RatioCheck(to.arm(), from.arm(), claim.atLeast(), interval);
        String message = switch (check.outcome()) {
            case HOLDS -> VerdictMessages.holdsScaling(to.arm(), from.arm(), claim.atLeast(), interval);
            case FAILS -> VerdictMessages.shouldScale(to.arm(), from.arm(), claim.atLeast(), interval);
            default -> VerdictMessages.shouldBeDecidedScaling(to.arm(), from.arm(), claim.atLeast(), interval,
                    undecidedReason);
        };
        return new Verdict(claim, check.outcome(), message, List.of(check));
    }

    private Verdict fastest(Expectation.Fastest claim, ModelResult model, Map<Arm, ModelResult> compared,
            String undecidedReason) {
        List<RatioCheck> checks = new ArrayList<>();
        for (ModelResult other : compared.values()) {
            if (other.model() != claim.model()) {
                checks.add(new RatioCheck(model.arm(), other.arm(), 1.0, ratio(model, other)));
            }
        }
        if (checks.isEmpty()) {
            return new Verdict(claim, Verdict.Outcome.NOT_CHECKED,
                    VerdictMessages.notChecked(claim.claim(), "no other model has measurements"));
        }
        Comparator<RatioCheck> closest = Comparator.comparingDouble(c -> c.interval().estimate());
        RatioCheck lost = checks.stream().filter(c -> c.outcome() == Verdict.Outcome.FAILS).min(closest).orElse(null);
        if (lost != null) {
            return new Verdict(claim, Verdict.Outcome.FAILS,
                    VerdictMessages.shouldBeFastest(model.arm(), lost.than(), lost.interval().inverse()), checks);
        }
        RatioCheck open = checks.stream().filter(c -> c.outcome() == Verdict.Outcome.UNDECIDED).min(closest).orElse(null);
        if (open != null) {
            return new Verdict(claim, Verdict.Outcome.UNDECIDED, VerdictMessages.shouldBeDecidedFastest(model.arm(),
                    open.than(), open.interval(), undecidedReason), checks);
        }
        RatioCheck runnerUp = checks.stream().min(closest).orElseThrow();
        return new Verdict(claim, Verdict.Outcome.HOLDS,
                VerdictMessages.holdsFastest(model.arm(), runnerUp.than(), runnerUp.interval()), checks);
    }
}
