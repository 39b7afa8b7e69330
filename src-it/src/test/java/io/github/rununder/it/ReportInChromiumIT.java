package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The build-time report (issue 5) of a real build, under each Surefire set-up of {@code same-tests},
 * also two forks: {@code report.json} covers every {@code @RunUnder} method once, and
 * {@code report.html} loads nothing from the network and renders with its charts in headless
 * Chromium, the time budget of each model (issue 15, {@code rununder.explain=on}) among them. Written
 * against the normative names of docs/report-schema.md.
 */
class ReportInChromiumIT {

    /** same-tests/pom.xml gives each Surefire execution a report directory of its own. */
    private static final List<String> REPORT_DIRECTORIES = List.of("rununder", "rununder-plain-class-path", "rununder-two-forks");

    @Test
    void theReportOfEverySurefireSetUpIsCompleteAndRendersWithItsCharts() throws IOException {
        HeadlessChromium chromium = HeadlessChromiumIT.chromium();
        BuildResult build = ConsumerBuild.of("same-tests", "report-in-chromium").with(JUnit.SIX)
                .property("rununder.models", Models.parameter())
                .property("rununder.explain", "on")
                .run();
        assertThat(build.exitCode()).as("exit code of %s; its log: %s", build, build.finished().log()).isZero();

        for (String name : REPORT_DIRECTORIES) {
            Path reports = build.directory().resolve("target").resolve(name);
            String json = Files.readString(reports.resolve("report.json"));
            assertThat(json).containsPattern("\"schema\"\\s*:\\s*1").contains("\"IO_BOUND\"")
                    .as("%s/report.json has time budgets", name).containsPattern("\"time\"\\s*:\\s*\\{");
            for (String method : List.of("\"nap\"", "\"lookUp\"")) {
                assertThat(json.split(method, -1)).as("%s in %s/report.json, exactly once", method, name).hasSize(2);
            }

            Path html = reports.resolve("report.html");
            assertThat(Files.readString(html)).as("%s/report.html loads nothing from the network", name)
                    .doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//");
            String dom = chromium.dumpDom(html, build.directory().resolve("chromium-" + name));
            assertThat(dom).contains("<svg").contains("NapTest").contains("THREADS").contains("SEQUENTIAL");
            assertThat(dom).as("%s/report.html draws the time budgets", name).contains("Where the time went")
                    .contains("class=\"chart budget\"").contains("class=\"budget-bar\"");
            BufferedImage screenshot = ImageIO.read(
                    chromium.screenshot(html, build.directory().resolve("chromium-" + name), 1280, 2000).toFile());
            assertThat(distinctColours(screenshot)).as("colours in the screenshot of %s/report.html", name)
                    .isGreaterThan(3);
        }
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).boxed()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
                .distinct().count();
    }
}
