package io.github.rununder.internal.report;

import io.github.rununder.RunUnder;
import io.github.rununder.internal.engine.ExperimentResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns the JUnit events of one test plan into a {@link TestRecord} per {@code @RunUnder} method:
 * the result the method's comparison left in the {@link Handoff}, and how each of its nodes ended.
 * A method that failed as a whole (a configuration error) or was disabled is recognised by its
 * annotation and recorded from its status alone. Thread-safe: JUnit may report from several threads.
 */
public final class RunRecorder {

    private final int cores;
    private final Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();
    private final List<TestRecord> records = Collections.synchronizedList(new ArrayList<>());

    RunRecorder(int cores) {
        this.cores = cores;
    }

    void finished(TestPlan plan, TestIdentifier node, TestExecutionResult result) {
        results.put(node.getUniqueId(), result);
        if (isRunUnderMethod(node)) {
            String message = result.getThrowable().map(RunRecorder::message).orElse(null);
            records.add(record(plan, node, Status.of(result.getStatus()), message));
        }
    }

    void skipped(TestPlan plan, TestIdentifier node, String reason) {
        skipped.put(node.getUniqueId(), reason == null ? "skipped" : reason);
        if (isRunUnderMethod(node)) {
            records.add(record(plan, node, Status.SKIPPED, reason));
        }
    }

    /** The methods recorded so far. */
    List<TestRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    private static boolean isRunUnderMethod(TestIdentifier node) {
        Optional<MethodSource> source = methodSource(node);
        if (!node.isContainer() || source.isEmpty()) {
            return false;
        }
        return Handoff.offered(node.getUniqueId()) || annotated(source.get());
    }

    private TestRecord record(TestPlan plan, TestIdentifier method, Status status, String message) {
        MethodSource source = methodSource(method).orElseThrow();
        Optional<Handoff.Offer> offer = Handoff.take(method.getUniqueId());
        List<Records.NodeEnd> nodes = new ArrayList<>();
        Status overall = status;
        boolean anyPassed = false;
        for (TestIdentifier node : invocations(plan, method)) {
            TestExecutionResult result = results.get(node.getUniqueId());
            Status nodeStatus = result == null ? Status.SKIPPED : Status.of(result.getStatus());
            String nodeMessage = result == null ? skipped.get(node.getUniqueId())
                    : result.getThrowable().map(RunRecorder::message).orElse(null);
            nodes.add(new Records.NodeEnd(nodeStatus, nodeMessage));
            anyPassed |= nodeStatus == Status.PASSED;
            overall = overall.worse(nodeStatus);
        }
        if (overall != Status.FAILED && status == Status.PASSED && anyPassed) {
            overall = Status.PASSED;
        }
        String failure = status == Status.PASSED ? null : message;
        String invocation = ClassInvocations.of(plan, method);
        if (offer.isEmpty()) {
            return new TestRecord(source.getClassName(), source.getMethodName(), source.getMethodParameterTypes(),
                    method.getDisplayName(), invocation, overall, failure, List.of(), null, null, null, null, List.of(),
                    List.of(), List.of(), Instant.now(), cores);
        }
        ExperimentResult result = offer.get().result().get();
        int models = result.plan().arms().size();
        List<Records.NodeEnd> modelNodes = nodes.subList(0, Math.min(models, nodes.size()));
        VerdictRecord verdict = nodes.size() > models
                ? Records.verdict(result, nodes.get(models), offer.get().verdictMode()) : null;
        return new TestRecord(source.getClassName(), source.getMethodName(), source.getMethodParameterTypes(),
                method.getDisplayName(), invocation, overall, failure, Records.models(result, modelNodes), verdict,
                result.classification().orElse(null), result.fastest().orElse(null),
                result.recommendation().orElse(null), Records.scaling(result), Records.explanations(result),
                Records.warnings(result), Instant.now(), cores);
    }

    /** The method's invocations in the order JUnit ran them ({@code #1}, {@code #2}, ...). */
    private static List<TestIdentifier> invocations(TestPlan plan, TestIdentifier method) {
        List<TestIdentifier> nodes = new ArrayList<>(plan.getChildren(method));
        nodes.sort(Comparator.comparingInt(RunRecorder::invocationIndex));
        return nodes;
    }

    private static int invocationIndex(TestIdentifier node) {
        String value = node.getUniqueIdObject().getLastSegment().getValue();
        try {
            return Integer.parseInt(value.startsWith("#") ? value.substring(1) : value);
        } catch (NumberFormatException unexpected) {
            return Integer.MAX_VALUE;
        }
    }

    private static Optional<MethodSource> methodSource(TestIdentifier node) {
        Optional<TestSource> source = node.getSource();
        return source.filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
    }

    private static boolean annotated(MethodSource source) {
        try {
            return AnnotationSupport.isAnnotated(source.getJavaMethod(), RunUnder.class);
        } catch (RuntimeException | LinkageError notLoadable) {
            return false;
        }
    }

    static String message(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
