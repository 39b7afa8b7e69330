package io.github.rununder.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One consumer project built once, on one JDK with one JUnit, for the checks of a scenario; the
 * build is skipped, with the reason, where this machine has no such JDK. {@link Command#run}
 * fails the build if any JVM it started (Surefire's fork, a worker) outlives it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsumerScenario {

    final int feature;
    final JUnit junit;
    Jdk jdk;
    BuildResult build;
    TestReports reports;

    ConsumerScenario(int feature, JUnit junit) {
        this.feature = feature;
        this.junit = junit;
    }

    /** The project under {@code src-it/projects/}. */
    abstract String project();

    /** What this scenario's build needs beyond the JDK and JUnit; nothing by default. */
    ConsumerBuild configure(ConsumerBuild build) {
        return build;
    }

    @BeforeAll
    void buildTheProject() {
        Optional<Jdk> found = Jdk.find(feature);
        assumeTrue(found.isPresent(), () -> "no JDK " + feature + " on this machine (see Jdk.find)");
        jdk = found.get();
        build = configure(ConsumerBuild.of(project(), project() + "-jdk" + feature + "-" + junit.version())
                .on(jdk).with(junit)).run();
        reports = build.surefireReports();
    }
}
