package io.github.rununder.it;

import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code same-tests} project passes the same way on JUnit 5.14 and 6.x, on JDK 17 and 25, under
 * each of three Surefire set-ups: the defaults (a manifest-only jar), a plain class path, and two
 * forks with JUnit running classes in parallel.
 */
class SameTestsIT {

    private static final String NAP = "com.example.NapTest";
    private static final String PREPARED = "com.example.PreparedStateTest";
    private static final String PLAIN = "com.example.PlainTest";

    /** Surefire's executions in same-tests/pom.xml, by the directory each writes its reports to. */
    enum SurefireSetUp {
        DEFAULTS("surefire-reports", true, false),
        PLAIN_CLASS_PATH("surefire-reports-plain-class-path", false, false),
        TWO_FORKS_PARALLEL_CLASSES("surefire-reports-two-forks", true, true);

        final String reports;
        final boolean manifestOnlyJar;
        final boolean parallelClasses;

        SurefireSetUp(String reports, boolean manifestOnlyJar, boolean parallelClasses) {
            this.reports = reports;
            this.manifestOnlyJar = manifestOnlyJar;
            this.parallelClasses = parallelClasses;
        }
    }

    static Stream<Arguments> junitAndJdk() {
        return Stream.of(JUnit.values()).flatMap(junit -> Stream.of(17, 25).map(jdk -> Arguments.of(junit, jdk)));
    }

    @ParameterizedTest(name = "{0} on JDK {1}")
    @MethodSource("junitAndJdk")
    void passUnderEverySurefireSetUp(JUnit junit, int feature) {
        Optional<Jdk> found = Jdk.find(feature);
        assumeTrue(found.isPresent(), () -> "no JDK " + feature + " on this machine (see Jdk.find)");
        Jdk jdk = found.get();

        BuildResult build = ConsumerBuild.of("same-tests", "same-tests-" + junit.version() + "-jdk" + feature)
                .on(jdk).with(junit)
                .property("rununder.models", Models.parameter())
                .run();

        assertThat(build.exitCode()).as("exit code of %s; its log: %s", build, build.finished().log()).isZero();
        for (SurefireSetUp setUp : SurefireSetUp.values()) {
            TestReports reports = build.reports(setUp.reports);
            ranOn(reports, junit, jdk, setUp);
            RunUnderNodes.of(reports, NAP, "nap", Models.running(Models.NAP)).allPassedOn(jdk)
                    .nodeMedianAtLeastTimesShorter(THREADS, SEQUENTIAL, 3.0);
            RunUnderNodes.of(reports, PREPARED, "lookUp", Models.running(Models.ALL)).allPassedOn(jdk);
            assertThat(reports.of(PLAIN)).as("PlainTest under %s", setUp)
                    .extracting(TestNode::status).containsOnly(TestNode.Status.PASSED).hasSize(2);
        }
    }

    /** The build really used this JUnit, this JDK and this Surefire set-up, as the test JVM's properties show. */
    private static void ranOn(TestReports reports, JUnit junit, Jdk jdk, SurefireSetUp setUp) {
        Map<String, String> jvm = reports.properties(NAP);
        assertThat(jvm.get("java.specification.version")).as("Java of %s", reports).isEqualTo(Integer.toString(jdk.feature()));
        assertThat(jvm.get("surefire.test.class.path")).as("test class path of %s", reports)
                .contains("junit-jupiter-engine-" + junit.version() + ".jar")
                .contains("junit-platform-launcher-" + junit.platformVersion() + ".jar")
                .contains("rununder-" + ItSetup.rununderVersion() + ".jar");
        if (setUp.manifestOnlyJar) {
            assertThat(jvm).as("%s used a manifest-only jar", reports).containsKey("surefire.real.class.path");
        } else {
            assertThat(jvm).as("%s used a plain class path", reports).doesNotContainKey("surefire.real.class.path");
            assertThat(jvm.get("java.class.path")).contains("test-classes");
        }
        String thread = reports.test(PLAIN, "adds").output();
        assertThat(thread).as("thread that ran PlainTest under %s", setUp)
                .contains(setUp.parallelClasses ? "ForkJoinPool" : "thread main");
    }
}
