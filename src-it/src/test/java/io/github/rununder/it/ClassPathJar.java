package io.github.rununder.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * A jar holding nothing but a manifest whose {@code Class-Path} lists the real entries, the way
 * IntelliJ ("JAR manifest") and Eclipse shorten a class path too long for a command line.
 */
final class ClassPathJar {

    private ClassPathJar() {}

    static Path write(Path jar, List<Path> entries) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        // Absolute file: URLs, directories ending in '/', as the IDEs write them.
        main.put(Attributes.Name.CLASS_PATH, entries.stream()
                .map(entry -> entry.toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" ")));
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
                // the manifest is the whole content
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + jar, e);
        }
        return jar;
    }
}
