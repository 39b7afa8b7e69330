package io.github.rununder.internal.stats;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.plan.Expectation.FastestAmong;
import io.github.rununder.internal.measure.ModelResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decides "the fastest model is one of the candidates": every other model must be beaten by some
 * candidate (holds), and a model that beats every candidate makes the claim fail.
 */
final class FastestAmongDecision {

    private final IntervalVerdictEngine engine;
    private final FastestAmong claim;
    private final Map<Arm, ModelResult> results;
    private final String undecidedReason;

    /** @param results the arm of each model that claims naming models compare */
    FastestAmongDecision(IntervalVerdictEngine engine, FastestAmong claim, Map<Arm, ModelResult> results,
            String undecidedReason) {
        this.engine = engine;
        this.claim = claim;
        this.results = results;
        this.undecidedReason = undecidedReason;
    }

    Verdict decide() {
        List<ModelResult> candidates = claim.candidates().stream()
                .flatMap(model -> results.values().stream().filter(r -> r.model() == model)).toList();
        if (candidates.isEmpty()) {
            return new Verdict(claim, Verdict.Outcome.NOT_CHECKED,
                    VerdictMessages.notChecked(claim.claim(), "none of them has measurements"));
        }
        List<ModelResult> others = results.values().stream().filter(r -> !claim.candidates().contains(r.model())).toList();
        if (others.isEmpty()) {
            return new Verdict(claim, Verdict.Outcome.HOLDS, VerdictMessages.holdsEveryModelAmong(claim.candidates()));
        }
        List<RatioCheck> checks = new ArrayList<>();
        RatioCheck winner = null;
        RatioCheck open = null;
        RatioCheck closestBeaten = null;
        for (ModelResult other : others) {
            RatioCheck best = bestCandidateAgainst(candidates, other);
            checks.add(best);
            switch (best.outcome()) {
                case FAILS -> winner = lowest(winner, best);
                case UNDECIDED -> open = lowest(open, best);
                default -> closestBeaten = lowest(closestBeaten, best);
            }
        }
        if (winner != null) {
            return new Verdict(claim, Verdict.Outcome.FAILS, VerdictMessages.shouldBeFastestAmong(
                    claim.candidates(), winner.than(), winner.model(), winner.interval().inverse()), checks);
        }
        if (open != null) {
            return new Verdict(claim, Verdict.Outcome.UNDECIDED, VerdictMessages.shouldBeDecidedFastestAmong(
                    claim.candidates(), open.model(), open.than(), open.interval(), undecidedReason), checks);
        }
        return new Verdict(claim, Verdict.Outcome.HOLDS, VerdictMessages.holdsFastestAmong(claim.candidates(), closestBeaten.model(),
                closestBeaten.than(), closestBeaten.interval()), checks);
    }

    /**
     * The candidates' check against {@code other} that settles it: one that holds if any does (the
     * other model is beaten), else the closest undecided one, else (every candidate lost) the one
     * that came closest.
     */
    private RatioCheck bestCandidateAgainst(List<ModelResult> candidates, ModelResult other) {
        List<RatioCheck> checks = candidates.stream()
                .map(candidate -> new RatioCheck(candidate.arm(), other.arm(), 1.0, engine.ratio(candidate, other)))
                .toList();
        Comparator<RatioCheck> strongest = Comparator.comparingDouble((RatioCheck c) -> c.interval().lower())
                .thenComparingDouble(c -> c.interval().estimate());
        return checks.stream().filter(c -> c.outcome() == Verdict.Outcome.HOLDS).max(strongest)
                .or(() -> checks.stream().filter(c -> c.outcome() == Verdict.Outcome.UNDECIDED)
                        .max(Comparator.comparingDouble(c -> c.interval().estimate())))
                .orElseGet(() -> checks.stream().max(Comparator.comparingDouble(c -> c.interval().estimate())).orElseThrow());
    }

    private static RatioCheck lowest(RatioCheck current, RatioCheck candidate) {
        return current == null || candidate.interval().estimate() < current.interval().estimate() ? candidate : current;
    }
}
