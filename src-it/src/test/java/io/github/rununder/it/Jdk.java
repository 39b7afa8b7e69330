package io.github.rununder.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JDK on this machine that a consumer build or launcher runs on.
 *
 * @param home    its {@code JAVA_HOME}
 * @param feature its feature release, such as {@code 17}
 */
record Jdk(Path home, int feature) {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    /**
     * The JDK of feature release {@code feature}: the one given as {@code -Drununder.it.jdk<feature>},
     * else the JDK running these tests, else one under {@code /usr/lib/jvm}.
     */
    static Optional<Jdk> find(int feature) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("rununder.it.jdk" + feature)).filter(s -> !s.isBlank())
                .map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                installed.sorted().forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .map(Jdk::at)
                .flatMap(Optional::stream)
                .filter(jdk -> jdk.feature() == feature)
                .findFirst();
    }

    /** The JDK installed at {@code home}, if it is one (a {@code release} file, {@code java} and {@code javac}). */
    static Optional<Jdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))
                || !Files.isExecutable(home.resolve("bin/javac"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
            return matcher.find()
                    ? Optional.of(new Jdk(home.toRealPath(), Integer.parseInt(matcher.group(1))))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path java() {
        return home.resolve("bin/java");
    }

    /** Whether this JDK has virtual threads (Java 21 and newer). */
    boolean hasVirtualThreads() {
        return feature >= 21;
    }

    @Override
    public String toString() {
        return "JDK " + feature;
    }
}
