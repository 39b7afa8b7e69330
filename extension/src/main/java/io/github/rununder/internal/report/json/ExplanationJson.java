package io.github.rununder.internal.report.json;

import io.github.rununder.internal.measure.HotMethod;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.measure.TimeSite;
import io.github.rununder.internal.report.ExplanationRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What explains a method's figures in {@code report.json} and in parts: each model's time budget
 * ({@code models[].time}, absent where none was recorded) and pinned parks ({@code models[].pinning}),
 * and the method's {@code explanations}, as the engine found them. A budget's pinned parks are its
 * model's {@code pinning}, written once.
 */
final class ExplanationJson {

    private ExplanationJson() {}

    static void time(JsonWriter json, TimeBudget budget) {
        if (budget == null) {
            return;
        }
        json.name("time").beginObject().field("tasks", budget.tasks());
        for (TimePart part : TimePart.values()) {
            json.field(part.name(), budget.nanos().get(part));
        }
        json.field("allocatedBytes", budget.allocatedBytes())
                .field("recordedNanos", budget.recordedNanos())
                .field("executionSamples", budget.executionSamples());
        json.name("sites").beginArray();
        for (Map.Entry<TimePart, List<TimeSite>> part : budget.sites().entrySet()) {
            for (TimeSite site : part.getValue()) {
                json.beginObject().field("part", part.getKey().name())
                        .field("what", site.what())
                        .field("waitedIn", site.waitedIn())
                        .field("userFrame", site.userFrame())
                        .field("count", site.count())
                        .field("nanos", site.nanos())
                        .endObject();
            }
        }
        json.endArray().name("hotMethods").beginArray();
        for (HotMethod hot : budget.hotMethods()) {
            json.beginObject().field("method", hot.method()).field("samples", hot.samples()).endObject();
        }
        json.endArray().endObject();
    }

    static void pinning(JsonWriter json, List<PinnedPark> pinning) {
        json.name("pinning").beginArray();
        for (PinnedPark park : pinning) {
            json.beginObject().field("site", park.site())
                    .field("reason", park.reason())
                    .field("count", park.count())
                    .field("totalNanos", park.totalNanos())
                    .endObject();
        }
        json.endArray();
    }

    static void explanations(JsonWriter json, List<ExplanationRecord> explanations) {
        json.name("explanations").beginArray();
        for (ExplanationRecord explanation : explanations) {
            json.beginObject().field("model", explanation.model().name())
                    .field("concurrency", explanation.concurrency())
                    .field("than", explanation.than().name())
                    .field("thanConcurrency", explanation.thanConcurrency())
                    .field("cause", explanation.cause().name())
                    .field("share", explanation.share())
                    .field("site", explanation.site())
                    .field("text", explanation.text())
                    .endObject();
        }
        json.endArray();
    }

    /** The model's time budget, or {@code null} where the object has none (also every report before budgets). */
    static TimeBudget readTime(JsonObject model, List<PinnedPark> pinning) {
        JsonObject time = model.object("time").orElse(null);
        if (time == null) {
            return null;
        }
        long tasks = time.whole("tasks", 0);
        if (tasks < 1) {
            throw new MalformedJsonException("'time' needs 'tasks' of at least 1, but has " + tasks);
        }
        Map<TimePart, Long> nanos = new EnumMap<>(TimePart.class);
        for (TimePart part : TimePart.values()) {
            nanos.put(part, time.whole(part.name(), 0));
        }
        Map<TimePart, List<TimeSite>> sites = new EnumMap<>(TimePart.class);
        for (JsonObject site : time.objects("sites")) {
            sites.computeIfAbsent(part(site.requiredText("part")), part -> new ArrayList<>())
                    .add(new TimeSite(site.text("what").orElse(null), site.text("waitedIn").orElse(null),
                            site.text("userFrame").orElse(null), site.whole("count", 0), site.whole("nanos", 0)));
        }
        List<HotMethod> hotMethods = new ArrayList<>();
        for (JsonObject hot : time.objects("hotMethods")) {
            hotMethods.add(new HotMethod(hot.requiredText("method"), hot.whole("samples", 0)));
        }
        return new TimeBudget(tasks, nanos, sites, hotMethods, time.whole("executionSamples", 0),
                time.whole("allocatedBytes", 0), time.whole("recordedNanos", 0), pinning);
    }

    /** The model's pinned parks; empty where there were none (also in every report before them). */
    static List<PinnedPark> readPinning(JsonObject model) {
        List<PinnedPark> pinning = new ArrayList<>();
        for (JsonObject park : model.objects("pinning")) {
            pinning.add(new PinnedPark(park.requiredText("site"), park.text("reason").orElse(""),
                    park.whole("count", 0), park.whole("totalNanos", 0)));
        }
        return pinning;
    }

    /** The method's explanations; empty where there were none (also in every report before them). */
    static List<ExplanationRecord> readExplanations(JsonObject test) {
        List<ExplanationRecord> explanations = new ArrayList<>();
        for (JsonObject explanation : test.objects("explanations")) {
            double share = explanation.decimal("share").orElse(Double.NaN);
            if (!(share >= 0 && share <= 1)) {
                throw new MalformedJsonException("an explanation's 'share' must be within 0 and 1, but is " + share);
            }
            explanations.add(new ExplanationRecord(ReportJson.model(explanation.requiredText("model")),
                    explanation.integer("concurrency", 1), ReportJson.model(explanation.requiredText("than")),
                    explanation.integer("thanConcurrency", 1), part(explanation.requiredText("cause")), share,
                    explanation.text("site").orElse(""), explanation.requiredText("text")));
        }
        return explanations;
    }

    private static TimePart part(String name) {
        try {
            return TimePart.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("unknown part of a time budget '" + name + "'");
        }
    }
}
