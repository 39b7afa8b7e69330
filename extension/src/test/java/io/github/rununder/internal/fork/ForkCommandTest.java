package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkCommandTest {

    @Test
    void inheritsWhatMattersButNeitherTheDebuggerNorWhatTheEnvironmentAddsAgain() {
        List<String> arguments = List.of("-ea", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dfoo=bar", "-Xmx512m",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005",
                "-javaagent:/m2/jacocoagent.jar=destfile=target/jacoco.exec", "-javaagent:/tools/profiler.jar",
                "-Djdk.module.main=app", "-XX:ArchiveClassesAtExit=app.jsa");

        List<String> inherited = JvmArguments.filter(arguments, Map.of("JAVA_TOOL_OPTIONS", "-javaagent:/tools/profiler.jar"));

        assertThat(inherited).containsExactly("-ea", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dfoo=bar", "-Xmx512m",
                "-javaagent:/m2/jacocoagent.jar=destfile=target/jacoco.exec");
    }

    @Test
    void theClassPathGoesInAnArgumentFileWithEveryArgumentQuoted(@TempDir Path directory) throws IOException {
        ForkSpec spec = new ForkSpec(List.of("-Dname=with space", "-Dwin=C:\\temp\\\"x\""), List.of("/a b/c.jar", "/d"));

        List<String> command = spec.command(directory, List.of(), 4711, 2).arguments();

        assertThat(command).hasSize(5);
        assertThat(command.get(0)).endsWith(File.separator + "java");
        assertThat(command.subList(2, 5)).containsExactly(WorkerMain.class.getName(), "4711", "2");
        List<String> lines = Files.readAllLines(Path.of(command.get(1).substring(1)));
        assertThat(lines).containsExactly("\"-XX:+ExitOnOutOfMemoryError\"", "\"-Drununder.worker=true\"",
                "\"-Dname=with space\"", "\"-Dwin=C:\\\\temp\\\\\\\"x\\\"\"", "\"-cp\"",
                "\"/a b/c.jar" + File.pathSeparator + "/d\"");
    }

    @Test
    void theClassPathHasTheTestsLoaderEntriesAndWhatAManifestOnlyJarLists(@TempDir Path directory) throws Exception {
        Path listed = Files.createDirectories(directory.resolve("lib/listed"));
        Path manifestJar = directory.resolve("classpath.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/listed/");
        try (OutputStream file = Files.newOutputStream(manifestJar); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
        // A class only a URLClassLoader knows, as under the Console Launcher or Surefire's forkCount=0.
        Path loaderOnly = Files.createDirectories(directory.resolve("loader-only"));
        String classFile = ClassPathFixture.class.getName().replace('.', '/') + ".class";
        Path copy = loaderOnly.resolve(classFile);
        Files.createDirectories(copy.getParent());
        try (var original = getClass().getClassLoader().getResourceAsStream(classFile)) {
            Files.copy(original, copy);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {manifestJar.toUri().toURL(), loaderOnly.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fixture = Class.forName(ClassPathFixture.class.getName(), false, loader);
            assertThat(fixture.getClassLoader()).isSameAs(loader);

            List<String> entries = ClassPath.of(fixture);

            assertThat(entries).contains(manifestJar.toString(), listed.toString(), loaderOnly.toString());
            assertThat(entries).anyMatch(entry -> entry.contains("junit-platform-launcher"));
            assertThat(entries).doesNotHaveDuplicates();
        }
    }

    static final class ClassPathFixture {}
}
