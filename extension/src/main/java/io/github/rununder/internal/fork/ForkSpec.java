package io.github.rununder.internal.fork;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to start a worker JVM: the {@code java} of the test JVM's {@code java.home}, the inherited
 * and extra JVM arguments, the class path, and the working directory (the test JVM's). The
 * arguments go in an argument file (a long class path on a command line fails: one argument over
 * 128 KiB on Linux, a 32 KiB line on Windows). The environment is the test JVM's, inherited. Workers
 * with equal specs are interchangeable, so the pool keys its idle workers by spec.
 *
 * @param jvmArguments the JVM arguments, inherited ones first, then the configured and annotated ones
 * @param classPath the class path entries
 * @param workingDirectory where the worker runs, as the test JVM does
 */
record ForkSpec(List<String> jvmArguments, List<String> classPath, Path workingDirectory) {

    ForkSpec {
        jvmArguments = List.copyOf(jvmArguments);
        classPath = List.copyOf(classPath);
    }

    ForkSpec(List<String> jvmArguments, List<String> classPath) {
        this(jvmArguments, classPath, Path.of(System.getProperty("user.dir")).toAbsolutePath());
    }

    /** The spec for a test class, with the extra arguments from configuration and the annotation. */
    static ForkSpec forTest(Class<?> testClass, List<String> extraJvmArguments) {
        List<String> arguments = new ArrayList<>(JvmArguments.inherited());
        arguments.addAll(extraJvmArguments);
        return new ForkSpec(arguments, ClassPath.of(testClass));
    }

    /** A command line and the argument file it reads, to delete once the worker has started. */
    record Command(List<String> arguments, Path argumentFile) {}

    /**
     * The command line, writing the argument file into {@code directory}.
     *
     * @param startup arguments that only make the JVM start faster (a class-data archive), first
     */
    Command command(Path directory, List<String> startup, int port, int workerId) throws IOException {
        Path argumentFile = Files.createTempFile(directory, "worker-", ".args");
        List<String> lines = new ArrayList<>(startup);
        lines.add("-XX:+ExitOnOutOfMemoryError");
        lines.add("-D" + WorkerRuntime.WORKER_PROPERTY + "=true");
        lines.addAll(jvmArguments);
        lines.add("-cp");
        lines.add(String.join(File.pathSeparator, jarsFirst(classPath)));
        List<String> quoted = new ArrayList<>();
        for (String line : lines) {
            quoted.add(quote(line));
        }
        Files.write(argumentFile, quoted, StandardCharsets.UTF_8);
        return new Command(List.of(javaExecutable(), "@" + argumentFile, WorkerMain.class.getName(),
                Integer.toString(port), Integer.toString(workerId)), argumentFile);
    }

    /**
     * Jars before directories, each group in its original order: a class-data archive covers a
     * class path prefix of jars only, and test-class directories come after it.
     */
    static List<String> jarsFirst(List<String> entries) {
        List<String> ordered = new ArrayList<>(jars(entries));
        entries.stream().filter(entry -> !isJar(entry)).forEach(ordered::add);
        return ordered;
    }

    /** The entries that are jar files, in order. */
    static List<String> jars(List<String> entries) {
        return entries.stream().filter(ForkSpec::isJar).toList();
    }

    private static boolean isJar(String entry) {
        return entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry));
    }

    static String javaExecutable() {
        String executable = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", executable).toString();
    }

    /**
     * Quotes one argument for a Java argument file: backslashes, quotes and line breaks escaped, so
     * that a value with spaces or several lines stays one argument.
     */
    static String quote(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
