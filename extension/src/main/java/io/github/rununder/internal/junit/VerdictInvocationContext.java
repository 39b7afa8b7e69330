package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.stats.WorkloadClassifier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * The verdict invocation of a {@code @RunUnder} method. Created after the model invocations ran
 * (JUnit consumes the invocation stream lazily), so its name can say what they measured.
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

    /** {@code IO-bound (CPU 3% of wall) · fastest: ASYNC · 2 expectations}, from what was measured. */
    private static String summarise(MethodRun run) {
        Map<Model, ModelResult> measured = run.measured();
        List<String> parts = new ArrayList<>();
        new WorkloadClassifier(Runtime.getRuntime().availableProcessors()).classify(measured)
                .ifPresent(classification -> parts.add(classification.describe()));
        if (measured.size() > 1) {
            measured.values().stream().min(Comparator.comparingDouble(ModelResult::medianNanos))
                    .ifPresent(fastest -> parts.add("fastest: " + fastest.model()));
        }
        int expectations = run.plan().expectations().size();
        if (expectations > 0) {
            parts.add(expectations + (expectations == 1 ? " expectation" : " expectations"));
        }
        return String.join(" · ", parts);
    }
}
