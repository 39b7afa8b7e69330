package io.github.rununder.internal.report;

import io.github.rununder.RunUnder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns the JUnit events of one test plan into a {@link TestRecord} per {@code @RunUnder} method:
 * the report entries its nodes published ({@link NodeEntries}) and how each node ended. A method
 * whose nodes failed before publishing anything is still recorded, from its nodes' names and
 * statuses; a method that failed as a whole (a configuration error) or was disabled is recognised
 * by its annotation. Thread-safe: JUnit may report from several threads.
 */
final class RunRecorder {

    private final int cores;
    private final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
    private final Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();
    private final List<TestRecord> records = Collections.synchronizedList(new ArrayList<>());

    RunRecorder(int cores) {
        this.cores = cores;
    }

    void published(TestIdentifier node, ReportEntry entry) {
        Map<String, String> pairs = entry.getKeyValuePairs();
        if (pairs.keySet().stream().anyMatch(key -> key.startsWith("rununder."))) {
            entries.computeIfAbsent(node.getUniqueId(), id -> Collections.synchronizedMap(new LinkedHashMap<>()))
                    .putAll(pairs);
        }
    }

    void finished(TestPlan plan, TestIdentifier node, TestExecutionResult result) {
        results.put(node.getUniqueId(), result);
        if (isRunUnderMethod(plan, node)) {
            String message = result.getThrowable().map(RunRecorder::message).orElse(null);
            records.add(record(plan, node, Status.of(result.getStatus()), message));
        }
    }

    void skipped(TestPlan plan, TestIdentifier node, String reason) {
        skipped.put(node.getUniqueId(), reason == null ? "skipped" : reason);
        if (isRunUnderMethod(plan, node)) {
            records.add(record(plan, node, Status.SKIPPED, reason));
        }
    }

    /** The methods recorded so far. */
    List<TestRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    private boolean isRunUnderMethod(TestPlan plan, TestIdentifier node) {
        Optional<MethodSource> source = methodSource(node);
        if (!node.isContainer() || source.isEmpty()) {
            return false;
        }
        boolean published = plan.getChildren(node).stream().anyMatch(child -> entries.containsKey(child.getUniqueId()));
        return published || annotated(source.get());
    }

    private TestRecord record(TestPlan plan, TestIdentifier method, Status status, String message) {
        MethodSource source = methodSource(method).orElseThrow();
        List<ModelRecord> models = new ArrayList<>();
        VerdictRecord verdict = null;
        List<ModelRecord> remeasured = List.of();
        Status overall = status;
        boolean anyPassed = false;
        for (TestIdentifier node : invocations(plan, method)) {
            Map<String, String> published = entries.getOrDefault(node.getUniqueId(), Map.of());
            TestExecutionResult result = results.get(node.getUniqueId());
            Status nodeStatus = result == null ? Status.SKIPPED : Status.of(result.getStatus());
            String nodeMessage = result == null ? skipped.get(node.getUniqueId())
                    : result.getThrowable().map(RunRecorder::message).orElse(null);
            anyPassed |= nodeStatus == Status.PASSED;
            overall = overall.worse(nodeStatus);
            if (published.containsKey(NodeEntries.VERDICT) || NodeNameParser.isVerdict(node.getDisplayName())) {
                verdict = NodeNameParser.verdict(published, nodeStatus, nodeMessage);
                remeasured = NodeNameParser.remeasured(published);
            } else {
                NodeNameParser.model(node.getDisplayName(), published, nodeStatus, nodeMessage).ifPresent(models::add);
            }
        }
        if (overall != Status.FAILED && status == Status.PASSED && anyPassed) {
            overall = Status.PASSED;
        }
        replaceRounds(models, remeasured);
        return new TestRecord(source.getClassName(), source.getMethodName(), source.getMethodParameterTypes(),
                method.getDisplayName(), overall, status == Status.PASSED ? null : message, models, verdict,
                Instant.now(), cores);
    }

    /** The rounds the verdict added: the remeasured record, with the model node's own status. */
    private static void replaceRounds(List<ModelRecord> models, List<ModelRecord> remeasured) {
        for (ModelRecord more : remeasured) {
            for (int i = 0; i < models.size(); i++) {
                ModelRecord node = models.get(i);
                if (node.model() == more.model() && more.wallNanos().length >= node.wallNanos().length) {
                    models.set(i, more.withStatus(node.status(), node.message()));
                }
            }
        }
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
