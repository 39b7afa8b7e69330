package io.github.rununder.internal.fork;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JVM arguments a worker inherits from the test JVM: what matters for the code under test
 * ({@code -ea}, {@code --add-opens}, {@code -D} properties, {@code -Xmx}, coverage agents), but
 * not the debugger agent (a second JVM cannot attach to the same port), not what
 * {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS} gave (the worker reads those itself;
 * twice would load an agent twice), and not what only makes sense once (class-data archive dumps,
 * the main module).
 */
final class JvmArguments {

    private JvmArguments() {}

    static List<String> inherited() {
        return filter(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv());
    }

    static List<String> filter(List<String> arguments, Map<String, String> environment) {
        Set<String> fromEnvironment = new HashSet<>();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = environment.get(variable);
            if (value != null) {
                fromEnvironment.addAll(Arrays.asList(value.trim().split("\\s+")));
            }
        }
        List<String> kept = new ArrayList<>();
        for (String argument : arguments) {
            if (!fromEnvironment.contains(argument) && !excluded(argument)) {
                kept.add(argument);
            }
        }
        return kept;
    }

    private static boolean excluded(String argument) {
        return argument.startsWith("-agentlib:jdwp")
                || argument.startsWith("-Xrunjdwp")
                || argument.equals("-Xdebug")
                || argument.startsWith("-Djdk.module.main")
                || argument.startsWith("-XX:ArchiveClassesAtExit")
                || argument.startsWith("-XX:SharedArchiveFile")
                || argument.startsWith("-Xshare:dump")
                || argument.startsWith("-D" + WorkerRuntime.WORKER_PROPERTY + "=");
    }
}
