package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.plan.Expectation;
import io.github.rununder.internal.stats.Classification;
import io.github.rununder.internal.stats.Verdict;
import io.github.rununder.internal.stats.RatioCheck;
import io.github.rununder.internal.stats.RatioInterval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable report entries the nodes of a {@code @RunUnder} method publish, each one
 * line of JSON: the channel from the nodes to the report listener, which sees nothing but JUnit
 * events. They also land in Surefire's XML and IDE consoles for anyone else to read.
 */
public final class NodeEntries {

    /** Published first by every model node: the model and its plan, so that a node that fails early is still known. */
    public static final String NODE = "rununder.node";

    /** Published by a model node that measured: a model of {@code report.json}, raw rounds included. */
    public static final String RESULT = "rununder.result";

    /** Published by the verdict node: the mode, every claim and what became of it. */
    public static final String VERDICT = "rununder.verdict";

    private NodeEntries() {}

    /** {@code {"model":"THREADS","tasks":24,"concurrency":8,"warmup":1,"rounds":5}}. */
    public static String node(Model model, int tasks, int concurrency, int warmup, int rounds) {
        return new JsonWriter().beginObject().field("model", model.name()).field("tasks", tasks)
                .field("concurrency", concurrency).field("warmup", warmup).field("rounds", rounds)
                .endObject().toString();
    }

    /** What {@code result} measured, in the shape of a model of {@code report.json}. */
    public static String result(ModelResult result) {
        JsonWriter json = new JsonWriter(new StringBuilder(1024));
        ModelRecord record = ModelRecord.of(result);
        ReportJson.model(json, record, ModelFigures.of(record, null, Runtime.getRuntime().availableProcessors()), null);
        return json.toString();
    }

    /**
     * The verdict: {@code verdicts} holds the decision on each of {@code expectations} in order, or is
     * empty when they were not checked ({@code rununder.verdicts=off}); {@code remeasured} names the
     * models the verdict measured more rounds of, whose results are published again in full.
     */
    public static String verdict(String mode, List<Expectation> expectations, List<Verdict> verdicts,
            Map<Model, ModelResult> measured, Optional<Classification> classification, List<BaselineChange> baseline,
            Collection<Model> remeasured) {
        JsonWriter json = new JsonWriter(new StringBuilder(512)).beginObject().field("mode", mode);
        json.field("classification", classification.map(c -> c.kind().name()).orElse(null))
                .field("cpuShare", classification.map(Classification::cpuShare).orElse(Double.NaN))
                .field("fastest", measured.size() < 2 ? null : measured.values().stream()
                        .min(Comparator.comparingDouble(ModelResult::medianNanos)).orElseThrow().model().name());
        json.name("verdicts").beginArray();
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            Verdict verdict = i < verdicts.size() ? verdicts.get(i) : null;
            String outcome = verdict == null ? Verdict.Outcome.NOT_CHECKED.name() : verdict.outcome().name();
            String message = verdict == null ? expectation.claim() + ": not checked, rununder.verdicts=" + mode
                    : verdict.message();
            ReportJson.claim(json, new ClaimRecord(expectation.claim(), outcome,
                    verdict != null && verdict.outcome() == Verdict.Outcome.HOLDS, message,
                    details(expectation, verdict, measured)));
        }
        json.endArray().name("baseline").beginArray();
        for (BaselineChange change : baseline) {
            json.beginObject().field("model", change.model().name()).field("change", change.kind().name())
                    .field("message", change.describe()).endObject();
        }
        json.endArray().name("remeasured").beginArray();
        for (Model model : remeasured) {
            Optional.ofNullable(measured.get(model)).ifPresent(result -> json.raw(result(result)));
        }
        return json.endArray().endObject().toString();
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

    /** The ratio of medians behind the claim: how many times faster the claimed model was. */
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
            fields.put("model", check.model().name());
            fields.put("than", check.than().name());
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
