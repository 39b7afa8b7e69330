package io.github.rununder.internal.report.render;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.report.ClaimRecord;
import io.github.rununder.internal.report.Environment;
import io.github.rununder.internal.report.ModelRecord;
import io.github.rununder.internal.report.Report;
import io.github.rununder.internal.report.Status;
import io.github.rununder.internal.report.Synthetic;
import io.github.rununder.internal.report.TestAnalysis;
import io.github.rununder.internal.report.TestRecord;
import io.github.rununder.internal.report.VerdictRecord;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

public class HtmlReportTest {

    static final String HOSTILE = "<script>alert('x')</script>\"&<img src=https://evil.example/x.png>|`*_[a](b)";

    @Test
    void everyTextFromTestsIsEscaped() {
        String html = HtmlReport.write(report(hostileTest()));

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;&lt;img src=https://evil.example");
        assertWellFormed(html);
    }

    @Test
    void thePageIsSelfContainedWithAnInlineChartPerMethod() {
        String html = HtmlReport.write(report(hostileTest(), plainTest()));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>");
        assertThat(Pattern.compile("<svg class=\"chart\"").matcher(html).results().count()).isEqualTo(2);
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(tags.group(3)).as("attributes of a tag").doesNotContainPattern("(?i)(src|href)=\"\\s*(https?:|//)");
        }
        assertThat(html).doesNotContain("http://").doesNotContain("href=\"http");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        assertWellFormed(html);
    }

    @Test
    void theChartDrawsABarAndAWhiskerPerMeasuredModelAndSaysWhyAModelIsMissing() {
        String html = HtmlReport.write(report(plainTest()));

        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(Pattern.compile("<rect class=\"bar").matcher(svg).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("class=\"whisker\"").matcher(svg).results().count()).isEqualTo(2);
        assertThat(svg).contains("<rect class=\"bar fastest\"").contains(">FAILED: ASYNC failed on task 2: boom</text>");
        assertThat(html).contains("Recommended: THREADS").contains("IO-bound (CPU 1% of wall)");
    }

    @Test
    void markdownEscapesNamesSoThatTheTablesKeepTheirColumns() {
        String markdown = MarkdownReport.write(report(hostileTest(), plainTest()));

        for (String line : markdown.lines().filter(l -> l.startsWith("|")).toList()) {
            long cells = Pattern.compile("(?<!\\\\)\\|").matcher(line).results().count();
            assertThat(cells).as(line).isIn(7L, 8L);
        }
        assertThat(markdown).doesNotContain("<script").contains("&lt;script&gt;")
                .contains("❌ Expected SEQUENTIAL");
    }

    @Test
    void theConsoleSummaryHasALinePerMethodAndThePathOfTheReport() {
        TestRecord plain = plainTest();
        String console = ConsoleSummary.write(report(plain, hostileTest()), List.of(plain),
                java.nio.file.Path.of("/tmp/r/report.html"));

        assertThat(console.lines()).hasSize(4);
        assertThat(console).contains("RunUnder: 1 @RunUnder method here, 2 in the report")
                .containsPattern("FAILED +PlainTest\\.nap +IO-bound +fastest THREADS +recommended THREADS +0/1 hold")
                .contains("report: file:///tmp/r/report.html");
    }

    static TestRecord hostileTest() {
        ModelRecord failed = ModelRecord.unmeasured(THREADS, Status.FAILED, HOSTILE + "\nsecond line", 4, 2, 1);
        ClaimRecord claim = new ClaimRecord(HOSTILE, "FAILS", false, HOSTILE, Map.of());
        return Synthetic.test("com.example." + HOSTILE, HOSTILE, HOSTILE, HOSTILE, Status.FAILED, HOSTILE,
                List.of(Synthetic.record(SEQUENTIAL, 4, 1, 0.01, 10, 40, 41, 42), failed),
                new VerdictRecord(Status.FAILED, HOSTILE, "fail", List.of(claim), List.of(HOSTILE)), Instant.EPOCH, 2);
    }

    static TestRecord plainTest() {
        ClaimRecord claim = new ClaimRecord("SEQUENTIAL at least 2.0× faster than THREADS", "FAILS", false,
                "Expected SEQUENTIAL to be at least 2.0× faster than THREADS, but it was 0.25×", Map.of());
        return Synthetic.test("com.example.PlainTest", "nap", "", "nap()", Status.FAILED, null,
                List.of(Synthetic.record(SEQUENTIAL, 4, 1, 0.01, 10, 40, 41, 42),
                        Synthetic.record(THREADS, 4, 4, 0.01, 10, 10, 11, 12),
                        ModelRecord.unmeasured(ASYNC, Status.FAILED, "ASYNC failed on task 2: boom", 4, 4, 1)),
                new VerdictRecord(Status.FAILED, claim.message(), "fail", List.of(claim), List.of()), Instant.EPOCH, 2);
    }

    static Report report(TestRecord... tests) {
        return new Report(Instant.EPOCH, "s", Environment.current(),
                java.util.Arrays.stream(tests).map(t -> TestAnalysis.of(t, null)).toList(), List.of(), null, 1);
    }

    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\"[^\"]*\"|[^>\"])*?)(/?)>");

    /** Every element closed, in order; no stray {@code <} or {@code >} in text; attributes quoted. */
    public static void assertWellFormed(String html) {
        String body = html.substring(html.indexOf("<html"));
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(body);
        int end = 0;
        while (tag.find()) {
            assertNoMarkup(body.substring(end, tag.start()));
            end = tag.end();
            String name = tag.group(2).toLowerCase();
            assertThat(tag.group(3)).as("attributes of <%s>", name)
                    .matches("(\\s+[a-zA-Z-:]+=\"[^\"<>]*\")*\\s*");
            if (!tag.group(1).isEmpty()) {
                assertThat(open.peek()).as("closing </%s>", name).isEqualTo(name);
                open.pop();
            } else if (tag.group(4).isEmpty() && !VOID.contains(name)) {
                open.push(name);
            }
        }
        assertNoMarkup(body.substring(end));
        assertThat(open).as("unclosed elements").isEmpty();
    }

    private static void assertNoMarkup(String text) {
        assertThat(text).as("text between tags").doesNotContain("<").doesNotContain(">");
    }
}
