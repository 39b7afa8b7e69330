package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.TimeLimit;
import io.github.rununder.testing.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache trains once on the jars of a worker's class path, is keyed so that a stale
 * archive is never used, and workers start from it into a test.
 */
class StartupCacheTest {

    private static final String TEST = "[engine:junit-jupiter]/[class:" + Fixture.class.getName()
            + "]/[test-template:task()]";

    @TempDir
    Path directory;

    @AfterEach
    void noWorkerIsLeft() {
        Workers.assertNoneLeft();
    }

    @Test
    void aRunTrainsAnArchiveOnceAndLaterWorkersStartFromItIntoTheTest() throws Exception {
        ForkSpec spec = new ForkSpec(List.of(), classPathWithTheLibraryAsAJar());
        StartupCache cache = StartupCache.in(directory.resolve("cache"));
        assertThat(cache.startupArguments(spec)).as("arguments before training").isEmpty();

        cache.afterRun(spec);

        Path archive = cache.archive(spec).orElseThrow();
        assertThat(archive).isRegularFile();
        assertThat(archive.getFileName().toString()).startsWith("worker-" + Runtime.version().feature() + "-");
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).as("nothing but the archive and the lock")
                    .containsExactlyInAnyOrder(archive.getFileName().toString(), ".lock");
        }
        assertThat(cache.startupArguments(spec)).anyMatch(argument -> argument.endsWith("=" + archive));

        try (WorkerPool pool = new WorkerPool(Spawner.PROCESS_BUILDER, 2, cache)) {
            ProcessSession session = ProcessSession.forSpec(pool, spec, TEST, 2, 1, getClass().getClassLoader());
            Deadline deadline = Deadline.start(new TimeLimit(Duration.ofMinutes(2), "test"));
            session.prepare(-1, deadline);
            session.runRound(0, null, deadline);
            session.finish(deadline);
            session.close();
        }
    }

    @Test
    void aChangedJarOrJvmArgumentNamesAnotherArchive() throws IOException {
        Path jar = jar(directory.resolve("lib.jar"), "a.txt");
        ForkSpec spec = new ForkSpec(List.of("-Xmx64m"), List.of(jar.toString()));
        String before = StartupCache.key(spec);

        assertThat(StartupCache.key(new ForkSpec(List.of("-Xmx128m"), List.of(jar.toString())))).isNotEqualTo(before);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(StartupCache.key(spec)).isNotEqualTo(before);
    }

    @Test
    void nothingIsTrainedWhereTheLibraryIsADirectoryOrThereIsNoBuildDirectory() throws IOException {
        ForkSpec spec = ForkSpec.forTest(StartupCacheTest.class, List.of());
        StartupCache cache = StartupCache.in(directory.resolve("cache"));

        cache.afterRun(spec);

        assertThat(directory.resolve("cache")).doesNotExist();
        assertThat(StartupCache.buildDirectory(directory)).isEmpty();
        Files.writeString(directory.resolve("pom.xml"), "<project/>");
        assertThat(StartupCache.buildDirectory(directory)).contains(directory.resolve("target"));
    }

    /** This test's class path with the library's classes directory replaced by a jar of it, as users have it. */
    private List<String> classPathWithTheLibraryAsAJar() throws IOException {
        Path classes = Path.of(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path library = directory.resolve("rununder.jar");
        try (OutputStream file = Files.newOutputStream(library); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> all = Files.walk(classes)) {
            for (Path each : all.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(each).toString().replace('\\', '/')));
                Files.copy(each, jar);
                jar.closeEntry();
            }
        }
        List<String> entries = new ArrayList<>();
        for (String entry : ClassPath.of(StartupCacheTest.class)) {
            entries.add(Path.of(entry).equals(classes) ? library.toString() : entry);
        }
        return entries;
    }

    private static Path jar(Path file, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.closeEntry();
        }
        return file;
    }

    /** The test the workers enter. */
    static class Fixture {
        @io.github.rununder.RunUnder(model = io.github.rununder.Model.PROCESSES, tasks = 2, concurrency = 1)
        void task() {}
    }
}
