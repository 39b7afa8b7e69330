package io.github.rununder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** The events of one EngineTestKit run, seen as RunUnder nodes. */
public final class KitRun {

    private final EngineExecutionResults results;

    KitRun(EngineExecutionResults results) {
        this.results = results;
    }

    /** The raw results, for what this class does not cover. */
    public EngineExecutionResults results() {
        return results;
    }

    /** Display names of the dynamic nodes (model and verdict invocations), in the order they ran. */
    public List<String> nodeNames() {
        return results.allEvents().stream()
                .filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)
                .map(e -> e.getTestDescriptor().getDisplayName())
                .toList();
    }

    /** The dynamic node whose display name starts with {@code prefix}, for example {@code "[2] THREADS"}. */
    public Node node(String prefix) {
        TestDescriptor descriptor = results.allEvents().stream()
                .filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)
                .map(Event::getTestDescriptor)
                .filter(d -> d.getDisplayName().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No node starting with '" + prefix + "' among " + nodeNames()));
        return new Node(descriptor, results);
    }

    /** Every dynamic node whose display name starts with {@code prefix}, in the order they ran. */
    public List<Node> nodes(String prefix) {
        return results.allEvents().stream()
                .filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)
                .map(Event::getTestDescriptor)
                .filter(d -> d.getDisplayName().startsWith(prefix))
                .map(d -> new Node(d, results))
                .toList();
    }

    /** The only dynamic node whose display name contains {@code part}. */
    public Node nodeContaining(String part) {
        List<TestDescriptor> matching = results.allEvents().stream()
                .filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)
                .map(Event::getTestDescriptor)
                .filter(d -> d.getDisplayName().contains(part))
                .toList();
        assertThat(matching).as("nodes containing '%s' among %s", part, nodeNames()).hasSize(1);
        return new Node(matching.get(0), results);
    }

    /** The test-template container of {@code methodName}, which fails on configuration errors. */
    public Node method(String methodName) {
        TestDescriptor descriptor = results.allEvents().stream()
                .filter(e -> e.getType() == EventType.STARTED)
                .map(Event::getTestDescriptor)
                .filter(d -> d.getDisplayName().startsWith(methodName + "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No method container '" + methodName + "'"));
        return new Node(descriptor, results);
    }

    /** The finished result of the class container named {@code simpleName}, if it ran. */
    public Optional<TestExecutionResult> classResult(String simpleName) {
        return results.containerEvents().finished().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals(simpleName))
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow())
                .findFirst();
    }
}
