package io.github.rununder.internal.fork;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path a worker needs: the test classes, their dependencies, the library and the JUnit
 * launcher, whichever way the test JVM was started. {@code java.class.path} alone is not enough:
 * Surefire's {@code forkCount=0} and the Console Launcher load tests through their own
 * {@code URLClassLoader}, and IDEs shorten long class paths into one jar whose manifest lists the
 * rest. So it gathers, in order and without repeats:
 * <ol>
 *   <li>{@code java.class.path}, with manifest {@code Class-Path} entries of its jars expanded;</li>
 *   <li>{@code surefire.test.class.path} when set;</li>
 *   <li>the URLs of every {@code URLClassLoader} from the test class's loader up;</li>
 *   <li>where the test class, this library and the JUnit launcher were loaded from.</li>
 * </ol>
 */
final class ClassPath {

    private ClassPath() {}

    static List<String> of(Class<?> testClass) {
        Set<String> entries = new LinkedHashSet<>();
        addPath(entries, System.getProperty("java.class.path"));
        addPath(entries, System.getProperty("surefire.test.class.path"));
        for (ClassLoader loader = testClass.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    addUrl(entries, url);
                }
            }
        }
        addCodeSource(entries, testClass);
        addCodeSource(entries, WorkerMain.class);
        addCodeSource(entries, org.junit.platform.launcher.core.LauncherFactory.class);
        return List.copyOf(entries);
    }

    private static void addPath(Set<String> entries, String path) {
        if (path == null || path.isBlank()) {
            return;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(entries, Path.of(entry));
            }
        }
    }

    private static void addUrl(Set<String> entries, URL url) {
        if (!"file".equals(url.getProtocol())) {
            return;
        }
        try {
            add(entries, Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException ignored) {
            // not a local file: a worker could not use it anyway
        }
    }

    private static void addCodeSource(Set<String> entries, Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            addUrl(entries, source.getLocation());
        }
    }

    private static void add(Set<String> entries, Path entry) {
        Path absolute = entry.toAbsolutePath().normalize();
        if (!entries.add(absolute.toString())) {
            return;
        }
        if (absolute.toString().endsWith(".jar") && Files.isRegularFile(absolute)) {
            expandManifest(entries, absolute);
        }
    }

    /** Adds what a jar's manifest {@code Class-Path} lists, relative to the jar, as the JVM would. */
    private static void expandManifest(Set<String> entries, Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String relative : classPath.trim().split("\\s+")) {
                try {
                    URL url = new URL(jar.toUri().toURL(), relative);
                    addUrl(entries, url);
                } catch (java.net.MalformedURLException ignored) {
                    // the JVM ignores such entries too
                }
            }
        } catch (java.io.IOException ignored) {
            // an unreadable jar stays on the path as it is
        }
    }
}
