package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.engine.ExperimentResult;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.measure.Warning;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.stats.RatioCheck;
import io.github.rununder.internal.stats.RatioInterval;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.VerdictMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the engine found for one method, and how JUnit says its nodes ended, into the
 * report's records: what a part stores and the report shows.
 */
public final class Records {

    private Records() {}

    /** How one node ended, as JUnit reported it. */
    record NodeEnd(Status status, String message) {

        static final NodeEnd NOT_RUN = new NodeEnd(Status.SKIPPED, null);
    }

    /** One record per declared model: measured with its figures, or why not, with its node's status. */
    static List<ModelRecord> models(ExperimentResult result, List<NodeEnd> modelNodes) {
        List<ModelRecord> records = new ArrayList<>();
        List<Arm> run = result.plan().arms();
        int declaredWarmup = result.plan().warmup();
        for (ModelOutcome outcome : result.models()) {
            int index = run.indexOf(outcome.arm());
            NodeEnd node = index >= 0 && index < modelNodes.size() ? modelNodes.get(index) : NodeEnd.NOT_RUN;
            String message = node.message() != null ? node.message()
                    : outcome.measured() || node.status() == Status.PASSED ? null : outcome.reason();
            if (outcome.measured() && outcome.own() != null) {
                records.add(ModelRecord.of(outcome, declaredWarmup, node.status(), message));
            } else {
                records.add(ModelRecord.unmeasured(outcome.model(), node.status(), message, result.plan().tasks(),
                        outcome.concurrency(), declaredWarmup));
            }
        }
        return records;
    }

    /** The verdict node: every claim and what became of it, and the warnings it gave instead of failing. */
    static VerdictRecord verdict(ExperimentResult result, NodeEnd node, String mode) {
        List<ClaimRecord> claims = new ArrayList<>();
        List<Expectation> expectations = result.plan().expectations();
        List<Verdict> verdicts = result.verdicts();
        Map<Model, ModelResult> compared = new java.util.EnumMap<>(Model.class);
        result.comparable().forEach((arm, rounds) -> {
            if (result.plan().levels().isCompared(arm)) {
                compared.put(arm.model(), rounds);
            }
        });
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            Verdict verdict = i < verdicts.size() ? verdicts.get(i) : null;
            String outcome = verdict == null ? Verdict.Outcome.NOT_CHECKED.name() : verdict.outcome().name();
            String message = verdict != null ? verdict.message() : VerdictMessages.notChecked(expectation.claim(),
                    result.concluded() ? RunUnder.VERDICTS_PROPERTY_NAME + "=" + mode : "the verdict did not run");
            claims.add(new ClaimRecord(expectation.claim(), outcome,
                    verdict != null && verdict.outcome() == Verdict.Outcome.HOLDS, message,
                    details(expectation, verdict, compared)));
        }
        List<String> warnings = new ArrayList<>();
        if ("warn".equals(mode)) {
            verdicts.stream().filter(Verdict::failing).forEach(verdict -> warnings.add(verdict.message() + " ("
                    + RunUnder.VERDICTS_PROPERTY_NAME + "=warn)"));
        }
        return new VerdictRecord(node.status(), node.message(), mode, claims, warnings);
    }

    /** How each swept model scaled, as the engine found it. */
    static List<ScalingRecord> scaling(ExperimentResult result) {
        return result.scaling().stream().map(ScalingRecord::of).toList();
    }

    /** Why a model was slower than another, as the engine explained it. */
    static List<ExplanationRecord> explanations(ExperimentResult result) {
        return result.explanations().stream().map(ExplanationRecord::of).toList();
    }

    /** Warnings about the comparison as a whole. */
    static List<String> warnings(ExperimentResult result) {
        return result.warnings().stream().map(Warning::text).toList();
    }

    private static Map<String, Object> details(Expectation expectation, Verdict verdict, Map<Model, ModelResult> measured) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (expectation instanceof Expectation.Faster faster) {
            details.put("kind", "faster");
            details.put("model", faster.model().name());
            details.put("than", faster.than().name());
            details.put("atLeast", faster.atLeast());
        } else if (expectation instanceof Expectation.Fastest fastest) {
            details.put("kind", "fastest");
            details.put("model", fastest.model().name());
        } else if (expectation instanceof Expectation.Scaling scaling) {
            details.put("kind", "scaling");
            details.put("model", scaling.model().name());
            details.put("from", (long) scaling.from());
            details.put("to", (long) scaling.to());
            details.put("atLeast", scaling.atLeast());
        }
        measuredFactor(expectation, measured).ifPresent(factor -> details.put("measuredFactor", factor));
        if (verdict != null && !verdict.checks().isEmpty()) {
            List<Map<String, Object>> checks = checks(verdict);
            details.put("checks", checks);
            if (checks.size() == 1) {
                // A faster claim rests on one comparison: its interval is the claim's.
                for (String name : List.of("estimate", "lower", "upper", "confidence")) {
                    details.put(name, checks.get(0).get(name));
                }
            }
        }
        return details;
    }

    /** The ratio of medians behind the claim, on the rounds it was decided on. */
    private static Optional<Double> measuredFactor(Expectation expectation, Map<Model, ModelResult> measured) {
        if (expectation instanceof Expectation.Faster faster && measured.containsKey(faster.model())
                && measured.containsKey(faster.than())) {
            return Optional.of(measured.get(faster.than()).medianNanos() / measured.get(faster.model()).medianNanos());
        }
        if (expectation instanceof Expectation.Fastest fastest && measured.containsKey(fastest.model())
                && measured.size() > 1) {
            double others = measured.values().stream().filter(r -> r.model() != fastest.model())
                    .mapToDouble(ModelResult::medianNanos).min().orElseThrow();
            return Optional.of(others / measured.get(fastest.model()).medianNanos());
        }
        return Optional.empty();
    }

    /** The pairwise comparisons a verdict rests on, with their intervals of the speed ratio. */
    private static List<Map<String, Object>> checks(Verdict verdict) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (RatioCheck check : verdict.checks()) {
            RatioInterval interval = check.interval();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("model", check.model().model().name());
            fields.put("modelConcurrency", (long) check.model().concurrency());
            fields.put("than", check.than().model().name());
            fields.put("thanConcurrency", (long) check.than().concurrency());
            fields.put("atLeast", check.atLeast());
            fields.put("outcome", check.outcome().name());
            fields.put("estimate", interval.estimate());
            fields.put("lower", interval.lower());
            fields.put("upper", interval.upper());
            fields.put("confidence", interval.confidence());
            fields.put("reachesConfidence", interval.reachesConfidence());
            fields.put("modelRounds", (long) interval.modelRounds());
            fields.put("thanRounds", (long) interval.thanRounds());
            checks.add(fields);
        }
        return checks;
    }
}
