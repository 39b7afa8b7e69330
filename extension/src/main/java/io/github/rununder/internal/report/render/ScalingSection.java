package io.github.rununder.internal.report.render;

import io.github.rununder.internal.report.ScalingRecord;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.stats.ParameterInterval;
import io.github.rununder.internal.stats.SignificantDigits;
import io.github.rununder.internal.stats.UslIntervals;

/**
 * The scaling of a sweep in {@code report.html}: the chart of throughput against concurrency and a
 * table of each model's fitted law (σ, κ, λ with their bootstrap intervals, R², N*), its best
 * concurrency and what limits it.
 */
final class ScalingSection {

    private ScalingSection() {}

    static void write(StringBuilder out, TestAnalysis test) {
        if (test.test().scaling().isEmpty()) {
            return;
        }
        out.append("<h3>Scaling</h3>\n");
        ScalingChart.write(out, test, test.test().shortName() + ": throughput against concurrency per model, with"
                + " interval whiskers, the fitted Universal Scalability Law and its peak N*");
        out.append("<div class=\"scroll\"><table class=\"models scaling\">\n<thead><tr><th>Model</th><th>Levels</th>")
                .append("<th>σ contention</th><th>κ coherency</th><th>λ at 1</th><th>R²</th><th>N* peak</th>")
                .append("<th>Best concurrency</th><th>What limits it</th></tr></thead>\n<tbody>\n");
        for (ScalingRecord model : test.test().scaling()) {
            UslIntervals fit = model.fit();
            out.append("<tr><td>").append(model.model()).append("</td>");
            cell(out, model.levels().toString());
            cell(out, fit == null ? Cells.NONE : estimate(fit.sigma()));
            cell(out, fit == null ? Cells.NONE : estimate(fit.kappa()));
            cell(out, fit == null ? Cells.NONE : Cells.throughput(fit.lambda().estimate()));
            cell(out, fit == null ? Cells.NONE : SignificantDigits.of(fit.fit().rSquared(), 3));
            cell(out, fit == null ? Cells.NONE : estimate(fit.peakConcurrency()));
            cell(out, Integer.toString(model.bestConcurrency()));
            out.append("<td>").append(Html.escape(model.description())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n<p class=\"reason\">Throughput: tasks per second of each round the models"
                + " were compared on. The law X(N) = λN / (1 + σ(N−1) + κN(N−1)) is fitted to every round of three"
                + " levels or more; in brackets the 95% intervals of a bootstrap over rounds. Best concurrency: the"
                + " smallest level within noise of the highest throughput.</p>\n");
    }

    /** {@code 0.0412 (0.0144–0.0739)}. */
    static String estimate(ParameterInterval parameter) {
        return SignificantDigits.of(parameter.estimate(), 3) + " (" + SignificantDigits.of(parameter.lower(), 3) + "–"
                + SignificantDigits.of(parameter.upper(), 3) + ")";
    }

    private static void cell(StringBuilder out, String text) {
        out.append("<td class=\"n\">").append(Html.escape(text)).append("</td>");
    }
}
