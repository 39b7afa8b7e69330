package io.github.rununder.internal.fork;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The test JVM's system properties a worker takes over: every property set at run time too
 * (Surefire's {@code systemPropertyVariables}, a build plugin's, a test's own) except those that
 * belong to one JVM: names starting with {@code java.}, {@code jdk.}, {@code sun.}, {@code os.},
 * {@code user.}, {@code file.}, {@code path.}, {@code native.}, {@code stdout.}, {@code stderr.} or
 * {@code stdin.}, {@code line.separator}, and the class path Surefire records
 * ({@code surefire.test.class.path}, {@code surefire.real.class.path}). The test JVM sends them
 * with each test it asks a worker to run; the worker sets them before the test's lifecycle starts,
 * and removes those it set for an earlier test that the test JVM no longer has.
 */
final class WorkerProperties {

    private static final List<String> OWN_PREFIXES = List.of("java.", "jdk.", "sun.", "os.", "user.", "file.", "path.",
            "native.", "stdout.", "stderr.", "stdin.");

    private static final Set<String> OWN_NAMES = Set.of("line.separator", "surefire.test.class.path",
            "surefire.real.class.path", WorkerRuntime.WORKER_PROPERTY);

    private final Set<String> applied = new HashSet<>();

    /** The properties of {@code properties} a worker takes over, sorted by name. */
    static Map<String, String> toForward(Properties properties) {
        Map<String, String> forwarded = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (forwarded(name)) {
                forwarded.put(name, properties.getProperty(name));
            }
        }
        return new LinkedHashMap<>(forwarded);
    }

    /** Whether a property of this name goes to the workers. */
    static boolean forwarded(String name) {
        return !OWN_NAMES.contains(name) && OWN_PREFIXES.stream().noneMatch(name::startsWith);
    }

    /** In a worker: sets {@code properties}, and clears what an earlier call set that is not among them. */
    void apply(Map<String, String> properties) {
        for (String name : applied) {
            if (!properties.containsKey(name)) {
                System.clearProperty(name);
            }
        }
        applied.clear();
        properties.forEach((name, value) -> {
            if (forwarded(name)) {
                System.setProperty(name, value);
                applied.add(name);
            }
        });
    }
}
