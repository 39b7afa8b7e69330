package io.github.rununder.internal.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start a worker JVM: the {@code java} of the test JVM's {@code java.home}, the inherited
 * and extra JVM arguments, and the class path, passed in an argument file (a long class path on a
 * command line fails: one argument over 128 KiB on Linux, a 32 KiB line on Windows). Workers with
 * equal specs are interchangeable, so the pool keys its idle workers by spec.
 *
 * @param jvmArguments the JVM arguments, inherited ones first, then the configured and annotated ones
 * @param classPath the class path entries
 */
record ForkSpec(List<String> jvmArguments, List<String> classPath) {

    ForkSpec {
        jvmArguments = List.copyOf(jvmArguments);
        classPath = List.copyOf(classPath);
    }

    /** The spec for a test class, with the extra arguments from configuration and the annotation. */
    static ForkSpec forTest(Class<?> testClass, List<String> extraJvmArguments) {
        List<String> arguments = new ArrayList<>(JvmArguments.inherited());
        arguments.addAll(extraJvmArguments);
        return new ForkSpec(arguments, ClassPath.of(testClass));
    }

    /** The command line, writing the argument file into {@code directory}. */
    List<String> command(Path directory, int port, int workerId) throws IOException {
        Path argumentFile = Files.createTempFile(directory, "worker-", ".args");
        List<String> lines = new ArrayList<>();
        lines.add("-XX:+ExitOnOutOfMemoryError");
        lines.add("-D" + WorkerRuntime.WORKER_PROPERTY + "=true");
        lines.addAll(jvmArguments);
        lines.add("-cp");
        lines.add(String.join(java.io.File.pathSeparator, jarsFirst(classPath)));
        List<String> quoted = new ArrayList<>();
        for (String line : lines) {
            quoted.add(quote(line));
        }
        Files.write(argumentFile, quoted, StandardCharsets.UTF_8);
        return List.of(javaExecutable(), "@" + argumentFile, WorkerMain.class.getName(),
                Integer.toString(port), Integer.toString(workerId));
    }

    /**
     * Jars before directories, each group in its original order: a class-data archive covers a
     * class path prefix of jars only, and test-class directories come after it.
     */
    static List<String> jarsFirst(List<String> entries) {
        List<String> ordered = new ArrayList<>();
        entries.stream().filter(ForkSpec::isJar).forEach(ordered::add);
        entries.stream().filter(entry -> !isJar(entry)).forEach(ordered::add);
        return ordered;
    }

    private static boolean isJar(String entry) {
        return entry.endsWith(".jar") && java.nio.file.Files.isRegularFile(Path.of(entry));
    }

    static String javaExecutable() {
        String executable = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win")
                ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", executable).toString();
    }

    /** Quotes one argument for a Java argument file: backslashes and quotes escaped. */
    static String quote(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
