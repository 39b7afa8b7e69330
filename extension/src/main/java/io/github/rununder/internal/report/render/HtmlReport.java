package io.github.rununder.internal.report.render;

import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.Status;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.json.ReportJson;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, nothing loaded
 * from anywhere) with a summary table and, per method, its chart, its models' figures, its
 * verdicts, classification, recommendation and warnings. Every text that comes from a test (names,
 * messages) is escaped.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;\
            padding:0 16px;color:#1d1d1f;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}h3{font-size:14px;margin:14px 0 4px}
            table{border-collapse:collapse;margin:6px 0 10px;font-variant-numeric:tabular-nums}
            th,td{border-bottom:1px solid #ddd;padding:3px 9px;text-align:left;vertical-align:top}
            th{background:#f3f4f6;font-weight:600}td.n{text-align:right;white-space:nowrap}
            .scroll{overflow-x:auto}table.models{font-size:13px}
            .meta{color:#555;margin:0 0 8px}.test{border-top:2px solid #e5e7eb;margin-top:20px}
            .status{font-size:12px;font-weight:700;padding:1px 6px;border-radius:3px;color:#fff;background:#6b7280}
            .PASSED{background:#2f7d4f}.FAILED{background:#b42318}.ABORTED,.SKIPPED{background:#8a6d00}
            .reason{margin:4px 0}.warn{color:#8a4b00}.bad{color:#b42318}.good{color:#2f7d4f}
            pre{white-space:pre-wrap;background:#fbf1f0;border-left:3px solid #b42318;padding:6px 10px;margin:6px 0}
            svg.chart{display:block;max-width:100%;height:auto;margin:6px 0}
            svg .label,svg .value,svg .tick{font-size:12px;fill:#1d1d1f}svg .missing{font-size:12px;fill:#b42318}
            table.scaling td:last-child{white-space:normal;min-width:280px}
            svg .caption{font-size:11px;fill:#444}svg .none{font-size:12px;fill:#777}ul.explain li{margin:2px 0}
            a{color:#1d4ed8}
            """;

    private HtmlReport() {}

    static String write(Report report) {
        return render(report).toString();
    }

    /** The page, unconverted: the store streams it to the file without a copy as one string. */
    public static StringBuilder render(Report report) {
        StringBuilder out = new StringBuilder(8192 + report.tests().size() * 6000);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>RunUnder report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(out, report);
        summary(out, report);
        for (int i = 0; i < report.tests().size(); i++) {
            TestSection.write(out, report.tests().get(i), i + 1);
        }
        out.append("<footer class=\"meta\"><p>").append(Html.escape(report.environment().describe()))
                .append(" · schema ").append(ReportJson.SCHEMA).append(" · ").append(report.parts())
                .append(report.parts() == 1 ? " part" : " parts").append("</p></footer>\n</body>\n</html>\n");
        return out;
    }

    private static void header(StringBuilder out, Report report) {
        long failed = report.failed();
        out.append("<header>\n<h1>RunUnder report</h1>\n<p class=\"meta\">").append(report.tests().size())
                .append(report.tests().size() == 1 ? " method" : " methods");
        if (failed > 0) {
            out.append(", <span class=\"bad\">").append(failed).append(" failed</span>");
        }
        out.append(" · ").append(Html.escape(report.generated().toString()));
        if (report.baselineSource() != null) {
            out.append(" · baseline ").append(Html.escape(report.baselineSource()));
        }
        out.append("</p>\n");
        list(out, "warn", report.warnings());
        out.append("<details class=\"meta\"><summary>How to read the figures</summary><p>")
                .append("<b>Median</b>: median wall time of a measured round of all tasks. ")
                .append("<b>Interval</b>: 95% confidence interval of the median from order statistics; with fewer ")
                .append("than 6 rounds, the range (min–max). ")
                .append("<b>Speed-up</b>: the SEQUENTIAL median over the model's. ")
                .append("<b>Efficiency</b>: the ideal round time ceil(N/P)·t over the median, for N tasks at ")
                .append("concurrency P and t the SEQUENTIAL median task latency. ")
                .append("<b>CPU of wall</b>: CPU time of the threads that carried the tasks (the process, where ")
                .append("unknown) over wall time; the workload's kind is judged on it. ")
                .append("<b>Machine</b>: process CPU time over wall time and cores.</p></details>\n");
        out.append("</header>\n");
    }

    private static void summary(StringBuilder out, Report report) {
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<table>\n<thead><tr><th>Method</th><th>Status</th>")
                .append("<th>Workload</th><th>Recommended</th><th>Fastest</th><th>Best speed-up</th><th>Verdicts</th>");
        if (report.baselineSource() != null) {
            out.append("<th>Baseline</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.tests().size(); i++) {
            TestAnalysis test = report.tests().get(i);
            out.append("<tr><td><a href=\"#test-").append(i + 1).append("\">")
                    .append(Html.escape(test.test().shortName())).append("</a></td><td>")
                    .append(TestSection.status(test.test().status())).append("</td><td>")
                    .append(Html.escape(Cells.kind(test))).append("</td><td>")
                    .append(Html.escape(Cells.recommended(test)))
                    .append("</td><td>").append(Html.escape(Cells.model(test.fastest()))).append("</td><td class=\"n\">")
                    .append(Html.escape(Cells.factor(bestSpeedup(test)))).append("</td><td>")
                    .append(Html.escape(Cells.verdicts(test.test()))).append("</td>");
            if (report.baselineSource() != null) {
                out.append("<td class=\"").append(test.regressions().isEmpty() ? "" : "bad").append("\">")
                        .append(Html.escape(Cells.regressions(test))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    static double bestSpeedup(TestAnalysis test) {
        return test.models().stream().mapToDouble(ModelAnalysis::speedup).filter(s -> !Double.isNaN(s)).max()
                .orElse(Double.NaN);
    }

    static void list(StringBuilder out, String cssClass, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<ul class=\"").append(cssClass).append("\">\n");
        for (String item : items) {
            out.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }
}
