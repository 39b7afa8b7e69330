package io.github.rununder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Maven build of one consumer project under {@code src-it/projects}, as a user runs it:
 * on a fresh copy of the project, with the Maven that runs this build, on a chosen JDK, resolving
 * RunUnder from the private repository that {@code invoker:install} filled.
 */
final class ConsumerBuild {

    private final String project;
    private final String label;
    private Jdk jdk;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> goals = new ArrayList<>(List.of("verify"));

    private ConsumerBuild(String project, String label) {
        this.project = project;
        this.label = label;
    }

    /**
     * A build of {@code src-it/projects/<project>} in {@code src-it/target/it/<label>}, on the JDK
     * running these tests until {@link #on(Jdk)} says otherwise.
     */
    static ConsumerBuild of(String project, String label) {
        ConsumerBuild build = new ConsumerBuild(project, label);
        build.jdk = Jdk.at(Path.of(System.getProperty("java.home"))).orElseThrow();
        return build;
    }

    ConsumerBuild on(Jdk jdk) {
        this.jdk = jdk;
        return this;
    }

    ConsumerBuild with(JUnit junit) {
        return property("junit.version", junit.version());
    }

    /** A {@code -Dname=value} for Maven, which Surefire also hands to the tests as a system property. */
    ConsumerBuild property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    ConsumerBuild goals(String... goals) {
        this.goals.clear();
        this.goals.addAll(List.of(goals));
        return this;
    }

    /**
     * Copies the project afresh and builds it.
     *
     * @throws AssertionError when the build hangs or leaves a process running
     */
    BuildResult run() {
        Path directory = ItSetup.workDirectory().resolve(label);
        copyProject(ItSetup.projects().resolve(project), directory);
        List<String> command = new ArrayList<>(List.of(ItSetup.maven().toString(), "-B",
                "-s", ItSetup.settings().toString(),
                "-Dmaven.repo.local=" + ItSetup.privateRepository(),
                "-Drununder.it.cacheRepositoryUrl=" + ItSetup.developerRepository().toUri()));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(goals);
        Command.Finished finished = Command.of(label, directory, command)
                .environment("JAVA_HOME", jdk.home().toString())
                .environment("MAVEN_BASEDIR", directory.toString())
                .timeout(Duration.ofMinutes(5))
                .run(directory.resolve("build.log"));
        return new BuildResult(label, directory, jdk, finished);
    }

    /** Copies {@code from} to {@code to}, filling in the RunUnder version as invoker's filtering would. */
    private static void copyProject(Path from, Path to) {
        try {
            deleteRecursively(to);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : files.toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (source.getFileName().toString().equals("pom.xml")) {
                        Files.writeString(target, Files.readString(source)
                                .replace("@project.version@", ItSetup.rununderVersion()));
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from + " to " + to, e);
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
