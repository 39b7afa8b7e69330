package io.github.rununder.internal.report.json;

import io.github.rununder.Model;
import io.github.rununder.WorkloadKind;
import io.github.rununder.internal.engine.Recommendation;
import io.github.rununder.internal.measure.BlockingSite;
import io.github.rununder.internal.measure.LoopBlocking;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.ClaimRecord;
import io.github.rununder.internal.report.Environment;
import io.github.rununder.internal.report.Latency;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.ModelRecord;
import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.Status;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.VerdictRecord;
import io.github.rununder.internal.report.render.Cells;
import io.github.rununder.internal.stats.Classification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code report.json} (and parts, which have the same shape) and reads parts back. The
 * shape is documented in {@code docs/report-schema.md}; reading ignores members it does not know.
 * What the engine decided (classification, fastest, recommendation) is stored and read back as it
 * is; what the report derives from the rounds (speed-up, efficiency, intervals) is recomputed,
 * never read.
 */
public final class ReportJson {

    /** The version of the shape; a reader refuses other versions. */
    public static final int SCHEMA = 1;

    private static final Set<String> CLAIM_CORE = Set.of("claim", "outcome", "holds", "message");

    private ReportJson() {}

    /** The methods of one part and where it came from. */
    public record Part(String session, String javaVersion, List<TestRecord> tests) {}

    public static String write(Report report) {
        return render(report).toString();
    }

    public static StringBuilder render(Report report) {
        JsonWriter json = new JsonWriter(new StringBuilder(4096 + report.tests().size() * 5000));
        header(json, report.session(), report.environment());
        json.field("generated", report.generated().toString())
                .field("parts", report.parts())
                .field("baseline", report.baselineSource());
        json.array("warnings", report.warnings());
        json.name("tests").beginArray();
        for (TestAnalysis test : report.tests()) {
            test(json, test.test(), test);
        }
        json.endArray().endObject();
        return json.builder().append('\n');
    }

    /**
     * A part: the methods one JVM ran, raw, without what the report derives from them (which the
     * merge computes again), so that writing and reading it stays cheap.
     */
    static String writePart(String session, Environment environment, List<TestRecord> tests) {
        return renderPart(session, environment, tests).toString();
    }

    public static StringBuilder renderPart(String session, Environment environment, List<TestRecord> tests) {
        JsonWriter json = new JsonWriter(new StringBuilder(4096 + tests.size() * 2500));
        header(json, session, environment);
        json.name("tests").beginArray();
        for (TestRecord test : tests) {
            test(json, test, null);
        }
        json.endArray().endObject();
        return json.builder().append('\n');
    }

    private static void header(JsonWriter json, String session, Environment environment) {
        json.beginObject().field("schema", SCHEMA).field("session", session);
        environment(json.name("environment"), environment);
    }

    public static Part readPart(String text) {
        JsonObject part = JsonReader.parseObject(text);
        long schema = part.whole("schema", -1);
        if (schema != SCHEMA) {
            throw new MalformedJsonException("schema " + schema + " where " + SCHEMA + " was expected");
        }
        String javaVersion = part.object("environment").flatMap(e -> e.text("javaVersion")).orElse("unknown");
        List<TestRecord> tests = new ArrayList<>();
        for (JsonObject test : part.objects("tests")) {
            tests.add(readTest(test));
        }
        return new Part(part.text("session").orElse(""), javaVersion, tests);
    }

    private static void environment(JsonWriter json, Environment environment) {
        json.beginObject().field("javaVersion", environment.javaVersion())
                .field("javaVendor", environment.javaVendor())
                .field("vmName", environment.vmName())
                .field("osName", environment.osName())
                .field("osVersion", environment.osVersion())
                .field("osArch", environment.osArch())
                .field("cores", environment.cores())
                .field("maxHeapBytes", environment.maxHeapBytes())
                .endObject();
    }

    /** One method; {@code analysis} is {@code null} in a part, which holds raw records only. */
    private static void test(JsonWriter json, TestRecord test, TestAnalysis analysis) {
        json.beginObject().field("className", test.className())
                .field("methodName", test.methodName())
                .field("parameterTypes", test.parameterTypes())
                .field("displayName", test.displayName());
        if (!test.invocation().isEmpty()) {
            json.field("invocation", test.invocation());
        }
        json.field("status", test.status().name())
                .field("message", test.message())
                .field("finished", test.finished().toString())
                .field("cores", test.cores());
        decided(json, test);
        json.name("models").beginArray();
        for (int i = 0; i < test.models().size(); i++) {
            ModelAnalysis figures = analysis == null ? null : analysis.models().get(i);
            model(json, test.models().get(i), figures, figures == null ? null : analysis.baseline().get(figures.arm()));
        }
        json.endArray();
        ScalingJson.write(json, test.scaling());
        verdict(json, test.verdict());
        ExplanationJson.explanations(json, test.explanations());
        if (analysis != null) {
            json.array("warnings", analysis.warnings());
        }
        json.endObject();
    }

    /** What the engine decided for the method: stored in parts and the report alike. */
    private static void decided(JsonWriter json, TestRecord test) {
        Classification classification = test.classification();
        Recommendation recommendation = test.recommendation();
        json.field("classification", classification == null ? null : classification.kind().name())
                .field("cpuShare", classification == null ? Double.NaN : classification.cpuShare())
                .field("queuedShare", classification == null ? Double.NaN : classification.queuedShare())
                .field("classificationBasis", classification == null ? null : classification.basis().name())
                .field("classificationText", classification == null ? null : Cells.classification(classification))
                .field("recommended", recommendation == null ? null : recommendation.model().name())
                .fieldOrNull("recommendedConcurrency", recommendation == null ? -1 : recommendation.concurrency())
                .field("recommendation", recommendation == null ? null : recommendation.reason())
                .field("fastest", test.fastest() == null ? null : test.fastest().name())
                .array("comparisonWarnings", test.warnings());
    }

    private static Classification readClassification(JsonObject test) {
        return test.text("classification").map(kind -> new Classification(WorkloadKind.valueOf(kind),
                test.decimal("cpuShare").orElse(Double.NaN), test.decimal("queuedShare").orElse(Double.NaN),
              model(test.text("classificationBasis").orElse(Model.SEQUENTIAL.name())))).orElse(null);
    }

    private static Recommendation readRecommendation(JsonObject test) {
        return test.text("recommended")
                .map(model -> new Recommendation(model(model),
                        (int) (long) test.whole("recommendedConcurrency").orElse(1L), test.text("recommendation").orElse("")))
                .orElse(null);
    }

    /**
     * One model as {@code report.json} shows it; {@code figures} is {@code null} in a part, which
     * holds the raw record only.
     */
    public static void model(JsonWriter json, ModelRecord model, ModelAnalysis figures, BaselineChange change) {
        json.beginObject().field("model", model.model().name())
                .field("status", model.status().name())
                .field("message", model.message())
                .field("tasks", model.tasks())
                .field("concurrency", model.concurrency())
                .field("warmup", model.warmup())
                .field("warmupRounds", model.warmupRounds())
                .field("roundsBasis", model.roundsBasis())
                .field("rounds", model.wallNanos().length);
        if (figures != null) {
            figures(json, figures);
        }
        json.field("startupNanos", Math.max(0, model.startupNanos()));
        latency(json, model.latency());
        json.array("ownRoundWallNanos", model.ownWallNanos())
                .array("roundWallNanos", model.wallNanos())
                .array("roundCpuNanos", model.cpuNanos())
                .array("roundTaskCpuNanos", model.taskCpuNanos())
                .array("roundCarrierBusyNanos", model.busyNanos())
                .array("roundCarrierQueuedNanos", model.queuedNanos())
                .array("notes", model.notes())
                .array("warnings", model.warnings());
        if (model.loopBlocking() != null) {
            loopBlocking(json, model.loopBlocking());
        }
        ExplanationJson.time(json, model.time());
        ExplanationJson.pinning(json, model.pinning());
        if (change != null) {
            baseline(json, change);
        }
        json.endObject();
    }

    private static void loopBlocking(JsonWriter json, LoopBlocking blocking) {
        json.name("loopBlocking").beginObject()
                .field("description", blocking.describe())
                .field("blockedNanos", blocking.blockedNanos())
                .field("loopNanos", blocking.loopNanos())
                .field("wallNanos", blocking.wallNanos())
                .field("rounds", blocking.rounds())
                .field("whereUnknown", blocking.whereUnknownReason());
        json.name("sites").beginArray();
        for (BlockingSite site : blocking.sites()) {
            json.beginObject().field("call", site.call()).field("userFrame", site.userFrame())
                    .field("count", site.count()).field("totalNanos", site.totalNanos()).endObject();
        }
        json.endArray().endObject();
    }

    private static LoopBlocking readLoopBlocking(JsonObject blocking) {
        List<BlockingSite> sites = new ArrayList<>();
        for (JsonObject site : blocking.objects("sites")) {
            sites.add(new BlockingSite(site.requiredText("call"), site.requiredText("userFrame"), site.whole("count", 0),
                    site.whole("totalNanos", 0)));
        }
        return new LoopBlocking(blocking.whole("blockedNanos", 0), blocking.whole("loopNanos", 0),
                blocking.whole("wallNanos", 0), blocking.integer("rounds", 0), sites,
                blocking.text("whereUnknown").orElse(null));
    }

    private static void figures(JsonWriter json, ModelAnalysis figures) {
        json.nanos("medianNanos", figures.medianNanos())
                .nanos("minNanos", figures.measured() ? figures.wall().min() : Double.NaN)
                .nanos("maxNanos", figures.measured() ? figures.wall().max() : Double.NaN)
                .nanos("meanNanos", figures.measured() ? figures.wall().mean() : Double.NaN)
                .field("cv", figures.measured() ? figures.wall().coefficientOfVariation() : Double.NaN)
                .nanos("intervalLowNanos", figures.lowNanos())
                .nanos("intervalHighNanos", figures.highNanos())
                .field("intervalKind", figures.measured() ? figures.interval().kind() : null)
                .field("intervalCoverage", figures.measured() ? figures.interval().coverage() : Double.NaN)
                .field("throughputPerSecond", figures.throughputPerSecond())
                .field("speedup", figures.speedup())
                .nanos("taskNanos", figures.taskNanos())
                .field("taskNanosBasis", figures.taskBasis())
                .nanos("idealNanos", figures.idealNanos())
                .field("efficiency", figures.efficiency())
                .field("cpuOfWall", figures.cpuOfWall())
                .field("taskCpuOfWall", figures.taskCpuOfWall())
                .field("cpuUtilisation", figures.cpuUtilisation())
                .field("computeShare", figures.record().computeShare())
                .field("queuedShare", figures.record().queuedShare());
    }

    private static void latency(JsonWriter json, Latency latency) {
        json.name("latency");
        if (latency == null) {
            json.nullValue();
            return;
        }
        json.beginObject().field("count", latency.count())
                .nanos("meanNanos", latency.meanNanos())
                .field("p50Nanos", latency.p50Nanos())
                .field("p90Nanos", latency.p90Nanos())
                .field("p99Nanos", latency.p99Nanos())
                .field("maxNanos", latency.maxNanos())
                .endObject();
    }

    private static void baseline(JsonWriter json, BaselineChange change) {
        json.name("baseline").beginObject()
                .field("change", change.kind().name())
                .nanos("medianNanos", change.baselineMedianNanos())
                .nanos("intervalLowNanos", change.baselineLowNanos())
                .nanos("intervalHighNanos", change.baselineHighNanos())
                .field("ratio", change.ratio())
                .field("message", change.describe())
                .endObject();
    }

    private static void verdict(JsonWriter json, VerdictRecord verdict) {
        json.name("verdict");
        if (verdict == null) {
            json.nullValue();
        } else {
            json.beginObject().field("status", verdict.status().name())
                    .field("message", verdict.message())
                    .field("mode", verdict.mode())
                    .array("warnings", verdict.warnings())
                    .endObject();
        }
        json.name("verdicts").beginArray();
        for (ClaimRecord claim : verdict == null ? List.<ClaimRecord>of() : verdict.claims()) {
            claim(json, claim);
        }
        json.endArray();
    }

    static void claim(JsonWriter json, ClaimRecord claim) {
        json.beginObject().field("claim", claim.claim())
                .field("holds", claim.holds())
                .field("outcome", claim.outcome())
                .field("message", claim.message());
        claim.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(detail -> json.name(detail.getKey()).any(detail.getValue()));
        json.endObject();
    }

    static TestRecord readTest(JsonObject test) {
        List<ModelRecord> models = new ArrayList<>();
        for (JsonObject model : test.objects("models")) {
            models.add(readModel(model));
        }
        VerdictRecord verdict = test.object("verdict").map(v -> new VerdictRecord(
                status(v.text("status").orElse("PASSED")), v.text("message").orElse(null), v.text("mode").orElse(null),
                readClaims(test.objects("verdicts")), v.texts("warnings"))).orElse(null);
        return new TestRecord(test.requiredText("className"), test.requiredText("methodName"),
                test.text("parameterTypes").orElse(""), test.text("displayName").orElse(test.requiredText("methodName")),
                test.text("invocation").orElse(""), status(test.text("status").orElse("PASSED")),
                test.text("message").orElse(null), models, verdict,
                readClassification(test), test.text("fastest").map(ReportJson::model).orElse(null),
                readRecommendation(test), ScalingJson.read(test), ExplanationJson.readExplanations(test),
                test.texts("comparisonWarnings"),
                test.text("finished").map(Instant::parse).orElse(Instant.EPOCH), test.integer("cores", 1));
    }

    /** A model from {@code report.json} or a part. */
    static ModelRecord readModel(JsonObject model) {
        Latency latency = model.object("latency").map(l -> new Latency(l.whole("count", 0),
                l.decimal("meanNanos").orElse(Double.NaN), l.whole("p50Nanos", 0), l.whole("p90Nanos", 0),
                l.whole("p99Nanos", 0), l.whole("maxNanos", 0))).orElse(null);
        List<PinnedPark> pinning = ExplanationJson.readPinning(model);
        return new ModelRecord(model(model.requiredText("model")), status(model.text("status").orElse("PASSED")),
                model.text("message").orElse(null), model.integer("tasks", 0), model.integer("concurrency", 0),
                model.integer("warmup", 0), model.integer("warmupRounds", model.integer("warmup", 0)),
                model.text("roundsBasis").orElse(ModelRecord.OWN), model.longs("ownRoundWallNanos"),
                model.longs("roundWallNanos"), model.longs("roundCpuNanos"),
                model.longs("roundTaskCpuNanos"), model.longs("roundCarrierBusyNanos"),
                model.longs("roundCarrierQueuedNanos"), latency, startup(model), model.texts("notes"),
                model.texts("warnings"), model.object("loopBlocking").map(ReportJson::readLoopBlocking).orElse(null),
                ExplanationJson.readTime(model, pinning), pinning);
    }

    /** Written as 0 for models without workers, read back as "none". */
    private static long startup(JsonObject model) {
        long nanos = model.whole("startupNanos", -1);
        return nanos > 0 ? nanos : -1;
    }

    static List<ClaimRecord> readClaims(List<JsonObject> claims) {
        List<ClaimRecord> records = new ArrayList<>();
        for (JsonObject claim : claims) {
            Map<String, Object> details = new LinkedHashMap<>();
            for (String name : claim.names()) {
                if (!CLAIM_CORE.contains(name) && claim.raw(name) != null) {
                    details.put(name, claim.raw(name));
                }
            }
            String outcome = claim.text("outcome").orElse("UNKNOWN");
            boolean holds = claim.bool("holds").orElse("HOLDS".equals(outcome));
            records.add(new ClaimRecord(claim.text("claim").orElse("?"), outcome, holds,
                    claim.text("message").orElse(""), details));
        }
        return records;
    }

    public static Model model(String name) {
        try {
            return Model.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("unknown model '" + name + "'");
        }
    }

    private static Status status(String text) {
        try {
            return Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException("unknown status '" + text + "'");
        }
    }
}
