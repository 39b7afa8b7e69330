package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.RunUnder;
import io.github.rununder.internal.blocking.BlockingMode;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelRunner;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.model.TaskFailures;
import io.github.rununder.internal.model.VirtualThreads;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.report.NodeEntries;
import io.github.rununder.internal.stats.Instability;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The run of one model, inside the JUnit lifecycle of its invocation: JUnit has created the
 * instance and run {@code @BeforeEach}; instead of JUnit's single call of the method, this runs
 * the warm-up and measured rounds and publishes the figures.
 */
final class ModelInvocation implements BeforeEachCallback, InvocationInterceptor {

    private final MethodRun run;
    private final Model model;

    ModelInvocation(MethodRun run, Model model) {
        this.run = run;
        this.model = model;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Plan plan = run.plan();
        context.publishReportEntry(NodeEntries.NODE, NodeEntries.node(model, plan.tasks(), plan.concurrencyOf(model),
                plan.warmup(), plan.rounds()));
        if (model == Model.VIRTUAL_THREADS && !VirtualThreads.available()) {
            String reason = VirtualThreads.unavailableReason();
            run.unavailable(model, reason);
            throw new TestAbortedException(reason);
        }
    }

    /** In {@code rununder.async.blocking=fail} mode, a blocked event loop fails the ASYNC node. */
    private void failIfTheLoopBlocked(ModelResult result) {
        if (run.settings().asyncBlocking() == BlockingMode.FAIL) {
            result.loopBlocking().ifPresent(blocking -> {
                throw new AssertionFailedError("Expected no task to block the ASYNC event loop, but "
                        + blocking.describe() + " (" + RunUnder.ASYNC_BLOCKING_PROPERTY_NAME + "=fail)");
            });
        }
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context) throws Throwable {
        invocation.skip();
        Plan plan = run.plan();
        Deadline deadline = Deadline.start(plan.timeLimit());
        try (ModelSession session = SessionFactory.open(model, run, invocationContext, context)) {
            ModelResult result = ModelRunner.run(session, plan, deadline);
            new Instability().check(result);
            run.measured(result);
            context.publishReportEntry(ReportEntries.of(result, run.result(Model.SEQUENTIAL)));
            // Surefire keeps no report entries in its XML, but records what a test prints.
            System.out.println("[RunUnder] " + run.plan().subject() + " " + context.getDisplayName().replaceAll("\\s+", " ")
                    + ": " + ReportEntries.summary(result, result.wall(), run.result(Model.SEQUENTIAL)));
            failIfTheLoopBlocked(result);
        } catch (Throwable failure) {
            run.unavailable(model, model + " failed: " + failure.getMessage());
            throw TaskFailures.asInAPlainTest(failure);
        }
    }
}
