package io.github.rununder.internal.report;

import io.github.rununder.Model;
import io.github.rununder.internal.engine.Recommendation;
import io.github.rununder.internal.measure.Arm;
import io.github.rununder.internal.stats.Classification;
import java.time.Instant;
import java.util.List;

/**
 * One {@code @RunUnder} method of the run: identity, outcome, its models and its verdict, as the
 * JVM that ran it saw them.
 *
 * @param className the test class, binary name
 * @param methodName the method
 * @param parameterTypes the method's parameter types as JUnit's {@code MethodSource} writes them
 * @param displayName JUnit's display name of the method
 * @param invocation the class-template invocation the method ran in, as JUnit names it ({@code [1] size=1024}
 *     for a {@code @ParameterizedClass}; nested ones outermost first, joined by {@code " / "}), or {@code ""}
 * @param status the worst outcome of the method and its nodes
 * @param message why the method itself failed (a configuration error) or was skipped, else {@code null}
 * @param models every model node, in the order they ran
 * @param verdict the verdict node, or {@code null} when it never ran
 * @param classification what the workload spends its time on, or {@code null} when nothing measured CPU time
 * @param fastest the model with the shortest median round, or {@code null} unless two or more were compared
 * @param recommendation the model to use, at which concurrency, and why; {@code null} when nothing was measured
 * @param scaling how each model swept over two levels or more scaled; empty without a sweep
 * @param explanations why a model was slower than another, where a verdict compared them and the time
 *     budgets could tell; empty where none was recorded
 * @param warnings warnings about the comparison as a whole, such as node figures the verdict contradicts
 * @param finished when the method finished
 * @param cores processors available to the JVM that ran it
 */
public record TestRecord(
        String className,
        String methodName,
        String parameterTypes,
        String displayName,
        String invocation,
        Status status,
        String message,
        List<ModelRecord> models,
        VerdictRecord verdict,
        Classification classification,
        Model fastest,
        Recommendation recommendation,
        List<ScalingRecord> scaling,
        List<ExplanationRecord> explanations,
        List<String> warnings,
        Instant finished,
        int cores) {

    public TestRecord {
        models = List.copyOf(models);
        scaling = List.copyOf(scaling);
        explanations = explanations == null ? List.of() : List.copyOf(explanations);
        warnings = List.copyOf(warnings);
        parameterTypes = parameterTypes == null ? "" : parameterTypes;
        invocation = invocation == null ? "" : invocation;
    }

    /** A method without explanations: one whose verdict explained nothing. */
    public TestRecord(String className, String methodName, String parameterTypes, String displayName,
            String invocation, Status status, String message, List<ModelRecord> models, VerdictRecord verdict,
            Classification classification, Model fastest, Recommendation recommendation, List<ScalingRecord> scaling,
            List<String> warnings, Instant finished, int cores) {
        this(className, methodName, parameterTypes, displayName, invocation, status, message, models, verdict,
                classification, fastest, recommendation, scaling, List.of(), warnings, finished, cores);
    }

    /** The same method with {@code newExplanations} instead of its own. */
    public TestRecord withExplanations(List<ExplanationRecord> newExplanations) {
        return new TestRecord(className, methodName, parameterTypes, displayName, invocation, status, message, models,
                verdict, classification, fastest, recommendation, scaling, newExplanations, warnings, finished, cores);
    }

    /**
     * Identifies the method across parts and runs: {@code com.example.NapTest#nap(io.github.rununder.TaskInfo)},
     * followed by a space and the {@link #invocation() invocation} when it ran in one
     * ({@code com.example.SizesTest#read(io.github.rununder.TaskInfo) [2] size=65536}), so that each
     * invocation of a {@code @ParameterizedClass} keeps its own entry and meets its own baseline.
     */
    public String key() {
        return key(className, methodName, parameterTypes, invocation);
    }

    public static String key(String className, String methodName, String parameterTypes, String invocation) {
        String method = className + "#" + methodName + "(" + (parameterTypes == null ? "" : parameterTypes) + ")";
        return invocation == null || invocation.isEmpty() ? method : method + " " + invocation;
    }

    /** Whether the method swept several concurrencies: some model ran at more than one. */
    public boolean swept() {
        return models.stream().map(ModelRecord::model).distinct().count() < models.size();
    }

    /** {@code model} at {@code concurrency} as this method names it: with its level in a sweep. */
    public Arm arm(Model model, int concurrency) {
        return new Arm(model, model == Model.SEQUENTIAL ? 1 : Math.max(1, concurrency), swept());
    }

    /**
     * {@code NapTest.nap}: the simple class name (nested classes with their outer) and the method,
     * then the invocation when there is one ({@code SizesTest.read [2] size=65536}).
     */
    public String shortName() {
        int dot = className.lastIndexOf('.');
        String name = className.substring(dot + 1) + "." + methodName;
        return invocation.isEmpty() ? name : name + " " + invocation;
    }
}
