package io.github.rununder.internal.junit;

import io.github.rununder.internal.stats.Classification;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * The verdict invocation of a {@code @RunUnder} method. Created after the model invocations ran
 * (JUnit consumes the invocation stream lazily), so its name can say what kind of workload they
 * measured; which model is fastest it cannot say yet: that rests on the rounds it measures itself.
 */
final class VerdictInvocationContext implements TestTemplateInvocationContext {

    private final MethodRun run;
    private final Method method;
    private final String summary;

    VerdictInvocationContext(MethodRun run, Method method) {
        this.run = run;
        this.method = method;
        this.summary = summarise(run);
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return NodeNames.verdict(invocationIndex, summary);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new TaskInfoParameterResolver(method), new VerdictInvocation(run));
    }

    /** {@code IO-bound (CPU 3% of wall) · 2 expectations}, from what the models measured alone. */
    private static String summarise(MethodRun run) {
        List<String> parts = new ArrayList<>();
        run.experiment().result().classification().map(Classification::describe).ifPresent(parts::add);
        int expectations = run.plan().expectations().size();
        if (expectations > 0) {
            parts.add(expectations + (expectations == 1 ? " expectation" : " expectations"));
        }
        return String.join(" · ", parts);
    }
}
