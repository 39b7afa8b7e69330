package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The headless-Chromium check works on this machine: a self-contained page with an inline SVG chart
 * is rendered, its DOM read back and its chart seen in a screenshot. The report check
 * ({@link ReportInChromiumIT}) stands on this.
 */
class HeadlessChromiumIT {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>chart</title></head>
            <body style="margin:0;background:#fff">
              <svg width="400" height="200" role="img" aria-label="median per model">
                <rect id="bar-THREADS" x="0" y="0" width="400" height="200" fill="#1f77b4"/>
              </svg>
              <p>THREADS ×8</p>
            </body></html>
            """;

    /** Chromium, which .ci/run installs; a developer's machine may lack it. */
    static HeadlessChromium chromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("chromium is missing on CI: .ci/run installs Debian's chromium package");
        }
        assumeTrue(found.isPresent(), "chromium is not installed (apt-get install chromium; .ci/run does it)");
        return found.get();
    }

    @Test
    void rendersAnInlineSvgChartAndReadsItBack() throws IOException {
        HeadlessChromium chromium = chromium();
        Path directory = ItSetup.workDirectory().resolve("chromium-self-check");
        ConsumerBuild.deleteRecursively(directory);
        Files.createDirectories(directory);
        Path page = Files.writeString(directory.resolve("chart.html"), PAGE);

        String dom = chromium.dumpDom(page, directory);
        assertThat(dom).contains("<svg").contains("id=\"bar-THREADS\"").contains("THREADS ×8");

        BufferedImage image = ImageIO.read(chromium.screenshot(page, directory, 800, 600).toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        // The bar fills the top-left 400×200 pixels: its colour shows there, the white page beyond it.
        assertThat(image.getRGB(200, 100) & 0xFFFFFF).isEqualTo(0x1F77B4);
        assertThat(image.getRGB(600, 100) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
}
