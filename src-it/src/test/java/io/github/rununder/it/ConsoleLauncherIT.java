package io.github.rununder.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rununder.Model;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JUnit Console Launcher (the standalone jar from Maven Central) runs the compiled
 * {@code same-tests} project, given its class path with {@code -cp}, and through a class-path jar
 * whose manifest lists the entries (how IDEs shorten long class paths), on JUnit 5.14 and 6.x.
 * {@link Models#RUN} says which models run, PROCESSES among them: its workers must find the test
 * classes through the class path each mode gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLauncherIT {

    private static final String NAP = "com.example.NapTest";
    private static final String PREPARED = "com.example.PreparedStateTest";
    private static final String PLAIN = "com.example.PlainTest";

    /** How the launcher gets the test class path. */
    enum Mode {
        /** {@code java -jar junit-platform-console-standalone.jar execute -cp <entries>}: a URLClassLoader of its own. */
        CLASS_PATH_OPTION,
        /** {@code java -cp classpath.jar ConsoleLauncher}: the system class loader follows the manifest. */
        CLASS_PATH_JAR
    }

    private Jdk jdk;
    private final Map<JUnit, List<Path>> compiled = new EnumMap<>(JUnit.class);

    @BeforeAll
    void findJdk17() {
        Optional<Jdk> found = Jdk.find(17);
        assumeTrue(found.isPresent(), "no JDK 17 on this machine (see Jdk.find)");
        jdk = found.get();
    }

    static Stream<Arguments> junitAndMode() {
        return Stream.of(JUnit.values()).flatMap(junit -> Stream.of(Mode.values()).map(mode -> Arguments.of(junit, mode)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("junitAndMode")
    void runsTheCompiledTests(JUnit junit, Mode mode) throws IOException {
        List<Path> classPath = compiled.computeIfAbsent(junit, this::compile);
        Path directory = ItSetup.workDirectory().resolve("console-" + junit.version() + "-" + mode.name().toLowerCase());
        ConsumerBuild.deleteRecursively(directory);
        Path reportsDirectory = directory.resolve("reports");
        Path standalone = junit.consoleStandalone();

        List<String> command = new ArrayList<>(List.of(jdk.java().toString()));
        if (mode == Mode.CLASS_PATH_OPTION) {
            command.addAll(List.of("-jar", standalone.toString(), "execute", "-cp", join(classPath)));
        } else {
            List<Path> entries = new ArrayList<>(List.of(standalone));
            entries.addAll(classPath);
            Path jar = ClassPathJar.write(directory.resolve("classpath.jar"), entries);
            command.addAll(List.of("-cp", jar.toString(), "org.junit.platform.console.ConsoleLauncher", "execute"));
        }
        command.addAll(List.of("--disable-banner", "--disable-ansi-colors", "--details=tree", "--fail-if-no-tests",
                "--select-package=com.example",
                "--config=rununder.models=" + Models.parameter(),
                "--reports-dir=" + reportsDirectory));
        Command.Finished launched = Command.of("console-" + junit.version() + "-" + mode, directory, command)
                .run(directory.resolve("console.log"));

        assertThat(launched.exitCode()).as("exit code of the Console Launcher; its output: %s", launched.log()).isZero();
        TestReports reports = TestReports.read(reportsDirectory);
        String javaClassPath = reports.properties("JUnit Jupiter").get("java.class.path");
        assertThat(javaClassPath).as("java.class.path under %s", mode)
                .isEqualTo(mode == Mode.CLASS_PATH_OPTION ? standalone.toString() : directory.resolve("classpath.jar").toString());

        RunUnderNodes nap = RunUnderNodes.of(reports, NAP, "nap", Models.running(Models.NAP)).allPassedOn(jdk).namedByModel();
        assertThat(Double.parseDouble(nap.entries(Model.THREADS).get("rununder.speedup"))).isGreaterThanOrEqualTo(3.0);
        RunUnderNodes prepared = RunUnderNodes.of(reports, PREPARED, "lookUp", Models.running(Models.ALL))
                .allPassedOn(jdk).namedByModel();
        if (Models.RUN.contains(Model.PROCESSES)) {
            // The workers found the test classes and the library on the class path this launcher mode built.
            assertThat(prepared.entries(Model.PROCESSES)).containsKey("rununder.startupNanos");
        }
        assertThat(reports.of(PLAIN)).extracting(TestNode::status).containsOnly(TestNode.Status.PASSED).hasSize(2);
    }

    /** Compiles same-tests against {@code junit} with Maven; returns its test class path, test classes first. */
    private List<Path> compile(JUnit junit) {
        BuildResult build = ConsumerBuild.of("same-tests", "console-compile-" + junit.version())
                .on(jdk).with(junit)
                .goals("test-compile", "org.apache.maven.plugins:maven-dependency-plugin:"
                        + ItSetup.property("rununder.it.dependencyPluginVersion") + ":build-classpath")
                .property("mdep.outputFile", "target/test-class-path.txt")
                .property("mdep.includeScope", "test")
                .run();
        assertThat(build.exitCode()).as("exit code of %s; its log: %s", build, build.finished().log()).isZero();
        List<Path> classPath = new ArrayList<>(List.of(build.directory().resolve("target/test-classes")));
        try {
            String dependencies = Files.readString(build.directory().resolve("target/test-class-path.txt")).strip();
            for (String entry : dependencies.split(File.pathSeparator)) {
                classPath.add(Path.of(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classPath;
    }

    private static String join(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
