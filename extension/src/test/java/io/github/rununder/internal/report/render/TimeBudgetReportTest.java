package io.github.rununder.internal.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.report.Synthetic;
import io.github.rununder.internal.report.TestRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeBudgetReportTest {

    private final TestRecord explained = Synthetic.explained();

    @Test
    void theHtmlDrawsAStackedBarPerRecordedModelWithATitlePerPart() {
        String html = HtmlReport.write(HtmlReportTest.report(explained));

        String svg = html.substring(html.indexOf("<svg class=\"chart budget\""));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        List<String> bars = Pattern.compile("<g class=\"budget-bar\">(.*?)</g>").matcher(svg).results()
                .map(bar -> bar.group(1)).toList();
        assertThat(bars).hasSize(3);
        assertThat(bars.get(1)).contains("<rect class=\"part CPU\"").contains("<rect class=\"part MONITOR\"")
                .contains("<title>THREADS ×4 · waiting on a monitor: 29.2 ms per task, 71%</title>")
                .contains("<title>THREADS ×4 · stopped by GC pauses: 1.25 ms per task, 3%</title>")
                .doesNotContain("class=\"part SLEEP\"");
        assertThat(svg).contains(">no time budget recorded</text>").contains("40.8 ms per task")
                .contains("waiting on a monitor 71%: the monitor of com.example.Ledger at Ledger.post ← LedgerTest"
                        + ".post:41 · allocated 400 MB/s")
                .contains("<title>MONITOR: waiting on a monitor</title>")
                .as("a legend entry per part any model spent time in").doesNotContain("<title>SLEEP:");
        HtmlReportTest.assertWellFormed(html);
    }

    @Test
    void theHtmlSaysTheExplanationAboveTheBarsAndTablesThePinnedParksEscaped() {
        String html = HtmlReport.write(HtmlReportTest.report(explained));

        int sentence = html.indexOf("<li>" + Synthetic.EXPLANATION + "</li>");
        assertThat(sentence).isPositive().isLessThan(html.indexOf("<svg class=\"chart budget\""));
        assertThat(html).doesNotContain("<clinit>")
                .contains("<h3>VIRTUAL_THREADS: virtual threads pinned to their carriers</h3>")
                .contains("<tr><td><code>com.example.Ledger.&lt;clinit&gt;(Ledger.java:12)</code></td>"
                        + "<td>a class initialiser</td><td class=\"n\">4</td><td class=\"n\">38.0 ms</td></tr>")
                .contains("parked 45%: LockSupport.park at Ledger.&lt;clinit&gt;:12");
        HtmlReportTest.assertWellFormed(html);
    }

    @Test
    void theMarkdownHasTheSentenceTheBudgetTableAndThePinnedParks() {
        String markdown = MarkdownReport.write(HtmlReportTest.report(explained));

        assertThat(markdown).contains("- 🔎 " + Synthetic.EXPLANATION + "\n")
                .contains("| Time per task | Total | CPU | QUEUED | MONITOR | PARK | GC | OTHER | Allocated |\n"
                        + "|---|--:|--:|--:|--:|--:|--:|--:|--:|\n")
                .contains("| THREADS ×4 | 40.8 ms | 22% | 1% | 71% | 0% | 3% | 2% | 400 MB/s |\n")
                .contains("- 📌 VIRTUAL\\_THREADS pinned 4 times at com.example.Ledger.&lt;clinit&gt;(Ledger.java:12)"
                        + " (a class initialiser), 38.0 ms in all\n")
                .doesNotContain("<clinit>");
    }

    @Test
    void theConsoleSummaryHasALinePerExplanation() {
        String console = ConsoleSummary.write(HtmlReportTest.report(explained), List.of(explained),
                Path.of("/tmp/r/report.html"));

        assertThat(console.lines()).hasSize(5);
        assertThat(console).contains("          " + Synthetic.EXPLANATION + "\n");
    }
}
