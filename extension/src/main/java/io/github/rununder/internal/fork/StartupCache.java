package io.github.rununder.internal.fork;

import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.plan.TimeLimit;
import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;

/**
 * Class-data archives that let workers start faster, kept in a directory under the build
 * directory. An archive holds the classes a worker loads on its way into a test, already parsed
 * and verified: JDK 25's ahead-of-time cache ({@code -XX:AOTCache}) or, before 25, a dynamic
 * class-data-sharing archive ({@code -XX:SharedArchiveFile}). Neither changes how fast the tasks
 * run once started: both only replace loading classes from jars.
 *
 * <p>An archive's name is a hash of what makes it valid: the JDK ({@code java.home} and its
 * version), the worker's JVM arguments, and each jar of its class path with its size and
 * modification time. A changed jar, JDK or argument gives another name, so a stale archive is
 * never used; the JVM checks the jars again itself.
 *
 * <p>It is made once, when a test run that started workers without it ends (never while tasks are
 * measured): a training worker, on the jars of the workers' class path alone (an archive cannot hold
 * classes from directories), runs {@link Rehearsal} and writes the archive as it exits. Test JVMs
 * running side by side train one at a time, behind a lock; the archive is written under a temporary
 * name and renamed into place. Training needs the library as a jar (as every build that depends on
 * it has it); it is skipped where the library's classes come from a directory.
 */
public final class StartupCache {

    /** How long a training run may take before it is given up. */
    static final long TRAINING_SECONDS = 60;

    private final Path directory;

    private StartupCache(Path directory) {
        this.directory = directory;
    }

    /** No archives: workers load their classes from the jars. */
    public static StartupCache off() {
        return new StartupCache(null);
    }

    /** Archives in {@code directory}, made on first use. */
    public static StartupCache in(Path directory) {
        return new StartupCache(directory);
    }

    /**
     * Archives in the build directory of the working directory's project: {@code target/} beside a
     * {@code pom.xml}, {@code build/} beside a Gradle build file; none elsewhere.
     */
    public static StartupCache fromBuildDirectory() {
        return buildDirectory(Path.of(System.getProperty("user.dir")))
                .map(build -> in(build.resolve("rununder-jvm-cache")))
                .orElseGet(StartupCache::off);
    }

    static Optional<Path> buildDirectory(Path project) {
        if (Files.isRegularFile(project.resolve("pom.xml"))) {
            return Optional.of(project.resolve("target"));
        }
        if (Files.isRegularFile(project.resolve("build.gradle")) || Files.isRegularFile(project.resolve("build.gradle.kts"))) {
            return Optional.of(project.resolve("build"));
        }
        return Optional.empty();
    }

    /** The arguments that make a worker of {@code spec} start from its archive; none while it has none. */
    List<String> startupArguments(ForkSpec spec) {
        Optional<Path> archive = archive(spec).filter(Files::isRegularFile);
        if (archive.isEmpty()) {
            return List.of();
        }
        return aheadOfTime()
                ? List.of("-XX:AOTCache=" + archive.get(), "-Xlog:aot*=off", "-Xlog:cds*=off")
                : List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xlog:cds*=off");
    }

    /** Where the archive for {@code spec} is or would be; empty when there is no cache or nothing to archive. */
    Optional<Path> archive(ForkSpec spec) {
        if (directory == null || ForkSpec.jars(spec.classPath()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(directory.resolve(key(spec) + (aheadOfTime() ? ".aot" : ".jsa")));
    }

    /** Whether this JDK has the ahead-of-time cache (JDK 25 and later). */
    static boolean aheadOfTime() {
        return Runtime.version().feature() >= 25;
    }

    static String key(ForkSpec spec) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>(List.of(System.getProperty("java.home"), System.getProperty("java.vm.version")));
            parts.addAll(spec.jvmArguments());
            for (String jar : ForkSpec.jars(spec.classPath())) {
                Path path = Path.of(jar);
                parts.add(jar + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path).toMillis());
            }
            parts.forEach(part -> digest.update((part + "\n").getBytes(StandardCharsets.UTF_8)));
            return "worker-" + Runtime.version().feature() + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot key a class-data archive: " + e, e);
        }
    }

    /**
     * After a run whose workers were of {@code spec}: makes their archive if it is missing, the
     * library is a jar, and no other test JVM is making it. Failures only mean no archive.
     */
    void afterRun(ForkSpec spec) {
        Optional<Path> archive = archive(spec);
        if (archive.isEmpty() || Files.exists(archive.get()) || !libraryIsAJar(spec)) {
            return;
        }
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
                if (lock != null && !Files.exists(archive.get())) {
                    train(spec, archive.get());
                }
            }
        } catch (IOException | RuntimeException | InterruptedException trainingFailed) {
            if (trainingFailed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether a jar of the class path holds the library, and with it {@link Rehearsal}. */
    static boolean libraryIsAJar(ForkSpec spec) {
        String rehearsal = Rehearsal.class.getName().replace('.', '/') + ".class";
        for (String jar : ForkSpec.jars(spec.classPath())) {
            try (JarFile file = new JarFile(jar)) {
                if (file.getEntry(rehearsal) != null) {
                    return true;
                }
            } catch (IOException unreadable) {
                // not the library
            }
        }
        return false;
    }

    private void train(ForkSpec spec, Path archive) throws IOException, InterruptedException {
        String base = archive.getFileName() + "." + ProcessHandle.current().pid();
        Path output = directory.resolve(base + ".tmp");
        Path configuration = directory.resolve(base + ".aotconf");
        List<String> jars = ForkSpec.jars(spec.classPath());
        List<String> withoutAgents = withoutAgents(spec.jvmArguments());
        List<String> recording = new ArrayList<>(withoutAgents);
        if (aheadOfTime()) {
            recording.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration, "-Xlog:aot*=off",
                    "-Xlog:cds*=off"));
        } else {
            recording.addAll(List.of("-XX:ArchiveClassesAtExit=" + output, "-Xlog:cds*=off"));
        }
        try {
            rehearse(new ForkSpec(recording, jars, spec.workingDirectory()));
            if (aheadOfTime()) {
                assemble(withoutAgents, jars, configuration, output);
            }
            if (Files.isRegularFile(output) && Files.size(output) > 0) {
                move(output, archive);
            }
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(configuration);
        }
    }

    /**
     * The workers' JVM arguments without agents: a JDK before 25 refuses to dump an archive with a
     * Java agent loaded, and a coverage agent would record the rehearsal. An archive made without
     * them serves workers that have them; the key still names the workers' own arguments.
     */
    static List<String> withoutAgents(List<String> arguments) {
        return arguments.stream().filter(argument -> !argument.startsWith("-javaagent:")
                && !argument.startsWith("-agentlib:") && !argument.startsWith("-agentpath:")).toList();
    }

    /**
     * One worker runs the rehearsal through the real channel, then exits, writing what it loaded.
     * What it prints is dropped: the JDK reports on its archive there, which is no business of the test's output.
     */
    private static void rehearse(ForkSpec training) {
        Spawner quiet = (command, directory) -> new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (WorkerPool pool = new WorkerPool(quiet, 1, off())) {
            ProcessSession session = ProcessSession.forSpec(pool, training, Rehearsal.UNIQUE_ID, 4, 1,
                    Rehearsal.class.getClassLoader());
            Deadline deadline = Deadline.start(new TimeLimit(Duration.ofSeconds(TRAINING_SECONDS),
                    "training a class-data archive"));
            try (session) {
                session.prepare(-1, deadline);
                for (int round = 0; round < 3; round++) {
                    session.runRound(round, null, deadline);
                }
                session.finish(deadline);
            } catch (TimeoutException | RuntimeException failed) {
                // no archive this time
            }
        }
    }

    /** JDK 25's second step: builds the cache from the recorded configuration, in a JVM of its own. */
    private static void assemble(List<String> jvmArguments, List<String> jars, Path configuration, Path output)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(configuration)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(ForkSpec.javaExecutable()));
        command.addAll(jvmArguments);
        command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + output,
                "-Xlog:aot*=off", "-Xlog:cds*=off", "-cp", String.join(File.pathSeparator, jars)));
        Process assembly = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!assembly.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
            Worker.destroy(assembly);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notSupported) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
