package io.github.rununder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** One node of a kit run: its status, its failure, its report entries. */
public final class Node {

    private final TestDescriptor descriptor;
    private final EngineExecutionResults results;

    Node(TestDescriptor descriptor, EngineExecutionResults results) {
        this.descriptor = descriptor;
        this.results = results;
    }

    public String displayName() {
        return descriptor.getDisplayName();
    }

    /** How the node finished. */
    public TestExecutionResult result() {
        return results.allEvents().stream()
                .filter(e -> e.getType() == EventType.FINISHED && e.getTestDescriptor().equals(descriptor))
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow())
                .findFirst()
                .orElseThrow(() -> new AssertionError(displayName() + " never finished"));
    }

    /** Every report entry the node published, merged; later keys win. */
    public Map<String, String> entries() {
        Map<String, String> merged = new LinkedHashMap<>();
        results.allEvents().stream()
                .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED && e.getTestDescriptor().equals(descriptor))
                .map(Event::getPayload)
                .flatMap(p -> p.stream())
                .map(ReportEntry.class::cast)
                .forEach(entry -> merged.putAll(entry.getKeyValuePairs()));
        return merged;
    }

    /**
     * The failure's message and those of its suppressed exceptions, one per line. Where JUnit's own
     * timeout enforcement fires first (a busy machine can delay RunUnder's by more than its margin),
     * RunUnder's message arrives suppressed under JUnit's; tests of the message accept either.
     */
    public String failureMessages() {
        Throwable failure = result().getThrowable().orElseThrow(() -> new AssertionError(displayName() + " did not fail"));
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable suppressed : failure.getSuppressed()) {
            text.append('\n').append(suppressed.getMessage());
        }
        return text.toString();
    }

    public Node succeeded() {
        assertThat(result().getStatus()).as("%s: %s", displayName(), result()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        return this;
    }

    public AbstractThrowableAssert<?, ? extends Throwable> failed() {
        assertThat(result().getStatus()).as("%s: %s", displayName(), result()).isEqualTo(TestExecutionResult.Status.FAILED);
        return assertThat(result().getThrowable().orElseThrow());
    }

    public AbstractThrowableAssert<?, ? extends Throwable> aborted() {
        assertThat(result().getStatus()).as("%s: %s", displayName(), result()).isEqualTo(TestExecutionResult.Status.ABORTED);
        return assertThat(result().getThrowable().orElseThrow());
    }
}
