package io.github.rununder.internal.engine;

import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.stats.IntervalVerdictEngine;
import io.github.rununder.internal.stats.RatioCheck;
import io.github.rununder.internal.stats.RatioInterval;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.VerdictMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what the model nodes showed, measured one model after another, with the interleaved
 * rounds the comparison rests on, and says where they disagree: a model whose own rounds differ
 * from its interleaved ones beyond noise, and a verdict that the node figures would have
 * contradicted. The verdict always uses the interleaved rounds; these warnings say so where it
 * matters to a reader.
 */
final class Drift {

    /** A model's own and interleaved rounds differing by more than this share (with the interval clear of it) drifted. */
    static final double TOLERANCE = 0.10;

    private final IntervalVerdictEngine engine;

    Drift(IntervalVerdictEngine engine) {
        this.engine = engine;
    }

    /** The warning for an arm whose own rounds differ from its interleaved ones beyond noise, if they do. */
    Optional<Warning> of(ModelResult own, ModelResult interleaved) {
        RatioInterval change = engine.ratio(interleaved, own);
        if (!change.reachesConfidence()
                || (change.lower() <= 1 + TOLERANCE && change.upper() >= 1 / (1 + TOLERANCE))) {
            return Optional.empty();
        }
        String direction = change.estimate() > 1 ? "faster" : "slower";
        double factor = change.estimate() > 1 ? change.estimate() : 1 / change.estimate();
        return Optional.of(new Warning(Warning.Kind.DRIFTED, "its rounds measured interleaved with the other models'"
                + " (median " + Durations.format(interleaved.medianNanos()) + ") were " + VerdictMessages.factor(factor)
                + " " + direction + " than its own rounds in its node (median " + Durations.format(own.medianNanos())
                + "): something warmed up or the machine changed between the nodes; comparisons use the interleaved"
                + " rounds"));
    }

    /**
     * For each pairwise check of {@code verdict} that the node figures contradict (the node's ratio
     * on the other side of the claimed factor than the verdict), a sentence that says which rounds
     * the verdict used and why.
     */
    List<Warning> disagreements(Verdict verdict, Map<Arm, ModelResult> own) {
        List<Warning> warnings = new ArrayList<>();
        if (verdict.outcome() != Verdict.Outcome.HOLDS && verdict.outcome() != Verdict.Outcome.FAILS) {
            return warnings;
        }
        for (RatioCheck check : verdict.checks()) {
            ModelResult model = own.get(check.model());
            ModelResult than = own.get(check.than());
            if (model == null || than == null || check.outcome() == Verdict.Outcome.UNDECIDED) {
                continue;
            }
            double nodes = than.medianNanos() / model.medianNanos();
            boolean nodesHold = nodes >= check.atLeast();
            if (nodesHold != (check.outcome() == Verdict.Outcome.HOLDS)) {
                warnings.add(new Warning(Warning.Kind.DRIFTED, "The model nodes showed " + check.model() + " "
                        + VerdictMessages.factor(nodes) + " as fast as " + check.than() + ", but measured interleaved it"
                        + " was " + VerdictMessages.ratio(check.interval()) + ". The verdict uses the interleaved rounds:"
                        + " rounds measured one model after another carry whatever warmed up or changed between the"
                        + " nodes"));
            }
        }
        return warnings;
    }
}
