package io.github.rununder.internal.report.render;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.report.ExplanationRecord;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.TestAnalysis;
import java.util.List;

/**
 * Where the time went, in {@code report.html}: the explanations of why a model was slower, the
 * time budget of each model as a stacked bar, and the virtual threads pinned to their carriers.
 */
final class TimeSection {

    private TimeSection() {}

    static void write(StringBuilder out, TestAnalysis test) {
        List<ExplanationRecord> explanations = test.test().explanations();
        boolean budgets = Budgets.any(test.models());
        if (explanations.isEmpty() && !budgets) {
            pinning(out, test);
            return;
        }
        out.append("<h3>Where the time went</h3>\n");
        if (!explanations.isEmpty()) {
            out.append("<ul class=\"explain\">\n");
            for (ExplanationRecord explanation : explanations) {
                out.append("<li>").append(Html.escape(explanation.text())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (budgets) {
            BudgetChart.write(out, test.models(), test.test().shortName()
                    + ": thread time per task of each model, by where it went");
            out.append("<p class=\"reason\">Thread time per task: from each task's start to its end, on the threads"
                    + " that ran it, over the rounds the models were compared on, split by what the flight recording"
                    + " saw them do; pauses count for every thread they stopped. Under each bar: the largest wait with"
                    + " its top site (the frame it waited in ← the test's frame) and how fast the tasks"
                    + " allocated.</p>\n");
        }
        pinning(out, test);
    }

    /** Per model whose virtual threads were pinned: where, why, how often and how long. */
    private static void pinning(StringBuilder out, TestAnalysis test) {
        for (ModelAnalysis model : test.models()) {
            List<PinnedPark> pinning = model.record().pinning();
            if (pinning.isEmpty()) {
                continue;
            }
            out.append("<h3>").append(Html.escape(model.arm().toString()))
                    .append(": virtual threads pinned to their carriers</h3>\n")
                    .append("<table class=\"pinning\"><thead><tr><th>Site</th><th>Reason</th><th>Times</th>")
                    .append("<th>In all</th></tr></thead><tbody>\n");
            for (PinnedPark park : pinning) {
                out.append("<tr><td><code>").append(Html.escape(park.site())).append("</code></td><td>")
                        .append(Html.escape(park.reason())).append("</td><td class=\"n\">").append(park.count())
                        .append("</td><td class=\"n\">").append(Html.escape(Durations.format(park.totalNanos())))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
    }
}
