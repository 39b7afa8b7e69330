package io.github.rununder.it;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests in a named module ({@code projects/module-path}), run by Surefire on the module path: the
 * library's module descriptor lets JUnit run {@code @RunUnder} and the service loader find the
 * report listener, and keeps the internals from the tests.
 */
class ModulePathIT {

    private static final String NAP = "com.example.modular.NapTest";

    @Test
    void aRunUnderTestRunsOnTheModulePathAndWritesItsReport() {
        BuildResult build = ConsumerBuild.of("module-path", "module-path").run();

        assertThat(build.exitCode()).as("exit code of %s; its log: %s", build, build.finished().log()).isZero();
        TestReports reports = build.surefireReports();
        RunUnderNodes.of(reports, NAP, "nap", List.of(SEQUENTIAL, THREADS, ASYNC)).verdictChecked();
        // The three model nodes, the verdict, and a test that finds RunUnder as the named module io.github.rununder.
        assertThat(reports.of(NAP)).extracting(TestNode::status).containsOnly(TestNode.Status.PASSED).hasSize(5);
        build.runUnderReport("rununder").hasTheNormativeShape().coversExactly(List.of("NapTest.nap"));
    }
}
