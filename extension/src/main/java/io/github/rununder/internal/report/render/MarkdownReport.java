package io.github.rununder.internal.report.render;

import io.github.rununder.internal.measure.Durations;
import io.github.rununder.internal.measure.PinnedPark;
import io.github.rununder.internal.measure.TimeBudget;
import io.github.rununder.internal.measure.TimePart;
import io.github.rununder.internal.report.Baseline;
import io.github.rununder.internal.report.BaselineChange;
import io.github.rununder.internal.report.ClaimRecord;
import io.github.rununder.internal.report.ModelAnalysis;
import io.github.rununder.internal.report.ModelRecord;
import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.ScalingRecord;
import io.github.rununder.internal.report.Status;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.stats.SignificantDigits;
import io.github.rununder.internal.stats.UslIntervals;
import java.util.List;
/**
 * {@code report.md}: a summary table of every method and a compact table of models per method,
 * with failed claims, regressions and the recommendation; fit for a CI job summary
 * ({@code $GITHUB_STEP_SUMMARY}) or a pull-request comment. Text from tests is escaped so that a
 * method name can never break a table or inject markup.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    static String write(Report report) {
        return render(report).toString();
    }

    public static StringBuilder render(Report report) {
        StringBuilder out = new StringBuilder(2048 + report.tests().size() * 900);
        out.append("## RunUnder report\n\n").append(report.tests().size())
                .append(report.tests().size() == 1 ? " method" : " methods");
        if (report.failed() > 0) {
            out.append(", **").append(report.failed()).append(" failed**");
        }
        out.append(" · ").append(escape(report.environment().describe()));
        if (report.baselineSource() != null) {
            out.append(" · baseline ").append(escape(report.baselineSource()));
        }
        out.append("\n\n");
        report.warnings().forEach(w -> out.append("> ⚠️ ").append(escape(w)).append("\n"));
        boolean baseline = report.baselineSource() != null;
        out.append("| | Method | Workload | Recommended | Fastest | Verdicts |").append(baseline ? " Baseline |" : "")
                .append("\n|---|---|---|---|---|---|").append(baseline ? "---|" : "").append('\n');
        for (TestAnalysis test : report.tests()) {
            out.append("| ").append(icon(test.test().status())).append(" | ").append(escape(test.test().shortName()))
                    .append(" | ").append(Cells.kind(test)).append(" | ")
                    .append(Cells.recommended(test))
                    .append(" | ").append(Cells.model(test.fastest())).append(" | ").append(Cells.verdicts(test.test()))
                    .append(" |");
            if (baseline) {
                out.append(' ').append(Cells.regressions(test)).append(" |");
            }
            out.append('\n');
        }
        for (TestAnalysis test : report.tests()) {
            section(out, test);
        }
        return out;
    }

    private static void section(StringBuilder out, TestAnalysis test) {
        out.append("\n### ").append(icon(test.test().status())).append(' ').append(escape(test.test().shortName()))
                .append("\n\n");
        if (test.test().message() != null) {
            out.append("> ").append(escape(test.test().message())).append("\n\n");
        }
        if (test.recommendation() != null) {
            // A model's label (THREADS ×8): no user text, and left unescaped so that its name reads as written.
            out.append("**").append(Cells.recommended(test)).append("** — ")
                    .append(escape(test.recommendation().reason())).append("\n\n");
        }
        if (!test.models().isEmpty()) {
            out.append("| Model | Median | Interval | Speed-up | Efficiency | CPU | Start-up |")
                    .append(test.baseline().isEmpty() ? "" : " Baseline |")
                    .append("\n|---|--:|--:|--:|--:|--:|--:|").append(test.baseline().isEmpty() ? "" : "---|").append('\n');
            for (ModelAnalysis model : test.models()) {
                row(out, test, model);
            }
            out.append('\n');
        }
        scaling(out, test);
        budgets(out, test);
        if (test.test().verdict() != null) {
            for (ClaimRecord claim : test.test().verdict().claims()) {
                String mark = claim.holds() ? "✅ " : "NOT_CHECKED".equals(claim.outcome()) ? "⏭️ " : "❌ ";
                // Failure and "not checked" messages start with the claim or say it in full already.
                String text = claim.holds() ? claim.claim()
                        : claim.message().startsWith(claim.claim()) || claim.message().startsWith("Expected ")
                                ? claim.message() : claim.claim() + ": " + claim.message();
                out.append("- ").append(mark).append(escape(text)).append('\n');
            }
        }
        test.test().explanations().forEach(e -> out.append("- 🔎 ").append(escape(e.text())).append('\n'));
        pinning(out, test);
        test.warnings().forEach(w -> out.append("- ⚠️ ").append(escape(w)).append('\n'));
    }

    /** Each recorded model's time per task and the share of each part that took any time. */
    private static void budgets(StringBuilder out, TestAnalysis test) {
        if (!Budgets.any(test.models())) {
            return;
        }
        List<TimePart> parts = Budgets.partsUsed(test.models());
        out.append("| Time per task | Total |");
        parts.forEach(part -> out.append(' ').append(part.name()).append(" |"));
        out.append(" Allocated |\n|---|--:|").append("--:|".repeat(parts.size())).append("--:|\n");
        for (ModelAnalysis model : test.models()) {
            TimeBudget budget = model.record().time();
            if (budget == null) {
                continue;
            }
            out.append("| ").append(escape(Cells.label(model.record()))).append(" | ")
                    .append(Durations.format(budget.totalPerTask())).append(" |");
            parts.forEach(part -> out.append(' ').append(Cells.percent(Budgets.share(budget, part))).append(" |"));
            out.append(' ').append(Cells.bytesPerSecond(budget.allocationRate())).append(" |\n");
        }
        out.append('\n');
    }

    /** Where each model's virtual threads were pinned to their carriers. */
    private static void pinning(StringBuilder out, TestAnalysis test) {
        for (ModelAnalysis model : test.models()) {
            for (PinnedPark park : model.record().pinning()) {
                out.append("- 📌 ").append(escape(model.arm().toString())).append(" pinned ").append(park.count())
                        .append(park.count() == 1 ? " time at " : " times at ").append(escape(park.site()))
                        .append(park.reason().isEmpty() ? "" : " (" + escape(park.reason()) + ")").append(", ")
                        .append(Durations.format(park.totalNanos())).append(" in all\n");
            }
        }
    }

    /** The fitted law and best concurrency of each swept model, one row each. */
    private static void scaling(StringBuilder out, TestAnalysis test) {
        if (test.test().scaling().isEmpty()) {
            return;
        }
        out.append("| Scaling | σ | κ | λ | N* | Best | R² |\n|---|--:|--:|--:|--:|--:|--:|\n");
        for (ScalingRecord model : test.test().scaling()) {
            UslIntervals fit = model.fit();
            out.append("| ").append(model.model()).append(" | ")
                    .append(fit == null ? Cells.NONE : SignificantDigits.of(fit.sigma().estimate(), 3)).append(" | ")
                    .append(fit == null ? Cells.NONE : SignificantDigits.of(fit.kappa().estimate(), 3)).append(" | ")
                    .append(fit == null ? Cells.NONE : Cells.throughput(fit.lambda().estimate())).append(" | ")
                    .append(fit == null ? Cells.NONE : SignificantDigits.of(fit.peakConcurrency().estimate(), 3))
                    .append(" | ").append(model.bestConcurrency()).append(" | ")
                    .append(fit == null ? Cells.NONE : SignificantDigits.of(fit.fit().rSquared(), 3)).append(" |\n");
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, TestAnalysis test, ModelAnalysis model) {
        ModelRecord record = model.record();
        String cpu = Cells.percent(Double.isNaN(model.taskCpuOfWall()) ? model.cpuOfWall() : model.taskCpuOfWall());
        out.append("| ").append(escape(Cells.label(record))).append(" | ").append(Cells.median(model)).append(" | ")
                .append(Cells.interval(model)).append(" | ").append(Cells.factor(model.speedup())).append(" | ")
                .append(Cells.percent(model.efficiency())).append(" | ").append(cpu).append(" | ")
                .append(Cells.startup(record)).append(" |");
        if (!test.baseline().isEmpty()) {
            BaselineChange change = test.baseline().get(model.arm());
            out.append(' ').append(change != null && change.slower() ? "**" + Cells.baseline(change) + "**"
                    : Cells.baseline(change)).append(" |");
        }
        out.append('\n');
    }

    private static String icon(Status status) {
        return switch (status) {
            case PASSED -> "✅";
            case FAILED -> "❌";
            case ABORTED, SKIPPED -> "⏭️";
        };
    }

    /** One line of text, safe in a table cell: markup characters escaped, HTML neutralised. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n', '\r', '\t' -> out.append(' ');
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
