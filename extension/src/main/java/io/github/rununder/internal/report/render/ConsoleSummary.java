package io.github.rununder.internal.report.render;

import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.ScalingRecord;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.stats.SignificantDigits;
import io.github.rununder.internal.stats.UslIntervals;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few lines printed at the end of a test JVM's run: one per {@code @RunUnder} method it ran
 * (and under a sweep one per swept model: its fitted law and best concurrency; one per explanation of
 * why a model was slower), and where the whole report is.
 */
public final class ConsoleSummary {

    private ConsoleSummary() {}

    public static String write(Report report, List<TestRecord> ran, Path html) {
        Map<String, TestAnalysis> byKey = new HashMap<>();
        report.tests().forEach(t -> byKey.put(t.test().key(), t));
        int width = Math.min(48, ran.stream().mapToInt(t -> t.shortName().length()).max().orElse(10));
        StringBuilder out = new StringBuilder("\nRunUnder: ").append(ran.size())
                .append(ran.size() == 1 ? " @RunUnder method" : " @RunUnder methods");
        if (report.tests().size() != ran.size()) {
            out.append(" here, ").append(report.tests().size()).append(" in the report");
        }
        out.append('\n');
        for (TestRecord test : ran) {
            TestAnalysis analysis = byKey.get(test.key());
            String recommended = analysis == null ? Cells.NONE : Cells.recommended(analysis);
            String fastest = analysis == null ? Cells.NONE : Cells.model(analysis.fastest());
            String kind = analysis == null ? Cells.NONE : Cells.kind(analysis);
            out.append(String.format(Locale.ROOT, "  %-7s %-" + width + "s  %-14s fastest %-15s recommended %-15s %s%n",
                    test.status(), clip(test.shortName(), width), kind, fastest, recommended, Cells.verdicts(test)));
            for (ScalingRecord model : test.scaling()) {
                out.append(String.format(Locale.ROOT, "          %-16s %s%n", model.model(), scaling(model)));
            }
            test.explanations().forEach(e -> out.append("          ").append(oneLine(e.text())).append('\n'));
        }
        out.append("  report: ").append(html.toUri()).append('\n');
        return out.toString();
    }

    /** {@code σ 0.0403  κ 0  N* ∞  best 8  R² 0.959}, or the best concurrency alone without a fit. */
    private static String scaling(ScalingRecord model) {
        UslIntervals fit = model.fit();
        if (fit == null) {
            return "best " + model.bestConcurrency() + " (" + model.levels().size() + " levels: no fit)";
        }
        return "σ " + SignificantDigits.of(fit.sigma().estimate(), 3) + "  κ " + SignificantDigits.of(fit.kappa().estimate(), 3)
                + "  N* " + SignificantDigits.of(fit.peakConcurrency().estimate(), 3) + "  best " + model.bestConcurrency()
                + "  R² " + SignificantDigits.of(fit.fit().rSquared(), 3);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
    }
}
