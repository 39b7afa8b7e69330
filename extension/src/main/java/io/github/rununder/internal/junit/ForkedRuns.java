package io.github.rununder.internal.junit;

import io.github.rununder.internal.fork.ProcessSession;
import io.github.rununder.internal.fork.StartupCache;
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
 * the worker's Launcher will know it, and the configuration the worker's run needs: the run's
 * configuration parameters; the system properties, working directory and environment come with
 * the worker itself.
 */
final class ForkedRuns {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ForkedRuns.class);

    private ForkedRuns() {}

    static ProcessSession open(MethodRun run, int workers, ExtensionContext invocationContext) {
        ExtensionContext methodContext = invocationContext.getParent().orElseThrow();
        List<String> jvmArguments = new ArrayList<>(run.settings().forkJvmArgs());
        jvmArguments.addAll(run.plan().jvmArgs());
        return ProcessSession.forTest(pool(invocationContext, run.settings()), invocationContext.getRequiredTestClass(),
                jupiterUniqueId(methodContext.getUniqueId()), configuration(invocationContext), jvmArguments,
                run.plan().tasks(), workers);
    }

    private static WorkerPool pool(ExtensionContext context, Settings settings) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        synchronized (ForkedRuns.class) {
            WorkerPool pool = store.get(WorkerPool.class, WorkerPool.class);
            if (pool == null) {
                pool = new WorkerPool(settings.forkStartupCache() ? StartupCache.fromBuildDirectory() : StartupCache.off());
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

    /**
     * The run's configuration parameters for the worker's Launcher (see {@link RunParameters}),
     * less those that are system properties of the same value: those travel as system properties,
     * where the worker leaves out what belongs to one JVM.
     */
    static Map<String, String> configuration(ExtensionContext context) {
        Map<String, String> configuration = new LinkedHashMap<>();
        for (String key : RunParameters.names(context)) {
            context.getConfigurationParameter(key)
                    .filter(value -> !value.equals(System.getProperty(key)))
                    .ifPresent(value -> configuration.put(key, value));
        }
        return configuration;
    }
}
