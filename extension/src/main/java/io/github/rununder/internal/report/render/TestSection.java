package io.github.rununder.internal.report.render;

import io.github.rununder.internal.measure.BlockingSite;
import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.LoopBlocking;
import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.ClaimRecord;
import io.github.rununder.internal.report.Latency;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.ModelRecord;
import io.github.rununder.internal.report.Status;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.VerdictRecord;
/** The section of {@code report.html} for one method: status, chart, figures, verdicts, warnings. */
public final class TestSection {

    private TestSection() {}

    static void write(StringBuilder out, TestAnalysis test, int index) {
        TestRecord record = test.test();
        out.append("<section class=\"test\" id=\"test-").append(index).append("\">\n<h2>")
                .append(Html.escape(record.shortName())).append(' ').append(status(record.status())).append("</h2>\n")
                .append("<p class=\"meta\">").append(Html.escape(record.className() + "#" + record.methodName()
                        + "(" + record.parameterTypes() + ")")).append("</p>\n");
        if (record.message() != null) {
            out.append("<pre>").append(Html.escape(record.message())).append("</pre>\n");
        }
        if (test.classification() != null) {
            out.append("<p class=\"reason\"><b>Workload:</b> ").append(Html.escape(Cells.classification(test.classification())))
                    .append("</p>\n");
        }
        if (test.recommendation() != null) {
            out.append("<p class=\"reason\"><b>Recommended: ").append(Html.escape(Cells.recommended(test)))
                    .append("</b> — ").append(Html.escape(test.recommendation().reason())).append("</p>\n");
        }
        if (!test.models().isEmpty()) {
            BarChart.write(out, test, record.shortName() + ": median round time per model, with "
                    + "interval whiskers");
            models(out, test);
        }
        ScalingSection.write(out, test);
        TimeSection.write(out, test);
        verdicts(out, record.verdict());
        if (!test.warnings().isEmpty()) {
            out.append("<h3>Warnings</h3>\n");
            HtmlReport.list(out, "warn", test.warnings());
        }
        loopBlocking(out, test);
        notes(out, test);
        out.append("</section>\n");
    }

    /** The tasks that blocked the ASYNC event loop: where, through which call, how often, how long. */
    private static void loopBlocking(StringBuilder out, TestAnalysis test) {
        for (ModelAnalysis model : test.models()) {
            LoopBlocking blocking = model.record().loopBlocking();
            if (blocking == null) {
                continue;
            }
            out.append("<h3>").append(Html.escape(model.arm().toString())).append(": tasks blocked the event loop</h3>\n<p>")
                    .append(Html.escape(blocking.describe())).append("</p>\n");
            if (!blocking.sites().isEmpty()) {
                out.append("<table><thead><tr><th>Blocking call</th><th>Task code</th><th>Times</th><th>In all</th>"
                        + "</tr></thead><tbody>\n");
                for (BlockingSite site : blocking.sites()) {
                    out.append("<tr><td>").append(Html.escape(site.call())).append("</td><td><code>")
                            .append(Html.escape(site.userFrame())).append("</code></td><td>").append(site.count())
                            .append("</td><td>").append(Durations.format(site.totalNanos())).append("</td></tr>\n");
                }
                out.append("</tbody></table>\n");
            }
        }
    }

    static String status(Status status) {
        return "<span class=\"status " + status.name() + "\">" + status.name() + "</span>";
    }

    private static void models(StringBuilder out, TestAnalysis test) {
        boolean baseline = !test.baseline().isEmpty();
        out.append("<div class=\"scroll\"><table class=\"models\">\n<thead><tr><th>Model</th><th>Tasks</th>")
                .append("<th>Rounds</th><th>Median</th><th>Interval</th><th>Alone</th><th>Throughput</th><th>Speed-up</th>")
                .append("<th>Efficiency</th><th>CPU of wall</th><th>Machine</th><th>Start-up</th><th>Latency p50 / p99</th>");
        if (baseline) {
            out.append("<th>Baseline</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (ModelAnalysis model : test.models()) {
            ModelRecord record = model.record();
            out.append("<tr><td>").append(Html.escape(Cells.label(record))).append("</td>");
            cell(out, Integer.toString(record.tasks()));
            cell(out, Integer.toString(record.wallNanos().length));
            cell(out, Cells.median(model));
            cell(out, Cells.interval(model) + (model.measured() ? " (" + model.interval().kind() + ")" : ""));
            cell(out, Cells.ownMedian(record));
            cell(out, Cells.throughput(model.throughputPerSecond()));
            cell(out, Cells.factor(model.speedup()));
            cell(out, Cells.percent(model.efficiency()));
            cell(out, Cells.percent(Double.isNaN(model.taskCpuOfWall()) ? model.cpuOfWall() : model.taskCpuOfWall()));
            cell(out, Cells.percent(model.cpuUtilisation()));
            cell(out, Cells.startup(record));
            cell(out, Cells.latency(record));
            if (baseline) {
                BaselineChange change = test.baseline().get(model.arm());
                out.append("<td class=\"").append(change != null && change.slower() ? "bad" : "").append("\">")
                        .append(Html.escape(Cells.baseline(change))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        out.append("<p class=\"reason\">Rounds, median, interval and everything derived from them: the rounds the models"
                + " were compared on, measured interleaved. Alone: the median of each model's own rounds in its node,"
                + " measured one model after another.</p>\n");
        for (ModelAnalysis model : test.models()) {
            if (model.record().message() != null) {
                out.append("<p><b>").append(Html.escape(model.arm().toString())).append(' ').append(model.record().status())
                        .append(":</b></p>")
                        .append("<pre>").append(Html.escape(model.record().message())).append("</pre>\n");
            }
        }
    }

    private static void cell(StringBuilder out, String text) {
        out.append("<td class=\"n\">").append(Html.escape(text)).append("</td>");
    }

    private static void verdicts(StringBuilder out, VerdictRecord verdict) {
        if (verdict == null) {
            return;
        }
        if (!verdict.claims().isEmpty()) {
            out.append("<h3>Verdicts</h3>\n<ul>\n");
            for (ClaimRecord claim : verdict.claims()) {
                boolean unchecked = "NOT_CHECKED".equals(claim.outcome());
                out.append("<li class=\"").append(claim.holds() ? "good" : unchecked ? "warn" : "bad").append("\">")
                        .append(claim.holds() ? "✔ " : unchecked ? "– " : "✘ ").append(Html.escape(claim.claim())).append(" — ")
                        .append(Html.escape(claim.outcome())).append(": ").append(Html.escape(claim.message()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (verdict.message() != null) {
            out.append("<p><b>Verdict ").append(verdict.status()).append(":</b></p><pre>")
                    .append(Html.escape(verdict.message())).append("</pre>\n");
        }
    }

    private static void notes(StringBuilder out, TestAnalysis test) {
        StringBuilder notes = new StringBuilder();
        for (ModelAnalysis model : test.models()) {
            for (String note : model.record().notes()) {
                notes.append("<li>").append(Html.escape(model.arm().toString())).append(": ").append(Html.escape(note))
                        .append("</li>\n");
            }
        }
        if (!notes.isEmpty()) {
            out.append("<h3>Notes</h3>\n<ul>\n").append(notes).append("</ul>\n");
        }
    }
}
