package io.github.rununder.it;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JUnit generation a consumer project is built with: the Jupiter version (also the BOM's) and the
 * matching Platform version, which names the Console Launcher's standalone jar.
 */
enum JUnit {
    FIVE("rununder.it.junit5.version", "rununder.it.junit5.platformVersion"),
    SIX("rununder.it.junit6.version", "rununder.it.junit6.platformVersion");

    private final String versionProperty;
    private final String platformVersionProperty;

    JUnit(String versionProperty, String platformVersionProperty) {
        this.versionProperty = versionProperty;
        this.platformVersionProperty = platformVersionProperty;
    }

    /** The version of {@code org.junit:junit-bom} and of Jupiter, such as {@code 5.14.4}. */
    String version() {
        return ItSetup.property(versionProperty);
    }

    /** The version of the JUnit Platform artifacts, such as {@code 1.14.4} (the same as Jupiter's from 6 on). */
    String platformVersion() {
        return ItSetup.property(platformVersionProperty);
    }

    /** {@code junit-platform-console-standalone} of this generation, from the private repository. */
    Path consoleStandalone() {
        String version = platformVersion();
        Path jar = ItSetup.privateRepository().resolve("org/junit/platform/junit-platform-console-standalone")
                .resolve(version).resolve("junit-platform-console-standalone-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: src-it's invoker:install puts it there (extraArtifacts)");
        }
        return jar;
    }

    @Override
    public String toString() {
        return "JUnit " + version();
    }
}
