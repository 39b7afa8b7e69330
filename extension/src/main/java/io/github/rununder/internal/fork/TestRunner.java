package io.github.rununder.internal.fork;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Runs one {@code @RunUnder} method in a worker through the worker's Launcher, so the test class's
 * own lifecycle ({@code @BeforeAll}, {@code @BeforeEach}, extensions, parameter resolvers,
 * {@code @Nested} enclosing instances) runs as in the test JVM. Inside, the extension sees that it
 * runs in a worker and serves tasks instead of measuring models.
 */
final class TestRunner {

    private final Launcher launcher;
    private final WorkerRuntime runtime;

    TestRunner(Launcher launcher, WorkerRuntime runtime) {
        this.launcher = launcher;
        this.runtime = runtime;
    }

    Message.SessionFinished run(Message.RunTest run) {
        runtime.resetServed();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId(run.uniqueId()))
                .configurationParameters(run.configuration())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
                .build();
        TestPlan plan;
        try {
            plan = launcher.discover(request);
        } catch (RuntimeException | LinkageError e) {
            return new Message.SessionFinished("could not discover " + run.uniqueId(), ThrowableData.of(e));
        }
        if (!plan.containsTests()) {
            return notFound(run.uniqueId());
        }
        FirstFailure failure = new FirstFailure();
        launcher.execute(plan, failure);
        Optional<Throwable> thrown = Optional.ofNullable(failure.thrown.get());
        String testClass = className(run.uniqueId());
        if (!runtime.served()) {
            if (thrown.filter(LinkageError.class::isInstance).isPresent()) {
                return new Message.SessionFinished("could not load " + testClass, ThrowableData.of(thrown.get()));
            }
            return new Message.SessionFinished("did not reach the tasks of " + simpleName(testClass),
                    thrown.map(ThrowableData::of).orElse(null));
        }
        return thrown.map(t -> new Message.SessionFinished("failed " + simpleName(testClass) + " after its tasks",
                        ThrowableData.of(t)))
                .orElseGet(() -> new Message.SessionFinished(null, null));
    }

    private static Message.SessionFinished notFound(String uniqueId) {
        String className = className(uniqueId);
        try {
            Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return new Message.SessionFinished("could not load " + className, ThrowableData.of(e));
        }
        return new Message.SessionFinished("found no test with the id " + uniqueId, null);
    }

    private static String className(String uniqueId) {
        return UniqueId.parse(uniqueId).getSegments().stream()
                .filter(segment -> segment.getType().equals("class"))
                .map(UniqueId.Segment::getValue)
                .findFirst()
                .orElse(uniqueId);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Remembers the first failure of any node: a lifecycle method, a constructor, the method. */
    private static final class FirstFailure implements TestExecutionListener {
        final AtomicReference<Throwable> thrown = new AtomicReference<>();

        @Override
        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                result.getThrowable().ifPresent(t -> thrown.compareAndSet(null, t));
            }
        }
    }
}
