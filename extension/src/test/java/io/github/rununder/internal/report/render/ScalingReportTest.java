package io.github.rununder.internal.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.report.Synthetic;
import io.github.rununder.internal.report.TestRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A sweep in report.html, report.md and the console: on the scripted curves of {@link Synthetic#sweep()}. */
class ScalingReportTest {

    private final TestRecord sweep = Synthetic.sweep();

    @Test
    void theHtmlDrawsThroughputAgainstConcurrencyWithTheFittedCurvesAndThePeak() {
        String html = HtmlReport.write(HtmlReportTest.report(sweep));

        String svg = html.substring(html.indexOf("<svg class=\"chart scaling\""));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        assertThat(svg).contains("aria-label=\"SweepTest.nap: throughput against concurrency per model");
        // Five levels of two swept models: a median and a whisker each; a fitted curve per model.
        assertThat(count(svg, "<circle class=\"median\"")).isEqualTo(10);
        assertThat(count(svg, "class=\"whisker\"")).isEqualTo(10);
        assertThat(count(svg, "class=\"fit\"")).isEqualTo(2);
        // ASYNC peaks inside the sweep, THREADS never: one N* line.
        assertThat(count(svg, "class=\"peak\"")).isEqualTo(1);
        assertThat(svg).containsPattern(">N\\* 6\\.\\d+</text>").contains(">THREADS: best 16, N* ∞</text>")
                .containsPattern(">ASYNC: best 8, N\\* 6\\.\\d+</text>").contains("class=\"sequential\"")
                .contains(">concurrency (log scale)</text>").contains(">16</text>");
        assertThat(html).contains("<th>σ contention</th>").contains("THREADS: contention (σ = 0.1) caps it at 10.0×")
                .contains("Recommended: THREADS ×16");
        assertThat(count(html, "<svg class=\"chart\"")).as("the bar chart of every level as well").isEqualTo(1);
        HtmlReportTest.assertWellFormed(html);
    }

    @Test
    void theMarkdownHasACompactTableOfTheFits() {
        String markdown = MarkdownReport.write(HtmlReportTest.report(sweep));

        assertThat(markdown).contains("| Scaling | σ | κ | λ | N* | Best | R² |")
                .containsPattern("\\| THREADS \\| 0\\.\\d+ \\| 0 \\| 1\\d\\d/s \\| ∞ \\| 16 \\| (1|0\\.9\\d*) \\|")
                .containsPattern("\\| ASYNC \\| 0\\.0\\d+ \\| 0\\.0\\d+ \\| 1\\d\\d/s \\| 6\\.\\d+ \\| 8 \\|")
                .contains("**THREADS ×16** — IO-bound: THREADS ×16 is the fastest")
                .contains("| SweepTest.nap | IO-bound | THREADS ×16 | THREADS |");
    }

    @Test
    void theConsoleHasALinePerSweptModel() {
        String console = ConsoleSummary.write(HtmlReportTest.report(sweep), List.of(sweep), Path.of("/tmp/report.html"));

        assertThat(console.lines()).hasSize(6);
        assertThat(console).containsPattern("recommended THREADS ×16")
                .containsPattern("\\n {10}THREADS {10}σ 0\\.\\d+  κ 0  N\\* ∞  best 16  R² (1|0\\.9\\d*)\\n")
                .containsPattern("\\n {10}ASYNC {12}σ 0\\.0\\d+  κ 0\\.0\\d+  N\\* 6\\.\\d+  best 8  R² ");
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
