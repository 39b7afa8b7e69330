package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What issue 14 promises a new user, on a project written from the README
 * ({@code src-it/projects/sweep}: one annotated method with a concurrency array) and built by a
 * real Maven with Surefire's defaults, JDK 17 and JUnit 5.14: one node per model and level, the
 * fitted parameters and best concurrency per model, a holding and a failing {@code @ExpectScaling}
 * with their words, and the chart in {@code report.html} rendered in headless Chromium. Naps of 20
 * ms: their throughput grows with the tasks in flight whatever the load, and the claims keep a 4×
 * margin.
 */
@ParameterizedClass(name = "on JDK {0} with {1}")
@MethodSource("jdk17WithJUnit5")
class SweepIT extends ConsumerScenario {

    private static final String SWEEP = "com.example.SweepTest";
    private static final List<String> NODES = List.of("THREADS ×1", "THREADS ×2", "THREADS ×4", "THREADS ×8",
            "THREADS ×16", "ASYNC ≤1", "ASYNC ≤2", "ASYNC ≤4", "ASYNC ≤8", "ASYNC ≤16");

    /** One build is enough: what is checked is the sweep, not the JDK or JUnit (others cover those). */
    static Stream<Arguments> jdk17WithJUnit5() {
        return Stream.of(arguments(17, named("JUnit 5.14", JUnit.FIVE)));
    }

    @Override
    String project() {
        return "sweep";
    }

    @Test
    void oneNodePerModelAndLevelThenTheVerdict() {
        List<TestNode> nodes = reports.invocations(SWEEP, "nap");

        assertThat(nodes).as("nodes of SweepTest.nap: %s", nodes).hasSize(NODES.size() + 1);
        for (int i = 0; i < NODES.size(); i++) {
            TestNode node = nodes.get(i);
            assertThat(node.status()).as("%s", node).isEqualTo(TestNode.Status.PASSED);
            // Surefire keeps no display names, but the line each node prints: "[RunUnder] SweepTest.nap(TaskInfo) [3] THREADS ×4 16 tasks: ..."
            assertThat(node.output()).as("output of node %d", i + 1)
                    .containsPattern("\\[" + (i + 1) + "] " + Pattern.quote(NODES.get(i)) + " +16 tasks: .* tasks/s");
        }
    }

    @Test
    void aHoldingAndAFailingScalingClaimWithTheirWords() {
        TestNode verdict = reports.invocations(SWEEP, "nap").get(NODES.size());
        assertThat(verdict.status()).as("%s", verdict).isEqualTo(TestNode.Status.FAILED);
        assertThat(verdict.message()).startsWith("Expected ASYNC ≤16 to give at least 4.0× the throughput of ASYNC ≤8,"
                + " but ");

        List<JsonNode> verdicts = RunUnderReport.elements(test().path("verdicts"));
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(0).path("claim").asText()).isEqualTo("THREADS ×16 at least 4.0× the throughput of THREADS ×1");
        assertThat(verdicts.get(0).path("holds").asBoolean()).as("%s", verdicts.get(0)).isTrue();
        assertThat(verdicts.get(0).path("message").asText()).matches("THREADS ×16 gave \\d+\\.\\d+× the throughput of"
                + " THREADS ×1 \\(99% CI .*\\), at least 4\\.0× expected");
        assertThat(verdicts.get(1).path("claim").asText()).isEqualTo("ASYNC ≤16 at least 4.0× the throughput of ASYNC ≤8");
        assertThat(verdicts.get(1).path("holds").asBoolean()).isFalse();
        assertThat(verdicts.get(1).path("kind").asText()).isEqualTo("scaling");
    }

    @Test
    void theReportHasTheFittedParametersAndTheBestConcurrencyOfEachModel() {
        JsonNode test = test();
        RunUnderReport.read(build.directory().resolve("target/rununder")).hasTheNormativeShape();

        assertThat(RunUnderReport.elements(test.path("models")))
                .extracting(m -> m.path("model").asText() + " " + m.path("concurrency").asInt())
                .containsExactly("THREADS 1", "THREADS 2", "THREADS 4", "THREADS 8", "THREADS 16", "ASYNC 1", "ASYNC 2",
                        "ASYNC 4", "ASYNC 8", "ASYNC 16");
        List<JsonNode> scaling = RunUnderReport.elements(test.path("scaling"));
        assertThat(scaling).extracting(s -> s.path("model").asText()).containsExactly("THREADS", "ASYNC");
        for (JsonNode model : scaling) {
            assertThat(model.path("sigma").isNumber() && model.path("kappa").isNumber()).as("%s", model).isTrue();
            assertThat(model.path("sigma").asDouble()).isBetween(0.0, 1.0);
            // 16 naps of 20 ms: 50 a second one at a time, fewer on a busy machine.
            assertThat(model.path("lambda").asDouble()).as("λ of %s", model).isBetween(15.0, 55.0);
            assertThat(model.path("rSquared").isNumber()).isTrue();
            assertThat(model.has("peakConcurrency")).isTrue();
            // Sixteen at a time are several times faster than one: the best level is far from the first.
            assertThat(model.path("bestConcurrency").asInt()).as("%s", model).isIn(4, 8, 16);
            assertThat(model.path("description").asText()).startsWith(model.path("model").asText() + ": ");
        }
        assertThat(test.path("recommended").asText()).isIn("THREADS", "ASYNC");
        assertThat(test.path("recommendedConcurrency").asInt()).isIn(4, 8, 16);
        TestNode verdict = reports.invocations(SWEEP, "nap").get(NODES.size());
        assertThat(verdict.output()).contains("verdict: scaling: THREADS: ").contains("verdict: scaling: ASYNC: ");
    }

    @Test
    void theChartOfThroughputAgainstConcurrencyRendersInHeadlessChromium() throws IOException {
        HeadlessChromium chromium = HeadlessChromiumIT.chromium();
        Path html = build.directory().resolve("target/rununder/report.html");

        String dom = chromium.dumpDom(html, build.directory().resolve("chromium-sweep"));

        assertThat(dom).contains("<svg class=\"chart scaling\"").contains("concurrency (log scale)")
                .contains("σ contention").contains("THREADS: best ");
        assertThat(Pattern.compile("<circle class=\"median\"").matcher(dom).results().count()).isEqualTo(10);
        assertThat(Pattern.compile("class=\"fit\"").matcher(dom).results().count()).isEqualTo(2);
        BufferedImage screenshot = ImageIO.read(
                chromium.screenshot(html, build.directory().resolve("chromium-sweep"), 1280, 2400).toFile());
        assertThat(java.util.stream.IntStream.range(0, screenshot.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, screenshot.getWidth()).mapToObj(x -> screenshot.getRGB(x, y)))
                .distinct().count()).as("colours in the screenshot").isGreaterThan(4);
    }

    private JsonNode test() {
        return build.runUnderReport("rununder").test(SWEEP, "nap");
    }
}
