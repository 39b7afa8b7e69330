package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.report.json.JsonObject;
import io.github.rununder.internal.report.json.JsonReader;
import io.github.rununder.internal.report.json.MalformedJsonException;
import io.github.rununder.internal.report.json.ReportJson;
import io.github.rununder.internal.stats.MedianShift;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code report.json} of an earlier run ({@code rununder.baseline}), read once per run, against
 * which each model's median is compared. A model is {@link BaselineChange.Kind#SLOWER slower}
 * only when this run's whole interval lies above the baseline's: with five rounds on each side
 * and no real change, that happens by chance once in 252 comparisons, where "median above the
 * baseline's maximum" would happen once in twelve.
 */
public final class Baseline {

    /** Larger than any report of tens of thousands of methods: a bigger file is not one. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String source;
    private final Map<String, Map<Model, List<Entry>>> byKey = new HashMap<>();
    private final Map<String, Map<Model, List<Entry>>> byName = new HashMap<>();

    private Baseline(String source) {
        this.source = source;
    }

    /** One model of the baseline (at one level, in a sweep): its workload and its median with interval. */
    record Entry(int tasks, int concurrency, double medianNanos, double lowNanos, double highNanos) {}

    /**
     * Reads {@code file}.
     *
     * @throws IOException when it cannot be read
     * @throws MalformedJsonException when it is not a RunUnder report of schema {@value ReportJson#SCHEMA}
     */
    public static Baseline read(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file" + (Files.isDirectory(file) ? " but a directory" : ""));
        }
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size > MAX_BYTES) {
            throw new IOException(file + " has " + size + " bytes, more than a report of RunUnder's has (at most "
                    + MAX_BYTES / (1024 * 1024) + " MiB are read)");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static Baseline parse(String json, String source) {
        JsonObject report = JsonReader.parseObject(json);
        long schema = report.whole("schema").orElseThrow(() -> new MalformedJsonException(
                "not a RunUnder report: 'schema' is missing"));
        if (schema != ReportJson.SCHEMA) {
            throw new MalformedJsonException("it has schema " + schema + ", this version of RunUnder reads schema "
                    + ReportJson.SCHEMA);
        }
        Baseline baseline = new Baseline(source);
        for (JsonObject test : report.objects("tests")) {
            Map<Model, List<Entry>> models = new EnumMap<>(Model.class);
            for (JsonObject model : test.objects("models")) {
                entry(model).ifPresent(e -> models.computeIfAbsent(ReportJson.model(model.requiredText("model")),
                        m -> new ArrayList<>()).add(e));
            }
            String className = test.requiredText("className");
            String methodName = test.requiredText("methodName");
            String invocation = test.text("invocation").orElse("");
            baseline.byKey.put(TestRecord.key(className, methodName, test.text("parameterTypes").orElse(""), invocation),
                    models);
            if (invocation.isEmpty()) {
                baseline.byName.merge(className + "#" + methodName, models, (a, b) -> Map.of());
            }
        }
        return baseline;
    }

    private static Optional<Entry> entry(JsonObject model) {
        Optional<Double> median = model.decimal("medianNanos");
        if (median.isEmpty()) {
            return Optional.empty();
        }
        double low = model.decimal("intervalLowNanos").or(() -> model.decimal("minNanos")).orElse(median.get());
        double high = model.decimal("intervalHighNanos").or(() -> model.decimal("maxNanos")).orElse(median.get());
        for (double value : new double[] {median.get(), low, high}) {
            if (!Double.isFinite(value) || value < 0) {
                throw new MalformedJsonException("a model's median or interval is " + value + " ns, where times are"
                        + " finite and not negative (" + model.text("model").orElse("a model") + ")");
            }
        }
        return Optional.of(new Entry(model.integer("tasks", -1), model.integer("concurrency", -1), median.get(), low, high));
    }

    /** Where the baseline was read from, for messages. */
    public String source() {
        return source;
    }

    /**
     * Compares the models a method measured with the baseline of the same method and, when it ran
     * in a class-template invocation ({@code invocation} not empty), of the same invocation.
     */
    public List<BaselineChange> compare(String className, String methodName, String parameterTypes, String invocation,
            Collection<ModelOutcome> outcomes) {
        List<ModelAnalysis> figures = new ArrayList<>();
        for (ModelOutcome outcome : outcomes) {
            if (outcome.measured()) {
                figures.add(ModelAnalysis.of(ModelRecord.of(outcome, 0, Status.PASSED, null), outcome.arm(), null, 1));
            }
        }
        return compare(TestRecord.key(className, methodName, parameterTypes, invocation),
                invocation.isEmpty() ? className + "#" + methodName : null, figures);
    }

    List<BaselineChange> compare(TestRecord test, List<ModelAnalysis> figures) {
        return compare(test.key(), test.invocation().isEmpty() ? test.className() + "#" + test.methodName() : null,
                figures);
    }

    /**
     * By the full key; else, for a method outside any invocation, by class and method name alone (a
     * hand-written baseline without parameter types). An invocation meets only the same invocation:
     * another parameter set is another workload.
     */
    private List<BaselineChange> compare(String key, String name, List<ModelAnalysis> figures) {
        Map<Model, List<Entry>> models = Optional.ofNullable(byKey.get(key))
                .orElseGet(() -> name == null ? Map.of() : byName.getOrDefault(name, Map.of()));
        List<BaselineChange> changes = new ArrayList<>();
        for (ModelAnalysis current : figures) {
            Entry before = before(models.getOrDefault(current.model(), List.of()), current.record().concurrency());
            if (before != null && current.measured()) {
                changes.add(change(current, before));
            }
        }
        return changes;
    }

    /**
     * The baseline's entry at {@code concurrency}; where the model ran at one level only, that one,
     * which a changed concurrency then makes not comparable.
     */
    private static Entry before(List<Entry> entries, int concurrency) {
        for (Entry entry : entries) {
            if (entry.concurrency() == concurrency) {
                return entry;
            }
        }
        return entries.size() == 1 ? entries.get(0) : null;
    }

    private static BaselineChange change(ModelAnalysis current, Entry before) {
        ModelRecord record = current.record();
        String reason = null;
        BaselineChange.Kind kind;
        if (before.tasks() >= 0 && before.tasks() != record.tasks()) {
            kind = BaselineChange.Kind.NOT_COMPARABLE;
            reason = "it ran " + before.tasks() + " tasks per round, this run " + record.tasks();
        } else if (before.concurrency() >= 0 && before.concurrency() != record.concurrency()) {
            kind = BaselineChange.Kind.NOT_COMPARABLE;
            reason = "its concurrency was " + before.concurrency() + ", this run's " + record.concurrency();
        } else {
            kind = switch (MedianShift.of(current.lowNanos(), current.highNanos(), before.lowNanos(), before.highNanos())) {
                case SLOWER -> BaselineChange.Kind.SLOWER;
                case FASTER -> BaselineChange.Kind.FASTER;
                case UNCHANGED -> BaselineChange.Kind.UNCHANGED;
            };
        }
        return new BaselineChange(current.arm(), kind, before.medianNanos(), before.lowNanos(), before.highNanos(),
                current.medianNanos(), current.lowNanos(), current.highNanos(), reason);
    }
}
