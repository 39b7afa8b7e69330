package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskFailedException;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.engine.PinningMode;
import io.github.rununder.internal.measure.Pinning;
import io.github.rununder.internal.engine.ModelOutcome;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.model.TaskFailures;
import io.github.rununder.internal.model.VirtualThreads;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The own run of one arm (a model at one concurrency), inside the JUnit lifecycle of its
 * invocation: JUnit has created the instance and run {@code @BeforeEach}; instead of JUnit's single
 * call of the method, the engine warms the arm up and measures its rounds, and this publishes the
 * figures.
 */
final class ModelInvocation implements BeforeEachCallback, InvocationInterceptor {

    private final MethodRun run;
    private final Arm arm;

    ModelInvocation(MethodRun run, Arm arm) {
        this.run = run;
        this.arm = arm;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (arm.model() == Model.VIRTUAL_THREADS && !VirtualThreads.available()) {
            String reason = VirtualThreads.unavailableReason();
            run.experiment().aborted(arm, reason);
            throw new TestAbortedException(reason);
        }
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        invocation.skip();
        ModelOutcome outcome;
        try {
            outcome = run.experiment().measure(arm, run.sessions(invocationContext, context));
        } catch (TaskFailedException failure) {
            if (failure.getCause() instanceof TestAbortedException aborted) {
                run.experiment().aborted(arm, arm + " was aborted: " + aborted.getMessage());
                throw aborted;
            }
            throw TaskFailures.asInAPlainTest(failure);
        }
        ModelOutcome sequential = run.experiment().outcome(run.plan().levels().arm(Model.SEQUENTIAL, 1));
        context.publishReportEntry(ReportEntries.model(outcome, sequential));
        // Surefire keeps no report entries in its XML, but records what a test prints.
        System.out.println("[RunUnder] " + run.plan().subject() + " " + context.getDisplayName().replaceAll("\\s+", " ")
                + ": " + ReportEntries.summary(outcome, sequential));
        failIfTheLoopBlocked(outcome);
        failIfPinned(outcome);
    }

    /** In {@code rununder.pinning=fail} mode, a virtual thread pinned while parked fails the VIRTUAL_THREADS node. */
    private void failIfPinned(ModelOutcome outcome) {
        if (run.settings().pinning() != PinningMode.FAIL || outcome.own().pinning().isEmpty()) {
            return;
        }
        AssertionFailedError failure = new AssertionFailedError("Expected no virtual thread to be pinned to its carrier,"
                + " but " + Pinning.describe(outcome.own().pinning()) + " (" + RunUnder.PINNING_PROPERTY_NAME + "=fail)");
        run.experiment().failed(arm, failure);
        throw failure;
    }

    /** In {@code rununder.async.blocking=fail} mode, a blocked event loop fails the ASYNC node. */
    private void failIfTheLoopBlocked(ModelOutcome outcome) {
        if (run.settings().asyncBlocking() != BlockingMode.FAIL) {
            return;
        }
        outcome.own().loopBlocking().ifPresent(blocking -> {
            AssertionFailedError failure = new AssertionFailedError("Expected no task to block the ASYNC event loop, but "
                    + blocking.describe() + " (" + RunUnder.ASYNC_BLOCKING_PROPERTY_NAME + "=fail)");
            run.experiment().failed(arm, failure);
            throw failure;
        });
    }
}
