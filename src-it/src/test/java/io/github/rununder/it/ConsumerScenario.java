package io.github.rununder.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One consumer project built once, on one JDK with one JUnit, for the checks of a scenario; the
 * build is skipped, with the reason, where this machine has no such JDK. {@link Command#run}
 * fails the build if any JVM it started (Surefire's fork, a worker) outlives it.
 *
 * <p>A subclass is a {@code @ParameterizedClass} over {@link #jdkAndJUnit()}: its checks run once
 * per JDK and JUnit, each against its own build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsumerScenario {

    /** The JDK's feature release, such as 17. */
    @Parameter(0)
    int feature;

    /** The JUnit generation. */
    @Parameter(1)
    JUnit junit;

    Jdk jdk;
    BuildResult build;
    TestReports reports;


    /**
     * The oldest and the newest a user may combine: JDK 17 with JUnit 5.14, and JDK 25 with JUnit 6
     * (where this machine has a JDK 25).
     */
    static Stream<Arguments> jdkAndJUnit() {
        return Stream.of(arguments(17, named("JUnit 5.14", JUnit.FIVE)), arguments(25, named("JUnit 6", JUnit.SIX)));
    }

    /** The project under {@code src-it/projects/}. */
    abstract String project();

    /** What this scenario's build needs beyond the JDK and JUnit; nothing by default. */
    ConsumerBuild configure(ConsumerBuild build) {
        return build;
    }

    @BeforeParameterizedClassInvocation(injectArguments = false)
    void buildTheProject() {
        Optional<Jdk> found = Jdk.find(feature);
        assumeTrue(found.isPresent(), () -> "no JDK " + feature + " on this machine (see Jdk.find)");
        jdk = found.get();
        build = configure(ConsumerBuild.of(project(), project() + "-jdk" + feature + "-" + junit.version())
                .on(jdk).with(junit)).run();
        reports = build.surefireReports();
    }
}
