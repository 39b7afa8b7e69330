package io.github.rununder.internal.report.json;

import io.github.rununder.internal.report.ScalingRecord;
import io.github.rununder.internal.stats.ParameterInterval;
import io.github.rununder.internal.stats.UslCurve;
import io.github.rununder.internal.stats.UslFit;
import io.github.rununder.internal.stats.UslIntervals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A method's {@code "scaling"} array in {@code report.json} and in parts: per swept model, the
 * fitted law with its intervals, the best concurrency and the words, as the engine found them.
 * JSON has no infinity: an unbounded peak (κ = 0) is written as {@code null} and read back as
 * {@code +∞}; so is an unbounded end of its interval.
 */
final class ScalingJson {

    private ScalingJson() {}

    static void write(JsonWriter json, List<ScalingRecord> scaling) {
        json.name("scaling").beginArray();
        for (ScalingRecord model : scaling) {
            UslIntervals fit = model.fit();
            json.beginObject().field("model", model.model().name());
            json.name("levels").beginArray();
            model.levels().forEach(level -> json.value(level));
            json.endArray();
            json.field("sigma", fit == null ? Double.NaN : fit.sigma().estimate())
                    .field("kappa", fit == null ? Double.NaN : fit.kappa().estimate())
                    .field("lambda", fit == null ? Double.NaN : fit.lambda().estimate())
                    .field("rSquared", fit == null ? Double.NaN : fit.fit().rSquared())
                    .field("peakConcurrency", fit == null ? Double.NaN : fit.peakConcurrency().estimate())
                    .field("bestConcurrency", model.bestConcurrency());
            if (fit != null) {
                interval(json, "sigmaInterval", fit.sigma());
                interval(json, "kappaInterval", fit.kappa());
                interval(json, "lambdaInterval", fit.lambda());
                interval(json, "peakConcurrencyInterval", fit.peakConcurrency());
                json.field("confidence", fit.confidence()).field("resamples", fit.resamples())
                        .field("residualSquares", fit.fit().residualSquares());
            }
            json.field("description", model.description()).endObject();
        }
        json.endArray();
    }

    private static void interval(JsonWriter json, String name, ParameterInterval interval) {
        json.name(name).beginArray().value(interval.lower()).value(interval.upper()).endArray();
    }

    static List<ScalingRecord> read(JsonObject test) {
        List<ScalingRecord> scaling = new ArrayList<>();
        for (JsonObject model : test.objects("scaling")) {
            List<Integer> levels = Arrays.stream(model.longs("levels")).mapToInt(level -> (int) level).boxed().toList();
            UslIntervals fit = model.decimal("sigma").isEmpty() ? null : fit(model);
            scaling.add(new ScalingRecord(ReportJson.model(model.requiredText("model")), levels, fit,
                    model.integer("bestConcurrency", 1), model.text("description").orElse("")));
        }
        return scaling;
    }

    private static UslIntervals fit(JsonObject model) {
        double sigma = model.decimal("sigma").orElseThrow();
        double kappa = model.decimal("kappa").orElse(0.0);
        double lambda = model.decimal("lambda").orElse(0.0);
        double peak = model.decimal("peakConcurrency").orElse(Double.POSITIVE_INFINITY);
        UslFit fit = new UslFit(new UslCurve(lambda, sigma, kappa), model.decimal("rSquared").orElse(Double.NaN),
                model.decimal("residualSquares").orElse(Double.NaN));
        return new UslIntervals(fit, interval(model, "sigmaInterval", sigma, sigma),
                interval(model, "kappaInterval", kappa, kappa), interval(model, "lambdaInterval", lambda, lambda),
                interval(model, "peakConcurrencyInterval", peak, Double.POSITIVE_INFINITY),
                model.decimal("confidence").orElse(Double.NaN), model.integer("resamples", 0));
    }

    /** An interval written as {@code [lower, upper]}; a {@code null} bound is {@code unbounded}. */
    private static ParameterInterval interval(JsonObject model, String name, double estimate, double unbounded) {
        List<Double> bounds = model.decimals(name);
        double lower = bounds.size() == 2 && bounds.get(0) != null ? bounds.get(0) : unbounded;
        double upper = bounds.size() == 2 && bounds.get(1) != null ? bounds.get(1) : unbounded;
        return new ParameterInterval(estimate, lower, upper);
    }
}
