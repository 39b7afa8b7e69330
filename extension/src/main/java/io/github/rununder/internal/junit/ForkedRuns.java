package io.github.rununder.internal.junit;

import io.github.rununder.RunUnder;
import io.github.rununder.internal.fork.ProcessSession;
import io.github.rununder.internal.fork.WorkerPool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.UniqueId;

/**
 * Opens {@code PROCESSES} sessions for a {@code @RunUnder} method: the test JVM's worker pool
 * (one per test run, in the root store, so JUnit closes it at the end), the method's unique id as
 * the worker's Launcher will know it, and the configuration the worker's run needs.
 */
final class ForkedRuns {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ForkedRuns.class);

    /**
     * Configuration parameters passed on to the worker's Launcher. JUnit cannot list the
     * parameters of a run, so these are the ones that change how a test class runs.
     */
    private static final List<String> FORWARDED = List.of(
            RunUnder.ROUNDS_DEFAULT_PROPERTY_NAME,
            RunUnder.WARMUP_DEFAULT_PROPERTY_NAME,
            RunUnder.VERDICTS_PROPERTY_NAME,
            "junit.jupiter.testinstance.lifecycle.default",
            "junit.jupiter.extensions.autodetection.enabled",
            "junit.jupiter.extensions.autodetection.include",
            "junit.jupiter.extensions.autodetection.exclude",
            "junit.jupiter.displayname.generator.default",
            "junit.jupiter.tempdir.cleanup.mode.default",
            "junit.jupiter.conditions.deactivate",
            "junit.jupiter.extensions.deactivate");

    private ForkedRuns() {}

    static ProcessSession open(MethodRun run, int workers, ExtensionContext invocationContext) {
        ExtensionContext methodContext = invocationContext.getParent().orElseThrow();
        List<String> jvmArguments = new ArrayList<>(run.settings().forkJvmArgs());
        jvmArguments.addAll(run.plan().jvmArgs());
        return ProcessSession.forTest(pool(invocationContext), invocationContext.getRequiredTestClass(),
                jupiterUniqueId(methodContext.getUniqueId()), configuration(invocationContext), jvmArguments,
                run.plan().tasks(), workers);
    }

    private static WorkerPool pool(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        synchronized (ForkedRuns.class) {
            WorkerPool pool = store.get(WorkerPool.class, WorkerPool.class);
            if (pool == null) {
                pool = new WorkerPool();
                store.put(WorkerPool.class, pool);
            }
            return pool;
        }
    }

    /** The worker's Launcher runs Jupiter directly: drop segments of an enclosing engine, such as a suite. */
    static String jupiterUniqueId(String uniqueId) {
        List<UniqueId.Segment> segments = UniqueId.parse(uniqueId).getSegments();
        int engine = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).getType().equals("engine")) {
                engine = i;
            }
        }
        UniqueId result = UniqueId.forEngine(segments.get(engine).getValue());
        for (UniqueId.Segment segment : segments.subList(engine + 1, segments.size())) {
            result = result.append(segment);
        }
        return result.toString();
    }

    private static Map<String, String> configuration(ExtensionContext context) {
        Map<String, String> configuration = new LinkedHashMap<>();
        for (String key : FORWARDED) {
            context.getConfigurationParameter(key).ifPresent(value -> configuration.put(key, value));
        }
        return configuration;
    }
}
