package io.github.rununder.internal.report;

import io.github.rununder.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one node of a {@code @RunUnder} method from what it published ({@link NodeEntries}), and
 * where it published nothing (it failed first), from its display name: {@code [2] THREADS ×8 ...}
 * or {@code [5] verdict ...}.
 */
final class NodeNameParser {

    private static final Pattern NAME = Pattern.compile("^\\[\\d+] (\\w+)");

    private NodeNameParser() {}

    static boolean isVerdict(String displayName) {
        Matcher matcher = NAME.matcher(displayName);
        return matcher.find() && matcher.group(1).equals("verdict");
    }

    static Optional<Model> modelOf(String displayName) {
        Matcher matcher = NAME.matcher(displayName);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Model.valueOf(matcher.group(1)));
        } catch (IllegalArgumentException notAModel) {
            return Optional.empty();
        }
    }

    /** The model node: measured when it published a result, else what its plan or its name tells. */
    static Optional<ModelRecord> model(String displayName, Map<String, String> published, Status status, String message) {
        try {
            String result = published.get(NodeEntries.RESULT);
            if (result != null) {
                ModelRecord measured = ReportJson.readModel(JsonReader.parseObject(result));
                return Optional.of(status == Status.PASSED ? measured : measured.withStatus(status, message));
            }
            String node = published.get(NodeEntries.NODE);
            if (node != null) {
                JsonObject plan = JsonReader.parseObject(node);
                return Optional.of(ModelRecord.unmeasured(ReportJson.model(plan.requiredText("model")), status, message,
                        plan.integer("tasks", 0), plan.integer("concurrency", 0), plan.integer("warmup", 0)));
            }
        } catch (MalformedJsonException unreadable) {
            // fall back on the name below
        }
        return modelOf(displayName).map(model -> ModelRecord.unmeasured(model, status, message, 0, 0, 0));
    }

    /**
     * The models the verdict node measured more rounds of, with all their rounds; empty when it
     * measured none or published nothing.
     */
    static List<ModelRecord> remeasured(Map<String, String> published) {
        String verdict = published.get(NodeEntries.VERDICT);
        List<ModelRecord> models = new ArrayList<>();
        if (verdict != null) {
            try {
                for (JsonObject model : JsonReader.parseObject(verdict).objects("remeasured")) {
                    models.add(ReportJson.readModel(model));
                }
            } catch (MalformedJsonException unreadable) {
                return List.of();
            }
        }
        return models;
    }

    /** The verdict node: its claims when it published them, its status and message always. */
    static VerdictRecord verdict(Map<String, String> published, Status status, String message) {
        String mode = null;
        List<ClaimRecord> claims = List.of();
        String verdict = published.get(NodeEntries.VERDICT);
        if (verdict != null) {
            try {
                JsonObject json = JsonReader.parseObject(verdict);
                mode = json.text("mode").orElse(null);
                claims = ReportJson.readClaims(json.objects("verdicts"));
            } catch (MalformedJsonException unreadable) {
                // status and message still say what happened
            }
        }
        String warning = published.get("rununder.warning");
        return new VerdictRecord(status, message, mode, claims, warning == null ? List.of() : List.of(warning));
    }
}
