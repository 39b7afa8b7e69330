package io.github.rununder.it;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the integration tests find what the src-it build prepared for them: the consumer projects,
 * the private local repository holding the installed RunUnder, the Maven that runs this build.
 * Failsafe passes each as a system property (see src-it/pom.xml).
 */
final class ItSetup {

    private ItSetup() {}

    /** The consumer projects, as a user would write them: {@code src-it/projects}. */
    static Path projects() {
        return directory("rununder.it.projects");
    }

    /** Where each integration build gets its own copy of a project: {@code src-it/target/it}. */
    static Path workDirectory() {
        return Path.of(required("rununder.it.workDirectory"));
    }

    /** The private local repository that {@code invoker:install} filled: {@code src-it/target/local-repo}. */
    static Path privateRepository() {
        return directory("rununder.it.privateRepository");
    }

    /** The developer's own local repository, read by the consumer builds as a remote one, never written. */
    static Path developerRepository() {
        return Path.of(required("rununder.it.developerRepository"));
    }

    /** The settings of the consumer builds: {@code src-it/settings.xml}. */
    static Path settings() {
        return Path.of(required("rununder.it.settings"));
    }

    /** The {@code mvn} of the Maven that runs this build. */
    static Path maven() {
        return directory("rununder.it.mavenHome").resolve("bin").resolve("mvn");
    }

    /** The version of RunUnder under test, as installed in the private repository. */
    static String rununderVersion() {
        return required("rununder.it.rununderVersion");
    }

    static String property(String name) {
        return required(name);
    }

    private static Path directory(String name) {
        Path path = Path.of(required(name));
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(name + " names " + path + ", which is not a directory");
        }
        return path;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name
                    + " is not set: run the integration tests through src-it's build (mvn -B verify)");
        }
        return value;
    }
}
