package io.github.rununder.internal.junit;

import io.github.rununder.RunUnder;
import io.github.rununder.internal.fork.WorkerRuntime;
import io.github.rununder.internal.plan.InvalidPlanException;
import io.github.rununder.internal.plan.Plan;
import io.github.rununder.internal.report.Handoff;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Turns a {@link RunUnder} method into one invocation per model and a final verdict. Registered
 * by the annotation itself; users never name this class.
 *
 * <p>The plan is validated before any invocation exists, so a configuration error fails the
 * method as a whole and no node of it can pass. Inside a {@code PROCESSES} worker JVM the method
 * has a single invocation instead, which serves the tasks the test JVM sends.
 */
public final class RunUnderExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunUnderExtension.class);

    /**
     * Refuses here, rather than when providing invocations, a method that is another template too:
     * JUnit asks every provider this before it runs the invocations of any, so no invocation of the
     * other template runs and fails on its own.
     */
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod().filter(m -> AnnotationSupport.isAnnotated(m, RunUnder.class));
        method.ifPresent(m -> OtherTemplates.refuse(context.getRequiredTestClass(), m));
        return method.isPresent();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        WorkerRuntime worker = WorkerRuntime.current();
        if (worker != null) {
            return Stream.of(new WorkerInvocation(worker, context.getRequiredTestMethod()));
        }
        Settings settings = Settings.of(context).requireValid();
        Plan plan;
        try {
            plan = PlanReader.read(context, settings);
        } catch (InvalidPlanException invalid) {
            throw new ExtensionConfigurationException(invalid.getMessage());
        }
        Method method = context.getRequiredTestMethod();
        MethodRun run = new MethodRun(plan, settings);
        offerToTheReport(context, run);
        Stream<TestTemplateInvocationContext> models = plan.arms().stream()
                .map(arm -> new ModelInvocationContext(run, arm, method));
        // Mapped lazily: the verdict's context is made after the models ran, so its name can use their figures.
        Stream<TestTemplateInvocationContext> verdict = Stream.of(run)
                .map(finished -> new VerdictInvocationContext(finished, method));
        return Stream.concat(models, verdict);
    }

    /**
     * Leaves the method's result for the report listener, which takes it when the method finishes;
     * what it does not take (no listener in this run, as under the EngineTestKit) is withdrawn when
     * the engine's run ends.
     */
    private static void offerToTheReport(ExtensionContext context, MethodRun run) {
        String uniqueId = context.getUniqueId();
        Handoff.offer(uniqueId, run.experiment()::result, run.settings().verdictMode().name().toLowerCase(Locale.ROOT));
        context.getRoot().getStore(NAMESPACE).put(uniqueId, (AutoCloseable) () -> Handoff.withdraw(uniqueId));
    }
}
