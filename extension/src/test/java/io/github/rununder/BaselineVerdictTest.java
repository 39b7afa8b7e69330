package io.github.rununder;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.testing.KitRun;
import io.github.rununder.testing.RunUnderKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class BaselineVerdictTest {

    @TempDir
    Path dir;

    @Test
    void aModelSlowerThanTheBaselineFailsTheVerdictWhenAskedNamingTheModelAndBothMedians() throws IOException {
        KitRun run = RunUnderKit.run(settings(fastBaseline(), "true", "fail"), Naps.class);

        run.node("[1] SEQUENTIAL").succeeded();
        run.node("[3] verdict").failed().isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Expected THREADS not to be slower than in the baseline " + dir.resolve("base.json")
                        + ", but its median went from 1.00 µs to ")
                .hasMessageContaining("slower; interval ")
                .hasMessageEndingWith(", baseline 900 ns–1.10 µs)")
                .hasMessageNotContaining("SEQUENTIAL");
    }

    @Test
    void withoutBaselineFailARegressionIsOnlyFlagged() throws IOException {
        KitRun run = RunUnderKit.run(settings(fastBaseline(), "false", "fail"), Naps.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.baseline")).startsWith("THREADS got slower than the baseline: median 1.00 µs → ");
    }

    @Test
    void warnModeTurnsTheBaselineFailureIntoAWarning() throws IOException {
        KitRun run = RunUnderKit.run(settings(fastBaseline(), "true", "warn"), Naps.class);

        assertThat(run.node("[3] verdict").succeeded().entries().get("rununder.warning"))
                .startsWith("Expected THREADS not to be slower than in the baseline").endsWith("(rununder.verdicts=warn)");
    }

    @Test
    void modelsWithinTheBaselinesNoisePass() throws IOException {
        Path baseline = baseline(0, 60_000_000_000L);

        KitRun run = RunUnderKit.run(settings(baseline, "true", "fail"), Naps.class);

        Map<String, String> entries = run.node("[3] verdict").succeeded().entries();
        assertThat(entries.get("rununder.baseline")).startsWith("THREADS within the baseline's noise: median 1.00 µs → ")
                .doesNotContain("slower");
    }

    @Test
    void eachInvocationOfAParameterizedClassMeetsItsOwnBaseline() throws IOException {
        // Only the second parameter set has a baseline, in which THREADS took a microsecond.
        Path baseline = Files.writeString(dir.resolve("base.json"), "{\"schema\":1,\"tests\":[{\"className\":\""
                + Sizes.class.getName() + "\",\"methodName\":\"nap\",\"parameterTypes\":\"\",\"invocation\":"
                + "\"[2] millis=6\",\"models\":[{\"model\":\"THREADS\",\"tasks\":4,\"concurrency\":2,"
                + "\"medianNanos\":1000,\"intervalLowNanos\":900,\"intervalHighNanos\":1100}]}]}");

        KitRun run = RunUnderKit.run(settings(baseline, "true", "fail"), Sizes.class);

        assertThat(run.nodes("[3] verdict")).hasSize(2);
        assertThat(run.nodes("[3] verdict").get(0).succeeded().entries()).doesNotContainKey("rununder.baseline");
        run.nodes("[3] verdict").get(1).failed().hasMessageStartingWith("Expected THREADS not to be slower than in the"
                + " baseline " + baseline + ", but its median went from 1.00 µs to ");
    }

    private Path fastBaseline() throws IOException {
        return baseline(900, 1100);
    }

    /** A baseline where THREADS had a median of 1 µs and the given interval. */
    private Path baseline(long low, long high) throws IOException {
        return Files.writeString(dir.resolve("base.json"), "{\"schema\":1,\"tests\":[{\"className\":\""
                + Naps.class.getName() + "\",\"methodName\":\"nap\",\"parameterTypes\":\"\",\"models\":[{\"model\":"
                + "\"THREADS\",\"tasks\":4,\"concurrency\":2,\"medianNanos\":1000,\"intervalLowNanos\":" + low
                + ",\"intervalHighNanos\":" + high + "}]}]}");
    }

    private Map<String, String> settings(Path baseline, String fail, String verdicts) {
        Map<String, String> settings = new HashMap<>();
        settings.put("rununder.baseline", baseline.toString());
        settings.put("rununder.baseline.fail", fail);
        settings.put("rununder.verdicts", verdicts);
        settings.put("rununder.report.dir", dir.resolve("report").toString());
        return settings;
    }

    @org.junit.jupiter.params.ParameterizedClass
    @org.junit.jupiter.params.provider.ValueSource(ints = {2, 6})
    static class Sizes {
        @org.junit.jupiter.params.Parameter
        int millis;

        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 4, concurrency = 2, warmup = 0, rounds = 3)
        void nap() throws InterruptedException {
            Thread.sleep(millis);
        }
    }

    static class Naps {
        @RunUnder(model = {SEQUENTIAL, THREADS}, tasks = 4, concurrency = 2, warmup = 0, rounds = 3)
        void nap() throws InterruptedException {
            Thread.sleep(5);
        }
    }
}
